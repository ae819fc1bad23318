import cron, { type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { Logger } from '../log';
import { JobRunningError } from './errors';
import { executeRun, interrupted } from './execute';
import { withJobLock } from './lock';
import { JobRuns } from './runs';
import type { Job, JobInfo, JobRun, JobTrigger } from './types';

export interface JobSchedulerOptions {
	store: Store;
	log: Logger;
	jobs: Job[];
	/** The clock runs are recorded with (tests pin it); node-cron fires on the real one. */
	now?: () => Date;
	/** How long stop() waits for aborted jobs to return before letting the store close. */
	stopGraceMs?: number;
}

/** A run this process started, from the moment it is asked for until its job returned. */
interface ActiveRun {
	runId: string;
	controller: AbortController;
	/** Its end is recorded (or it never started). */
	recorded: Promise<void>;
	/** Its job returned and its lock is released. */
	done: Promise<void>;
}

type Launch = { started: true; run: ActiveRun } | { started: false; reason: 'elsewhere' | 'slot taken' };

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Starts jobs on their schedules (node-cron) and on demand, records every run in `job_run`,
 * and runs a job at most once at a time: in this process by a map of active runs, across
 * instances sharing one PostgreSQL by an advisory lock held for the run (./lock.ts).
 *
 * Expressions and time zones are checked when the scheduler is built, so a typo stops the
 * server at start instead of silently never running. A scheduler is used once: start, stop.
 */
export class JobScheduler {
	readonly #jobs = new Map<string, Job>();
	readonly #store: Store;
	readonly #log: Logger;
	readonly #now: () => Date;
	readonly #runs: JobRuns;
	readonly #stopGraceMs: number;
	/** Runs in the table still 'running' from before this moment belong to a dead process. */
	readonly #bootedAt: Date;
	readonly #tasks = new Map<string, ScheduledTask>();
	readonly #active = new Map<string, ActiveRun>();
	#started = false;
	#stopping = false;

	constructor(options: JobSchedulerOptions) {
		this.#store = options.store;
		this.#log = options.log;
		this.#now = options.now ?? (() => new Date());
		this.#runs = new JobRuns(options.store);
		this.#stopGraceMs = options.stopGraceMs ?? 10_000;
		this.#bootedAt = this.#now();
		for (const job of options.jobs) {
			checkJob(job);
			if (this.#jobs.has(job.name)) throw new Error(`Job "${job.name}" is registered twice.`);
			this.#jobs.set(job.name, job);
		}
	}

	/** Marks runs a previous process left 'running' as interrupted, then schedules every job. */
	async start(): Promise<void> {
		if (this.#started || this.#stopping) return;
		this.#started = true;
		await this.#interruptLeftovers();
		if (this.#stopping) return;
		const logger = cronLogger(this.#log);
		for (const job of this.#jobs.values()) {
			const task = cron.schedule(job.schedule, (context) => this.#onSchedule(job, context.date), {
				name: `job:${job.name}`,
				timezone: job.timeZone,
				noOverlap: true,
				// The HTTP server keeps the process alive; a schedule alone never should.
				unref: true,
				logger
			});
			this.#tasks.set(job.name, task);
		}
	}

	/** Stops the schedules, aborts running runs (recorded interrupted) and waits for them. */
	async stop(): Promise<void> {
		this.#stopping = true;
		// destroy, not stop: node-cron keeps every task in a process-wide registry until then.
		await Promise.all([...this.#tasks.values()].map((task) => task.destroy()));
		this.#tasks.clear();
		const active = [...this.#active.values()];
		for (const run of active) run.controller.abort(interrupted());
		await Promise.all(active.map((run) => run.recorded));
		let timer: ReturnType<typeof setTimeout> | undefined;
		const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#stopGraceMs)));
		await Promise.race([Promise.all(active.map((run) => run.done)), grace]);
		clearTimeout(timer);
		const stuck = [...this.#active.keys()];
		if (stuck.length > 0) this.#log.warn(`jobs still running after they were aborted: ${stuck.join(', ')}`);
	}

	/**
	 * Starts a run now and answers once it is recorded, without waiting for it to finish.
	 * 404 for an unknown job; 409 (JobRunningError, with the running run's id) when it runs.
	 */
	async runNow(name: string, { by }: { by: string }): Promise<{ runId: string }> {
		const job = this.#job(name);
		const launch = await this.#launch(job, 'manual', by);
		if (launch.started) return { runId: launch.run.runId };
		throw new JobRunningError(job.name, await this.#runs.runningId(job.name));
	}

	/** Every job with its next scheduled time and its latest run. */
	async list(): Promise<JobInfo[]> {
		const latest = await this.#runs.latest([...this.#jobs.keys()]);
		return [...this.#jobs.values()].map((job) => ({
			name: job.name,
			description: job.description,
			schedule: job.schedule,
			timeZone: job.timeZone,
			nextRunAt: this.#tasks.get(job.name)?.getNextRun()?.toISOString() ?? null,
			lastRun: latest.get(job.name) ?? null
		}));
	}

	async getRun(runId: string): Promise<JobRun> {
		const run = await this.#runs.get(runId);
		if (!run) throw new ServiceError(404, 'No such run.');
		return run;
	}

	/** A job's latest runs, newest first (at most 100). */
	async runs(name: string, limit = 20): Promise<JobRun[]> {
		const job = this.#job(name);
		return this.#runs.list(job.name, Math.min(100, Math.max(1, Math.floor(limit))));
	}

	#job(name: string): Job {
		const job = this.#jobs.get(name);
		if (!job) throw new ServiceError(404, 'No such job.');
		return job;
	}

	async #onSchedule(job: Job, slot: Date): Promise<void> {
		try {
			const launch = await this.#launch(job, 'schedule', null, slot);
			if (!launch.started) this.#log.info(`job ${job.name}: ${launch.reason}, skipping ${slot.toISOString()}`);
		} catch (error) {
			if (JobRunningError.is(error)) this.#log.info(`job ${job.name}: still running, skipping ${slot.toISOString()}`);
			else this.#log.error(`job ${job.name}: could not start the ${slot.toISOString()} run`, error);
		}
	}

	/**
	 * Claims the job in this process (synchronously, so two callers cannot both pass), then its
	 * lock, then records the run and executes it in the background. Resolves once the run's row
	 * exists, or with why it did not start; rejects when already running here or the insert fails.
	 */
	#launch(job: Job, trigger: JobTrigger, by: string | null, slot?: Date): Promise<Launch> {
		const current = this.#active.get(job.name);
		if (current) return Promise.reject(new JobRunningError(job.name, current.runId));
		if (this.#stopping) return Promise.reject(new ServiceError(409, 'The server is stopping.'));

		const launched = deferred<Launch>();
		const recorded = deferred<void>();
		const done = deferred<void>();
		const run: ActiveRun = {
			runId: newId(),
			controller: new AbortController(),
			recorded: recorded.promise,
			done: done.promise
		};
		this.#active.set(job.name, run);

		const execute = async () => {
			// Holding the job: no live process runs it, so a row still 'running' is a leftover.
			await this.#runs.interrupt(job.name, this.#now());
			// Several instances fire the same slot; the first one to get the lock takes it.
			if (slot && this.#store.kind === 'postgres' && (await this.#runs.scheduledSince(job.name, slot))) {
				launched.resolve({ started: false, reason: 'slot taken' });
				return;
			}
			const startedAt = this.#now();
			await this.#runs.insert({ id: run.runId, job: job.name, trigger, requestedBy: by, startedAt });
			launched.resolve({ started: true, run });
			const execution = executeRun(
				{ job, runId: run.runId, trigger, startedAt, controller: run.controller },
				{ runs: this.#runs, log: this.#log, now: this.#now }
			);
			await execution.recorded;
			recorded.resolve();
			await execution.settled;
		};
		void withJobLock(this.#store, job.name, execute)
			.then(
				(result) => {
					if (!result.acquired) launched.resolve({ started: false, reason: 'elsewhere' });
				},
				(error: unknown) => {
					// Before the row exists the caller hears of it; after, only the log does.
					if (launched.settled) this.#log.error(`job ${job.name}: run ${run.runId}`, error);
					launched.reject(error);
				}
			)
			.finally(() => {
				if (this.#active.get(job.name) === run) this.#active.delete(job.name);
				recorded.resolve();
				done.resolve();
			});
		return launched.promise;
	}

	async #interruptLeftovers(): Promise<void> {
		for (const name of await this.#runs.jobsRunningSince(this.#bootedAt)) {
			const result = await withJobLock(this.#store, name, () =>
				this.#runs.interrupt(name, this.#now(), this.#bootedAt)
			);
			if (result.acquired && result.value > 0) {
				this.#log.warn(`job ${name}: ${result.value} run(s) left running by a stopped server marked interrupted`);
			}
		}
	}
}

function checkJob(job: Job): void {
	if (!NAME.test(job.name)) {
		throw new Error(`Job "${job.name}": the name must be lowercase letters, digits and dashes.`);
	}
	const validation = cron.validateDetailed(job.schedule);
	if (!validation.valid) {
		const reason = validation.errors.map((e) => e.message).join('; ');
		throw new Error(`Job "${job.name}": invalid cron expression "${job.schedule}": ${reason}.`);
	}
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: job.timeZone });
	} catch {
		throw new Error(`Job "${job.name}": unknown time zone "${job.timeZone}".`);
	}
	if (job.timeoutMs !== undefined && !(job.timeoutMs > 0)) {
		throw new Error(`Job "${job.name}": timeoutMs must be a positive number of milliseconds.`);
	}
}

/** node-cron's own warnings (missed executions, overlaps) into the server log. */
function cronLogger(log: Logger): CronLogger {
	const text = (message: string | Error) => `node-cron: ${message instanceof Error ? message.message : message}`;
	return {
		info: (message) => log.info(text(message)),
		warn: (message) => log.warn(text(message)),
		error: (message, error) => log.error(text(message), message instanceof Error ? message : error),
		debug: (message) => log.debug(text(message))
	};
}

/** A promise settled from outside, which knows whether it was (Promise.withResolvers is Node 22). */
function deferred<T>() {
	const slot = {
		settled: false,
		promise: undefined as unknown as Promise<T>,
		resolve: (_value: T) => {},
		reject: (_error: unknown) => {}
	};
	slot.promise = new Promise<T>((resolve, reject) => {
		slot.resolve = (value) => {
			slot.settled = true;
			resolve(value);
		};
		slot.reject = (error) => {
			slot.settled = true;
			reject(error);
		};
	});
	return slot;
}
