import type { Queryable } from '../db/store';
import type { JobRun, JobRunStatus, JobTrigger } from './types';

/** The message of a run whose process went away (or stopped) before it ended. */
export const INTERRUPTED = 'interrupted: the server stopped during the run';

interface JobRunRow {
	id: string;
	job: string;
	trigger: JobTrigger;
	status: JobRunStatus;
	progress: number;
	note: string | null;
	started_at: Date;
	finished_at: Date | null;
	summary: string | null;
	inputs_hash: string | null;
	outputs_hash: string | null;
	error: string | null;
}

const toRun = (row: JobRunRow): JobRun => ({
	id: row.id,
	job: row.job,
	trigger: row.trigger,
	status: row.status,
	progress: Number(row.progress),
	note: row.note,
	startedAt: new Date(row.started_at).toISOString(),
	finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
	summary: row.summary,
	inputsHash: row.inputs_hash,
	outputsHash: row.outputs_hash,
	error: row.error
});

export interface RunEnd {
	status: Exclude<JobRunStatus, 'running'>;
	finishedAt: Date;
	progress: number;
	note: string | null;
	summary?: string;
	inputsHash?: string;
	outputsHash?: string;
	error?: string;
}

/**
 * The `job_run` table. Updates only ever touch rows still 'running': a run marked interrupted
 * or timed out stays so, whatever its job does afterwards.
 */
export class JobRuns {
	constructor(private readonly db: Queryable) {}

	async insert(run: {
		id: string;
		job: string;
		trigger: JobTrigger;
		requestedBy: string | null;
		startedAt: Date;
	}): Promise<void> {
		await this.db.query(
			`insert into job_run (id, job, trigger, requested_by, status, started_at)
			 values ($1, $2, $3, $4, 'running', $5)`,
			[run.id, run.job, run.trigger, run.requestedBy, run.startedAt]
		);
	}

	async progress(id: string, progress: number, note: string | null): Promise<void> {
		await this.db.query(
			`update job_run set progress = $2, note = $3 where id = $1 and status = 'running'`,
			[id, progress, note]
		);
	}

	/** Records the end of a run; false when it had already ended (interrupted, timed out). */
	async finish(id: string, end: RunEnd): Promise<boolean> {
		const { rows } = await this.db.query(
			`update job_run
			    set status = $2, finished_at = $3, progress = $4, note = $5, summary = $6,
			        inputs_hash = $7, outputs_hash = $8, error = $9
			  where id = $1 and status = 'running'
			returning id`,
			[
				id,
				end.status,
				end.finishedAt,
				end.progress,
				end.note,
				end.summary ?? null,
				end.inputsHash ?? null,
				end.outputsHash ?? null,
				end.error ?? null
			]
		);
		return rows.length > 0;
	}

	async get(id: string): Promise<JobRun | null> {
		const { rows } = await this.db.query<JobRunRow>('select * from job_run where id = $1', [id]);
		return rows[0] ? toRun(rows[0]) : null;
	}

	/** A job's runs, newest first. */
	async list(job: string, limit: number): Promise<JobRun[]> {
		const { rows } = await this.db.query<JobRunRow>(
			'select * from job_run where job = $1 order by started_at desc limit $2',
			[job, limit]
		);
		return rows.map(toRun);
	}

	/** The newest run of each of `jobs` that ever ran. */
	async latest(jobs: readonly string[]): Promise<Map<string, JobRun>> {
		const { rows } = await this.db.query<JobRunRow>(
			`select distinct on (job) * from job_run where job = any($1::text[])
			  order by job, started_at desc`,
			[jobs]
		);
		return new Map(rows.map((row) => [row.job, toRun(row)]));
	}

	/** The run of `job` recorded as running (another instance's, when this one has none). */
	async runningId(job: string): Promise<string | null> {
		const { rows } = await this.db.query<{ id: string }>(
			`select id from job_run where job = $1 and status = 'running' order by started_at desc limit 1`,
			[job]
		);
		return rows[0]?.id ?? null;
	}

	/** Jobs with runs still 'running' that started before `before`. */
	async jobsRunningSince(before: Date): Promise<string[]> {
		const { rows } = await this.db.query<{ job: string }>(
			`select distinct job from job_run where status = 'running' and started_at < $1 order by job`,
			[before]
		);
		return rows.map((row) => row.job);
	}

	/**
	 * Marks `job`'s runs still 'running' (started before `before`, when given) as interrupted.
	 * Only for a caller holding the job: then no live process is running any of them.
	 */
	async interrupt(job: string, at: Date, before?: Date): Promise<number> {
		const { rows } = await this.db.query(
			`update job_run set status = 'failed', finished_at = $2, error = $3
			  where job = $1 and status = 'running' and ($4::timestamptz is null or started_at < $4)
			returning id`,
			[job, at, INTERRUPTED, before ?? null]
		);
		return rows.length;
	}

	/** Whether a scheduled run of `job` started at or after `slot` (another instance took it). */
	async scheduledSince(job: string, slot: Date): Promise<boolean> {
		const { rows } = await this.db.query(
			`select 1 from job_run where job = $1 and trigger = 'schedule' and started_at >= $2 limit 1`,
			[job, slot]
		);
		return rows.length > 0;
	}
}
