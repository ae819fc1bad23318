-- Weekly QA sampling (server/jobs/qa-sampling.ts, src/lib/domain/qa/sampling.ts).
--
-- qa_sampling: a client's sampling rules (SamplingSettings as JSON, validated by the API); a
-- client without a row samples with the defaults. updated_by is the director who saved them.
create table qa_sampling (
	client_id text primary key references client (id),
	settings jsonb not null,
	updated_at timestamptz,
	updated_by text
);

-- qa_assignment: one row per ticket given a review, written with the review's creation in the
-- month room `qa.<client_id>.<yyyy-mm>`. The primary key makes a ticket reviewed once, whatever
-- runs again; it is how sampling knows what is already reviewed. review_id is derived from the
-- ticket id (reviewIdFor), so a room written by a run whose rows were lost gets the same review.
-- week is the ISO week of the assignment (as the review's seed says); run_id the job run that
-- assigned it, null for reviews assigned otherwise (the demo's past weeks).
create table qa_assignment (
	ticket_id text primary key,
	review_id text not null,
	client_id text not null,
	week text not null,
	reviewer_id text not null,
	run_id text
);
-- A client's assignments so far (the round-robin cursor) and of one week.
create index qa_assignment_client_week on qa_assignment (client_id, week);
