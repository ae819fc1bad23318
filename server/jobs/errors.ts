import { ServiceError } from '../errors';

/**
 * "That job is already running": a 409 that also carries the running run's id, so the caller
 * can follow it instead (`{ message, runId }`). `runId` is null when another instance runs it
 * and its row could not be found any more (it just ended).
 */
export class JobRunningError extends ServiceError {
	constructor(
		job: string,
		readonly runId: string | null
	) {
		super(409, runId ? `Job ${job} is already running (run ${runId}).` : `Job ${job} is already running.`);
	}

	/** By shape, like ServiceError.is: the SvelteKit bundle has its own copy of this class. */
	static override is(error: unknown): error is JobRunningError {
		return ServiceError.is(error) && error.status === 409 && 'runId' in error;
	}
}
