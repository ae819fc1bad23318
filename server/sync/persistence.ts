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
 * The log is also compacted once the rows written since the last compaction outweigh the state
 * it then had (and this much): a room rewritten whole again and again (a published article, 50
 * publishes of 14 KB each) would otherwise carry hundreds of KB of superseded history for every
 * load, while `compactRows` is far away.
 */
const COMPACT_MIN_BYTES = 64 * 1024;

/**
 * Writes one room's changes to the room log in batches: a write happens `flushDebounceMs` after
 * the last change but at most `flushMaxWaitMs` after the first unsaved one, only when there is
 * something to write, one write at a time. Once the room has `compactRows` rows, or the rows
 * written since the last compaction outweigh the state then (at least 64 KiB), the write
 * replaces them all by the doc's whole state instead (one transaction).
 *
 * Invariant behind the "saved" acknowledgement: the doc's state vector taken just before a write
 * covers exactly the stored rows plus the batch being written, so once the write commits that
 * vector is durable and can be announced (`onSaved`).
 */
export class RoomPersister {
	/** Updates of the doc not yet stored (counted for the log; their content is in the doc). */
	private pending = 0;
	private firstPendingAt = 0;
	private lastPendingAt = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private writing: Promise<boolean> | null = null;
	private stopped = false;
	/** The state vector of everything durably stored. */
	savedVector: Uint8Array;
	/** Bytes appended since the last compaction (or load), and the state's size then (0: not known). */
	private appendedBytes = 0;
	private compactedBytes = 0;

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
		return this.pending > 0;
	}

	get rows(): number {
		return this.seqs.length;
	}

	/**
	 * Notes that the doc changed (its 'update' event) and schedules a write. Cheap on purpose: it
	 * runs once per update of a busy room, so the timer is armed once per window and only
	 * re-checked when it fires.
	 */
	changed(): void {
		const now = Date.now();
		if (this.pending === 0) this.firstPendingAt = now;
		this.pending += 1;
		this.lastPendingAt = now;
		if (!this.timer && !this.stopped) this.arm(this.options.flushDebounceMs);
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
		const count = this.pending;
		this.pending = 0;
		// The batch is everything the doc has beyond what is stored, encoded from the doc itself:
		// one pass over the doc instead of merging every small update of the window.
		const vector = Y.encodeStateVector(this.doc);
		const update = Y.encodeStateAsUpdate(this.doc, this.savedVector);
		try {
			const outweighed = this.appendedBytes + update.byteLength >= Math.max(COMPACT_MIN_BYTES, this.compactedBytes);
			if (this.seqs.length + 1 >= this.options.compactRows || outweighed) {
				const started = Date.now();
				const state = Y.encodeStateAsUpdate(this.doc);
				const seq = await this.log.compact(this.room, this.seqs, state);
				this.logger.debug(
					`sync: compacted ${this.room}: ${this.seqs.length} rows + ${count} updates → 1 row of ${state.byteLength} bytes in ${Date.now() - started} ms`
				);
				this.seqs = [seq];
				this.appendedBytes = 0;
				this.compactedBytes = state.byteLength;
			} else {
				this.seqs.push(await this.log.append(this.room, update));
				this.appendedBytes += update.byteLength;
			}
			this.savedVector = vector;
			this.onSaved(vector);
			return true;
		} catch (error) {
			// Nothing is lost: the saved vector did not move, so the next write encodes this batch
			// again along with anything newer. Clients keep their unacknowledged edits meanwhile.
			this.pending += count;
			this.logger.error(`sync: could not store ${count} updates of ${this.room}`, error);
			if (!this.stopped) {
				this.disarm();
				this.arm(RETRY_MS);
			}
			return false;
		}
	}

	private arm(delay: number): void {
		this.timer = setTimeout(() => {
			this.timer = null;
			if (this.stopped || !this.dirty) return;
			// Due `flushDebounceMs` after the last change, but no later than `flushMaxWaitMs` after
			// the first unsaved one.
			const due = Math.min(
				this.lastPendingAt + this.options.flushDebounceMs,
				this.firstPendingAt + this.options.flushMaxWaitMs
			);
			const wait = due - Date.now();
			if (wait > 0) this.arm(wait);
			else void this.flush();
		}, delay);
		// Shutdown flushes explicitly; a pending timer must not keep the process alive.
		this.timer.unref();
	}

	private disarm(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}
}
