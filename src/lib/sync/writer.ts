import * as Y from 'yjs';
import type { TableRows } from '$lib/domain/projections';
import type { SyncDb } from './db';
import { writeRoom } from './room-log';

export interface WriterOptions {
	db: SyncDb;
	/** Once the room has this many log rows, a write replaces them by one merged update. */
	compactRows: number;
	/** The room's projection (pure); its result is written with the log rows. */
	project: (doc: Y.Doc) => TableRows[];
	/** This device's unconfirmed operations right now (stored with each write). */
	pending: () => number;
	/** A failed write is kept and tried again this much later. */
	retryMs: number;
	/** A new "saved" vector alone (no edits) is written at most this late. */
	savedDelayMs: number;
	onError: (error: unknown) => void;
	/** Journal entries of a batch are released once the batch is stored (src/lib/sync/journal.ts). */
	release?: (keys: readonly string[]) => void;
}

/**
 * Persists one room: every update of its doc (local or remote) goes to the room log, and the
 * room's projection is rewritten, in the same transaction. Updates are queued synchronously and
 * written one transaction at a time: the first write starts on the next microtask, and whatever
 * arrives while a write is in flight goes into the next one — so a burst becomes one
 * transaction and nothing waits longer than one write. Nothing is dropped: a failed write puts
 * its batch back in front of the queue and is retried.
 */
export class RoomWriter {
	#updates: Uint8Array[] = [];
	#journal: string[] = [];
	#newClients = new Set<number>();
	#saved: Uint8Array | null = null;
	#seqs: number[] = [];
	#ready = false;
	#running: Promise<void> | null = null;
	#scheduled = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#stopped = false;
	/** True after a write failed, until one succeeds. */
	failing = false;

	constructor(
		private readonly room: string,
		private readonly doc: Y.Doc,
		private readonly options: WriterOptions
	) {}

	/** The log rows the room was restored from; writes wait for this. */
	start(seqs: number[]): void {
		this.#seqs = [...seqs];
		this.#ready = true;
		if (this.dirty) this.#schedule();
	}

	get dirty(): boolean {
		return this.#updates.length > 0 || this.#newClients.size > 0 || this.#saved !== null;
	}

	/** Rows the room has in the log, as far as this writer knows. */
	get rows(): number {
		return this.#seqs.length;
	}

	/**
	 * Queues an update; `ownClients` are the client ids of a local update's author, `journalKey`
	 * its journal entry, released once the update is stored.
	 */
	add(update: Uint8Array, ownClients: number[] = [], journalKey: string | null = null): void {
		this.#updates.push(update);
		if (journalKey !== null) this.#journal.push(journalKey);
		for (const client of ownClients) this.#newClients.add(client);
		this.#schedule();
	}

	/** Remembers the server's latest "saved" vector; written with the next batch, or soon. */
	saved(vector: Uint8Array): void {
		this.#saved = vector;
		if (this.#updates.length > 0 || this.#timer) return;
		this.#arm(this.options.savedDelayMs);
	}

	/** Resolves once everything queued before the call is written (or a write failed). */
	flush(): Promise<void> {
		this.#disarm();
		if (!this.#ready) return Promise.resolve();
		this.#running ??= this.#drain().finally(() => (this.#running = null));
		return this.#running;
	}

	/** Drops what is queued and stops; resolves once a write already in flight has finished. */
	async discard(): Promise<void> {
		this.stop();
		this.#updates = [];
		this.#journal = [];
		this.#newClients.clear();
		this.#saved = null;
		await this.#running;
	}

	/** No more timers; what is still queued stays queued (flush first). */
	stop(): void {
		this.#stopped = true;
		this.#disarm();
	}

	#schedule(): void {
		if (this.#scheduled || !this.#ready || this.#stopped) return;
		this.#scheduled = true;
		queueMicrotask(() => {
			this.#scheduled = false;
			void this.flush();
		});
	}

	async #drain(): Promise<void> {
		while (this.dirty) {
			if (!(await this.#writeOnce())) {
				if (!this.#stopped) this.#arm(this.options.retryMs);
				return;
			}
		}
	}

	async #writeOnce(): Promise<boolean> {
		// Cut the batch, and take the projection and the state, in one synchronous step: they
		// then describe exactly the doc after this batch, whatever arrives during the write.
		const updates = this.#updates;
		const journal = this.#journal;
		const newClients = [...this.#newClients];
		const saved = this.#saved;
		this.#updates = [];
		this.#journal = [];
		this.#newClients.clear();
		this.#saved = null;

		const compact = updates.length > 0 && this.#seqs.length + 1 >= this.options.compactRows;
		let projection: TableRows[] | null = null;
		if (updates.length > 0) {
			try {
				projection = this.options.project(this.doc);
			} catch (error) {
				// A projection bug must not cost the edit: the log row is written anyway.
				this.options.onError(error);
			}
		}
		try {
			const seq = await writeRoom(this.options.db, {
				room: this.room,
				append: compact || updates.length === 0 ? null : updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates),
				compact: compact ? { replaces: this.#seqs, state: Y.encodeStateAsUpdate(this.doc) } : null,
				newClients,
				saved,
				pending: this.options.pending(),
				projection
			});
			if (compact) this.#seqs = [seq!];
			else if (seq !== null) this.#seqs.push(seq);
			if (journal.length > 0) this.options.release?.(journal);
			this.failing = false;
			return true;
		} catch (error) {
			this.#updates = updates.concat(this.#updates);
			this.#journal = journal.concat(this.#journal);
			for (const client of newClients) this.#newClients.add(client);
			this.#saved ??= saved;
			this.failing = true;
			this.options.onError(error);
			return false;
		}
	}

	#arm(delay: number): void {
		if (this.#stopped) return;
		this.#disarm();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.flush();
		}, delay);
	}

	#disarm(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
