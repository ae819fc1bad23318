import type { Logger } from '../log';
import { INTERRUPTED, type JobRuns, type RunEnd } from './runs';
import type { Job, JobContext, JobTrigger } from './types';

/** Progress goes to the table at most this often; the last value always goes with the end. */
export const PROGRESS_WRITE_MS = 250;

/** Why a run was aborted; its message is what the run records as its error. */
export class RunAborted extends Error {
	override readonly name = 'RunAborted';
}

export const interrupted = () => new RunAborted(INTERRUPTED);

export interface RunRequest {
	job: Job;
	runId: string;
	trigger: JobTrigger;
	startedAt: Date;
	/** Aborted here on timeout, and by the scheduler when it stops (with `interrupted()`). */
	controller: AbortController;
}

export interface RunDeps {
	runs: JobRuns;
	log: Logger;
	now: () => Date;
}

export interface Execution {
	/** The end is in the table: at once on timeout or abort, whatever the job does after. */
	recorded: Promise<void>;
	/** `job.run` itself returned or threw: only then may the job run again. */
	settled: Promise<void>;
}

/**
 * Executes one run whose row exists: calls `job.run`, enforces its timeout and records how it
 * ended: succeeded with its outcome, or failed with a message (the stack goes to the log only).
 * Neither returned promise rejects.
 */
export function executeRun(request: RunRequest, deps: RunDeps): Execution {
	const { job, runId, trigger, startedAt, controller } = request;
	const { runs, log, now } = deps;
	const progress = new RunProgress(runs, runId, log);
	const context: JobContext = {
		runId,
		trigger,
		startedAt,
		signal: controller.signal,
		progress: (fraction, note) => progress.report(fraction, note)
	};

	const timeoutMs = job.timeoutMs;
	const timer =
		timeoutMs === undefined
			? undefined
			: setTimeout(
					() => controller.abort(new RunAborted(`timed out after ${Number((timeoutMs / 1000).toFixed(3))} s`)),
					timeoutMs
				);
	// Settles the run as soon as it is aborted, without trusting the job to notice.
	const aborted = new Promise<never>((_, reject) => {
		const onAbort = () => reject(abortReason(controller.signal));
		if (controller.signal.aborted) onAbort();
		else controller.signal.addEventListener('abort', onAbort, { once: true });
	});
	// A run aborted before it began (the server stopping meanwhile) never calls the job.
	const attempt = controller.signal.aborted ? aborted : Promise.resolve().then(() => job.run(context));

	const end = async (result: Omit<RunEnd, 'finishedAt' | 'progress' | 'note'>) => {
		await progress.close();
		try {
			const ended = await runs.finish(runId, {
				...result,
				finishedAt: now(),
				progress: result.status === 'succeeded' ? 1 : progress.value,
				note: progress.note
			});
			if (!ended) log.warn(`job ${job.name}: run ${runId} had already been marked ended`);
		} catch (error) {
			log.error(`job ${job.name}: could not record the end of run ${runId}`, error);
		}
	};

	const recorded = Promise.race([attempt, aborted])
		.then(
			async (outcome) => {
				log.info(`job ${job.name}: run ${runId} succeeded: ${outcome.summary}`);
				await end({
					status: 'succeeded',
					summary: outcome.summary,
					inputsHash: outcome.inputsHash,
					outputsHash: outcome.outputsHash
				});
			},
			async (error: unknown) => {
				if (error instanceof RunAborted) log.warn(`job ${job.name}: run ${runId} ${error.message}`);
				else log.error(`job ${job.name}: run ${runId} failed`, error);
				await end({ status: 'failed', error: messageOf(error) });
			}
		)
		.catch((error: unknown) => log.error(`job ${job.name}: run ${runId} could not be recorded`, error))
		.finally(() => clearTimeout(timer));
	const settled = attempt.then(
		() => undefined,
		() => undefined
	);
	return { recorded, settled };
}

function abortReason(signal: AbortSignal): RunAborted {
	return signal.reason instanceof RunAborted ? signal.reason : new RunAborted(messageOf(signal.reason));
}

function messageOf(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}

/**
 * A run's progress, clamped to [0, 1] and written at most once per PROGRESS_WRITE_MS: a report
 * inside the interval waits for its end (only the latest value goes out). Writes are chained, so
 * none lands after the run's end; a failed write is logged, never the run's failure.
 */
class RunProgress {
	value = 0;
	note: string | null = null;
	#lastWrite = Number.NEGATIVE_INFINITY;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writes: Promise<void> = Promise.resolve();
	#closed = false;

	constructor(
		private readonly runs: JobRuns,
		private readonly runId: string,
		private readonly log: Logger
	) {}

	report(fraction: number, note?: string): Promise<void> {
		if (this.#closed) return Promise.resolve();
		if (!Number.isNaN(fraction)) this.value = Math.min(1, Math.max(0, fraction));
		if (note !== undefined) this.note = note;
		const wait = this.#lastWrite + PROGRESS_WRITE_MS - performance.now();
		if (wait <= 0) return this.#write();
		this.#timer ??= setTimeout(() => void this.#write(), wait);
		return Promise.resolve();
	}

	/** Stops writing and waits for writes in flight; the last value goes with the run's end. */
	async close(): Promise<void> {
		this.#closed = true;
		clearTimeout(this.#timer);
		await this.#writes;
	}

	#write(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (this.#closed) return this.#writes;
		this.#lastWrite = performance.now();
		const { value, note } = this;
		this.#writes = this.#writes
			.then(() => this.runs.progress(this.runId, value, note))
			.catch((error: unknown) => this.log.warn(`could not record progress of run ${this.runId}: ${messageOf(error)}`));
		return this.#writes;
	}
}
