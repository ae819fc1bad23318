/**
 * A job is a small declarative unit: what it is called, when it runs, and one `run` that does
 * the work. The scheduler (./scheduler.ts) starts it on its schedule or on a director's "Run
 * now", records every run in `job_run`, and guarantees one run of a job at a time.
 *
 * Runs must be idempotent by design: a run may be repeated (Run now right after the schedule,
 * a retry after a crash, two instances racing for one slot, a run interrupted half-way and
 * started again), and running twice over the same inputs must leave the same state as running
 * once. Compute what should be, then write it (upsert, delete what is expired, replace a
 * period's figures), never "add one more".
 */
export interface Job {
	/** Unique, lowercase letters, digits and dashes: it appears in URLs and in the lock key. */
	name: string;
	/** One sentence for the jobs page (English; the page shows it as is). */
	description: string;
	/** A cron expression as node-cron reads it: 5 fields, or 6 with seconds first. */
	schedule: string;
	/** The IANA time zone the expression is read in ("Europe/Paris", "UTC"). */
	timeZone: string;
	/** A run still going after this long is aborted and recorded failed. No limit when absent. */
	timeoutMs?: number;
	run(ctx: JobContext): Promise<JobOutcome>;
}

export type JobTrigger = 'schedule' | 'manual';

export interface JobContext {
	runId: string;
	trigger: JobTrigger;
	startedAt: Date;
	/**
	 * Aborted on timeout and when the server stops: pass it to anything that takes one, check
	 * it between steps. A run that ignores it still holds its job until it returns.
	 */
	signal: AbortSignal;
	/** Reports how far the run is, 0 to 1 (clamped), with an optional note ("client 3 of 12"). */
	progress(fraction: number, note?: string): Promise<void>;
}

export interface JobOutcome {
	/** One line for people: "deleted 3 expired sessions". */
	summary: string;
	/** A digest of what the run read, when that is meaningful (same inputs → same outputs). */
	inputsHash?: string;
	/** A digest of what the run wrote. */
	outputsHash?: string;
}

export type JobRunStatus = 'running' | 'succeeded' | 'failed';

/** One run as the API returns it (`GET /api/jobs/runs/:runId`); times are ISO strings. */
export interface JobRun {
	id: string;
	job: string;
	trigger: JobTrigger;
	status: JobRunStatus;
	progress: number;
	note: string | null;
	startedAt: string;
	finishedAt: string | null;
	summary: string | null;
	inputsHash: string | null;
	outputsHash: string | null;
	/** The failure's message ("timed out after 60 s"), never a stack trace. */
	error: string | null;
}

/** One job as the jobs list returns it (`GET /api/jobs`). */
export interface JobInfo {
	name: string;
	description: string;
	schedule: string;
	timeZone: string;
	/** When the schedule fires next; null while the scheduler is not started. */
	nextRunAt: string | null;
	/** The latest run, finished or not; null when the job never ran. */
	lastRun: JobRun | null;
}
