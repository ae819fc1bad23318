-- What a dispute said and how it ended, kept in the projection as in the room
-- (src/lib/domain/qa/disputes.ts): the hero's comment, the value contested, the value an accept
-- set, and the reason (a rejection's, or an accept's optional note). Values as in
-- qa_review_category: a scale value as text, or 'na'.
alter table qa_dispute add column comment text not null default '';
alter table qa_dispute add column original_value text;
alter table qa_dispute add column new_value text;
alter table qa_dispute add column reason text;
