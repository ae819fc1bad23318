/**
 * Gives up calls that a leader change left waiting forever.
 *
 * When the tab that runs the database closes, `PGliteWorker` (0.5.16) rejects the request in
 * flight, but a transaction then sends its `ROLLBACK` and its lock release at once — before this
 * tab is connected to the new leader, on a channel nobody listens to yet. Nobody ever answers
 * them, so the call never settles, and whoever awaits it (a room's writer, a page's save) waits
 * forever. Measured: under load, an edit made right after the other tab closed reached the server
 * but never this tab's database.
 *
 * A call that was running when the leader changed cannot succeed any more: whatever it was
 * waiting for was rejected. So once this tab is connected again, such a call is given up with
 * {@link LeaderChangedError}, and the caller retries on the new leader as after any failed write.
 */

/** What the guard needs from the database: PGliteWorker fits. */
export interface LeaderEvents {
	/** Resolves once this tab is connected to the current leader. */
	readonly waitReady: Promise<void>;
	onLeaderChange(callback: () => void): () => void;
}

export class LeaderChangedError extends Error {
	constructor() {
		super('The tab that ran the local database closed during this operation; try again');
		this.name = 'LeaderChangedError';
	}
}

export class LeaderGuard {
	readonly #waiting = new Set<() => void>();
	readonly #off: () => void;

	constructor(private readonly db: LeaderEvents) {
		this.#off = db.onLeaderChange(() => {
			for (const giveUp of [...this.#waiting]) giveUp();
		});
	}

	/** Runs `call`; if the leader changes before it settles, it fails once this tab reconnects. */
	async run<T>(call: () => Promise<T>): Promise<T> {
		let giveUp!: () => void;
		const givenUp = new Promise<never>((_, reject) => {
			giveUp = () => {
				this.#waiting.delete(giveUp);
				void this.db.waitReady.then(() => reject(new LeaderChangedError()));
			};
		});
		this.#waiting.add(giveUp);
		const running = call();
		// Whatever the abandoned call does later, nobody is listening.
		running.catch(() => undefined);
		givenUp.catch(() => undefined);
		try {
			return await Promise.race([running, givenUp]);
		} finally {
			this.#waiting.delete(giveUp);
		}
	}

	stop(): void {
		this.#off();
		this.#waiting.clear();
	}
}
