-- Scheduled jobs (server/jobs): one row per run, written when the run starts and updated as it
-- reports progress and when it ends, so "what ran, when, for how long, with what result" is
-- answered from here and not from logs. Rows are never deleted by the scheduler.
--
-- requested_by is the director who pressed "Run now"; null for runs the schedule started.
-- status is 'running' until the run ends, and finished_at is set exactly when it is not. A row
-- still 'running' whose process is gone is marked failed ("interrupted: …") by the next
-- scheduler that may run the job (server/jobs/scheduler.ts).
-- error is the failure's message only, safe to show; the stack goes to the server log.
-- inputs_hash / outputs_hash let a job say what it read and wrote, so two runs over the same
-- inputs can be seen to have produced the same outputs (idempotence made visible).
create table job_run (
	id text primary key,
	job text not null,
	trigger text not null check (trigger in ('schedule', 'manual')),
	requested_by text null references app_user (id),
	status text not null check (status in ('running', 'succeeded', 'failed')),
	progress real not null default 0 check (progress between 0 and 1),
	note text,
	started_at timestamptz not null,
	finished_at timestamptz,
	summary text,
	inputs_hash text,
	outputs_hash text,
	error text,
	check ((status = 'running') = (finished_at is null))
);

-- A job's latest runs (the jobs list, its history) and its runs still 'running'.
create index job_run_job_started on job_run (job, started_at desc);
