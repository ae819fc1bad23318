-- The dashboard's category breakdown (src/lib/domain/qa/dashboard.ts). It reads a period's answers
-- without joining their reviews: each answer carries its review's status, hero and submission
-- time, written by the same projection as the review (projectQa in src/lib/domain/qa/room.ts),
-- which replaces a month room's reviews and answers together, so they cannot disagree.
-- Answers already stored take them from their review once, here.
alter table qa_review_category add column status text not null default '';
alter table qa_review_category add column hero_id text;
alter table qa_review_category add column submitted_at timestamptz;
update qa_review_category a
   set status = r.status, hero_id = r.hero_id, submitted_at = r.submitted_at
  from qa_review r
 where r.id = a.review_id;
-- A client's period, as qa_review_submitted; a hero's, as qa_review_hero.
create index qa_review_category_submitted on qa_review_category (client_id, submitted_at);
create index qa_review_category_hero on qa_review_category (hero_id, submitted_at);

-- qa_category_day: the category breakdown pre-added per client, room month, UTC day of
-- submission and category over submitted answers (src/lib/domain/qa/category-days.ts), written
-- by the projection with the answers it adds up (scope {client_id, month}, as they are), so it
-- is exact by construction. The dashboard adds the UTC days wholly inside a client's period
-- and reads the answers of the two partial days at its ends (a client's day is not a UTC day).
-- score_nanos: Σ round(score × 10⁹) over the scored answers.
create table qa_category_day (
	client_id text not null,
	month text not null,
	day date not null,
	category_id text not null,
	answers int not null,
	na int not null,
	scored int not null,
	failed int not null,
	score_nanos bigint not null,
	primary key (client_id, month, day, category_id)
);
create index qa_category_day_day on qa_category_day (client_id, day);
insert into qa_category_day (client_id, month, day, category_id, answers, na, scored, failed, score_nanos)
select client_id, month, (submitted_at at time zone 'UTC')::date, category_id, count(*), count(*) filter (where value = 'na'),
       count(score), count(*) filter (where score = 0), coalesce(sum(round(score * 1000000000)::bigint), 0)
  from qa_review_category
 where status = 'submitted' and submitted_at is not null
 group by 1, 2, 3, 4;
