import type { LiveNamespace, LiveQuery as PgLiveQuery } from '@electric-sql/pglite/live';

/**
 * The part of a live query that talks to PGlite, without Svelte: open, re-open after a leader
 * change, close. Kept apart from LiveQuery so it can be tested in Node against a real PGlite.
 */

/** What a live query needs from the database: PGliteWorker with the `live` extension fits. */
export interface LiveDb {
	readonly live: LiveNamespace;
	/** Resolves once this tab is connected to the current leader. */
	readonly waitReady: Promise<void>;
	onLeaderChange(callback: () => void): () => void;
}

export interface LiveListener<T> {
	rows(rows: T[]): void;
	error(error: Error): void;
}

export class LiveSubscription<T> {
	#db: () => Promise<LiveDb>;
	#sql: string;
	#params: unknown[];
	#listener: LiveListener<T>;
	/** Bumped on every open and close: a slower, older attempt sees it and backs off. */
	#generation = 0;
	#running = false;
	#handle: PgLiveQuery<T> | null = null;
	#offLeaderChange: (() => void) | null = null;

	constructor(db: () => Promise<LiveDb>, sql: string, params: unknown[], listener: LiveListener<T>) {
		this.#db = db;
		this.#sql = sql;
		this.#params = params;
		this.#listener = listener;
	}

	get running(): boolean {
		return this.#running;
	}

	start(): void {
		if (this.#running) return;
		this.#running = true;
		void this.#open();
	}

	async stop(): Promise<void> {
		if (!this.#running) return;
		this.#running = false;
		this.#generation++;
		this.#offLeaderChange?.();
		this.#offLeaderChange = null;
		await this.#release();
	}

	async #open(): Promise<void> {
		const generation = ++this.#generation;
		const current = () => this.#running && generation === this.#generation;
		try {
			const db = await this.#db();
			if (!current()) return;
			// When the leader tab closes, the new leader's database knows nothing of our live
			// query: it stops silently. Open it again on the new leader.
			this.#offLeaderChange ??= db.onLeaderChange(() => {
				if (!this.#running) return;
				void this.#release();
				void this.#open();
			});
			await db.waitReady;
			if (!current()) return;
			const handle = await db.live.query<T>(this.#sql, this.#params, (results) => {
				if (current()) this.#listener.rows(results.rows);
			});
			if (!current()) {
				await handle.unsubscribe().catch(() => undefined);
				return;
			}
			this.#handle = handle;
			this.#listener.rows(handle.initialResults.rows);
		} catch (error) {
			// A newer attempt (leader change, stop) owns the outcome; this one's failure is moot.
			if (current()) this.#listener.error(error instanceof Error ? error : new Error(String(error)));
		}
	}

	async #release(): Promise<void> {
		const handle = this.#handle;
		this.#handle = null;
		// After a leader change the old subscription's views died with the old leader: failing
		// to drop them is expected and harmless.
		await handle?.unsubscribe().catch(() => undefined);
	}
}
