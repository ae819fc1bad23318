-- QA reviews, their answers and disputes, projected from the month rooms `qa.<clientId>.<yyyy-mm>`
-- (src/lib/domain/qa/room.ts): in the browser by the sync core, on the server as the rooms are
-- stored, by the same projection. What queues, dashboards and `GET /api/qa/*` query.
create table qa_review (
	id text primary key,
	client_id text not null,
	month text not null,
	ticket_id text not null,
	ticket_day text not null,
	hero_id text,
	reviewer_id text not null,
	scorecard_id text not null,
	scorecard_version int not null,
	week text not null,
	assigned_at timestamptz not null,
	language text not null,
	channel text not null,
	status text not null,
	submitted_at timestamptz,
	submitted_by text,
	-- 0..1, null until submitted (or when nothing was scorable).
	score double precision,
	critical_failed boolean not null,
	root_cause text,
	comment text not null
);
create index qa_review_scope on qa_review (client_id, month);
create index qa_review_reviewer on qa_review (reviewer_id, status, week);
create index qa_review_hero on qa_review (hero_id, submitted_at);
create index qa_review_submitted on qa_review (client_id, submitted_at);

create table qa_review_category (
	review_id text not null,
	client_id text not null,
	month text not null,
	category_id text not null,
	-- A scale value as text, or 'na'.
	value text not null,
	score double precision,
	primary key (review_id, category_id)
);
create index qa_review_category_scope on qa_review_category (client_id, month);

create table qa_dispute (
	id text primary key,
	client_id text not null,
	month text not null,
	review_id text not null,
	category_id text not null,
	hero_id text not null,
	status text not null,
	created_at timestamptz not null,
	resolved_at timestamptz,
	resolved_by text
);
create index qa_dispute_scope on qa_dispute (client_id, month);
create index qa_dispute_review on qa_dispute (review_id);
