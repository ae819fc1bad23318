import type { JobRun } from '#server/jobs/types';
import { api, ApiError } from '$lib/ui/api';

/** How often a followed run is asked for: its progress moves at most every 250 ms anyway. */
export const POLL_MS = 500;

export interface RunWatchEvents {
	/** A followed run ended (succeeded or failed). */
	ended: (run: JobRun) => void;
	/** Starting or following a run failed (network, signed out…). */
	failed: (error: unknown) => void;
}

/**
 * Runs the page follows, by job name: started with "Run now", or found running when the page
 * opened. Each is asked for every POLL_MS until it ends; `destroy` stops every poll.
 */
export class RunWatch {
	#runs = $state<Record<string, JobRun>>({});
	#starting = $state<Record<string, boolean>>({});
	#destroyed = false;

	constructor(private readonly events: RunWatchEvents) {}

	/** The followed run of `job`, while it runs. */
	run(job: string): JobRun | undefined {
		return this.#runs[job];
	}

	busy(job: string): boolean {
		return Boolean(this.#starting[job] || this.#runs[job]);
	}

	/**
	 * POST …/run, then follow the run. When the job already runs (409), follow the running one,
	 * found as the job's latest run (ApiError keeps the answer's message, not its runId).
	 */
	async start(job: string): Promise<void> {
		if (this.busy(job)) return;
		this.#starting[job] = true;
		try {
			const { runId } = await api<{ runId: string }>(fetch, `/api/jobs/${encodeURIComponent(job)}/run`, {
				method: 'POST'
			}).catch(async (error: unknown) => {
				if (error instanceof ApiError && error.status === 409) {
					const running = await runningId(job);
					if (running) return { runId: running };
				}
				throw error;
			});
			await this.follow(job, runId);
		} catch (error) {
			this.events.failed(error);
		} finally {
			this.#starting[job] = false;
		}
	}

	/** Polls the run until it ends; the ended run is reported, then dropped from the page. */
	async follow(job: string, runId: string): Promise<void> {
		try {
			while (!this.#destroyed) {
				const run = await api<JobRun>(fetch, `/api/jobs/runs/${encodeURIComponent(runId)}`);
				if (this.#destroyed) return;
				if (run.status !== 'running') {
					delete this.#runs[job];
					this.events.ended(run);
					return;
				}
				this.#runs[job] = run;
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		} catch (error) {
			delete this.#runs[job];
			this.events.failed(error);
		}
	}

	destroy(): void {
		this.#destroyed = true;
	}
}

/** The run a 409 refers to: the job's latest run, when it is still running. */
async function runningId(job: string): Promise<string | null> {
	const jobs = await api<{ name: string; lastRun: JobRun | null }[]>(fetch, '/api/jobs');
	const last = jobs.find((j) => j.name === job)?.lastRun;
	return last?.status === 'running' ? last.id : null;
}
