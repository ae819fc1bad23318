import * as Y from 'yjs';
import type { Logger } from '../log';
import type { RoomLog } from './room-log';

export interface PersistOptions {
	flushDebounceMs: number;
	flushMaxWaitMs: number;
	compactRows: number;
}

/** After a failed write the batch is kept and tried again this much later. */
const RETRY_MS = 1000;

/**
 * Writes one room's changes to the room log in batches: a write happens `flushDebounceMs` after
 * the last change but at most `flushMaxWaitMs` after the first unsaved one, only when there is
 * something to write, one write at a time. Once the room has `compactRows` rows, the write
 * replaces them all by the doc's whole state instead (one transaction).
 *
 * Invariant behind the "saved" acknowledgement: the doc's state vector taken just before a write
 * covers exactly the stored rows plus the batch being written, so once the write commits that
 * vector is durable and can be announced (`onSaved`).
 */
export class RoomPersister {
	private pending: Uint8Array[] = [];
	private firstPendingAt = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private writing: Promise<boolean> | null = null;
	private stopped = false;
	/** The state vector of everything durably stored. */
	savedVector: Uint8Array;

	constructor(
		private readonly room: string,
		private readonly doc: Y.Doc,
		private seqs: number[],
		private readonly log: RoomLog,
		private readonly options: PersistOptions,
		private readonly logger: Logger,
		private readonly onSaved: (vector: Uint8Array) => void
	) {
		this.savedVector = Y.encodeStateVector(doc);
	}

	get dirty(): boolean {
		return this.pending.length > 0;
	}

	get rows(): number {
		return this.seqs.length;
	}

	/** Records one update of the doc (its 'update' event) and schedules a write. */
	add(update: Uint8Array): void {
		if (this.pending.length === 0) this.firstPendingAt = Date.now();
		this.pending.push(update);
		const left = this.options.flushMaxWaitMs - (Date.now() - this.firstPendingAt);
		this.arm(Math.max(0, Math.min(this.options.flushDebounceMs, left)));
	}

	/**
	 * Writes everything pending now. Resolves true when all that was pending at the call is
	 * stored; false when the write failed (logged, kept, retried later). Never rejects.
	 */
	async flush(): Promise<boolean> {
		this.disarm();
		// One write at a time: the saved vector is only right if writes land in order.
		while (this.writing) await this.writing;
		if (!this.dirty) return true;
		this.writing = this.write();
		try {
			return await this.writing;
		} finally {
			this.writing = null;
		}
	}

	/** No more timers (the room is being destroyed); pending updates are left to the caller. */
	stop(): void {
		this.stopped = true;
		this.disarm();
	}

	private async write(): Promise<boolean> {
		const batch = this.pending;
		this.pending = [];
		const vector = Y.encodeStateVector(this.doc);
		try {
			if (this.seqs.length + 1 >= this.options.compactRows) {
				const started = Date.now();
				const state = Y.encodeStateAsUpdate(this.doc);
				const seq = await this.log.compact(this.room, this.seqs, state);
				this.logger.debug(
					`sync: compacted ${this.room}: ${this.seqs.length} rows + ${batch.length} updates → 1 row of ${state.byteLength} bytes in ${Date.now() - started} ms`
				);
				this.seqs = [seq];
			} else {
				const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
				this.seqs.push(await this.log.append(this.room, update));
			}
			this.savedVector = vector;
			this.onSaved(vector);
			return true;
		} catch (error) {
			// Keep the batch (before anything that arrived meanwhile) and try again later; clients
			// keep their unacknowledged edits and re-send them on their next sync anyway.
			this.pending = batch.concat(this.pending);
			this.logger.error(`sync: could not store ${batch.length} updates of ${this.room}`, error);
			if (!this.stopped) this.arm(RETRY_MS);
			return false;
		}
	}

	private arm(delay: number): void {
		if (this.stopped) return;
		this.disarm();
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.flush();
		}, delay);
		// Shutdown flushes explicitly; a pending timer must not keep the process alive.
		this.timer.unref();
	}

	private disarm(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}
}
