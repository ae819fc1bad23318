import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TableRows } from '$lib/domain/projections';
import { MESSAGE, readAccess, readSaved, unsavedCount, type Access } from '$lib/protocol/messages';
import { CLOSE, type RoomName } from '$lib/protocol/rooms';
import type { SyncDb } from './db';
import { othersIn, type PresencePeer, type PresenceUser } from './presence';
import type { UpdateJournal } from './journal';
import { forgetRoom, loadRoom } from './room-log';
import { Throttle } from './throttle';
import { RoomWriter } from './writer';

/**
 * One open room in this tab: its Y.Doc restored from the local log, its awareness, its
 * WebsocketProvider (created only after the restore, so the first sync sends the server only
 * what it lacks), its writer (src/lib/sync/writer.ts), and its state for the UI.
 *
 *   loading ─▶ connecting ─▶ online ⇄ offline            (4500 → y-websocket reconnects itself)
 *                    └──────────────▶ forbidden | signed-out | stale | failed   (final)
 *
 * "online" means the server admitted the connection (its "access" frame arrived), not merely
 * that a socket opened: a refused connection never shows as online.
 */

export type RoomStatus = 'loading' | 'connecting' | 'online' | 'offline' | 'forbidden' | 'signed-out' | 'stale' | 'failed';

/** Statuses after which the room never connects again (the user must act: sign in, reload). */
export const FINAL_STATUSES: readonly RoomStatus[] = ['forbidden', 'signed-out', 'stale', 'failed'];

export interface RoomDeps {
	db: SyncDb;
	/** `ws(s)://host/sync`; the room name is appended by y-websocket. */
	url: string;
	params: Record<string, string>;
	WebSocket?: typeof WebSocket;
	/** Cross-tab BroadcastChannel sync (on in browsers; off in Node tests sharing a process). */
	disableBc: boolean;
	maxBackoffTime: number;
	compactRows: number;
	retryMs: number;
	savedDelayMs: number;
	/** Cursor-like awareness fields are published at most this often. */
	cursorThrottleMs: number;
	/** Published in awareness as `user`; null publishes no presence. */
	user: PresenceUser | null;
	project: (room: RoomName, doc: Y.Doc) => TableRows[];
	/** Whether the network is believed up (navigator.onLine in browsers). */
	online: () => boolean;
	/** The server closed the room for good (4401, 4403, 4426, other 44xx). */
	onClosed: (room: SyncedRoom, code: number) => void;
	/** Any state of any room changed (the registry's summary listens here). */
	onChange: () => void;
	log: (message: string, error?: unknown) => void;
	/** This device's edits, kept synchronously until stored (browsers; null in Node). */
	journal: UpdateJournal | null;
}

/** Transaction origin of the restore from the local log: stored already, not written again. */
const RESTORE = Symbol('sync:restore');

const CLOSE_STATUS: Record<number, RoomStatus> = {
	[CLOSE.unauthenticated]: 'signed-out',
	[CLOSE.forbidden]: 'forbidden',
	[CLOSE.staleClient]: 'stale'
};

export class SyncedRoom {
	readonly doc = new Y.Doc();
	readonly awareness: Awareness;
	/** Resolves once the doc holds what this device stored (also when the local store failed). */
	readonly loaded: Promise<void>;
	provider: WebsocketProvider | null = null;

	#status: RoomStatus = 'loading';
	#access: Access | null = null;
	#synced = false;
	#pending = 0;
	#presence: PresencePeer[] = [];
	#closeCode: number | null = null;
	#own = new Set<number>();
	#saved = new Map<number, number>();
	#wantConnected = true;
	#destroying: Promise<void> | null = null;
	#forgetting: Promise<void> = Promise.resolve();
	#destroyed = false;
	readonly #writer: RoomWriter;
	readonly #cursor: Throttle<[unknown]>;
	readonly #listeners = new Set<() => void>();

	constructor(
		readonly room: RoomName,
		private readonly deps: RoomDeps,
		/** Settles when an earlier instance of this room finished writing (reopen after close). */
		after: Promise<void> = Promise.resolve()
	) {
		this.awareness = new Awareness(this.doc);
		this.setPresent(true);
		this.awareness.on('change', this.#onAwareness);
		this.#cursor = new Throttle(deps.cursorThrottleMs, (cursor) => {
			if (this.awareness.getLocalState() !== null) this.awareness.setLocalStateField('cursor', cursor);
		});
		this.#writer = new RoomWriter(room.name, this.doc, {
			db: deps.db,
			compactRows: deps.compactRows,
			retryMs: deps.retryMs,
			savedDelayMs: deps.savedDelayMs,
			project: (doc) => deps.project(room, doc),
			pending: () => this.#pending,
			release: (keys) => deps.journal?.release(keys),
			onError: (error) => {
				deps.log(`sync: could not store ${room.name} on this device`, error);
				this.#notify();
			}
		});
		this.doc.on('update', this.#onUpdate);
		this.loaded = this.#start(after);
	}

	get name(): string {
		return this.room.name;
	}
	get status(): RoomStatus {
		return this.#status;
	}
	/** What the server granted on the last connection; null before the first. */
	get access(): Access | null {
		return this.#access;
	}
	/** True once the current connection finished its first sync with the server. */
	get synced(): boolean {
		return this.#synced;
	}
	/** This device's operations in this room that the server has not stored yet. */
	get pending(): number {
		return this.#pending;
	}
	/** The other people in the room. */
	get presence(): readonly PresencePeer[] {
		return this.#presence;
	}
	/** The close code behind a final status. */
	get closeCode(): number | null {
		return this.#closeCode;
	}
	/** True while writes to the local store fail (they are retried; nothing is dropped). */
	get storeFailing(): boolean {
		return this.#writer.failing;
	}
	get destroyed(): boolean {
		return this.#destroyed;
	}
	get final(): boolean {
		return FINAL_STATUSES.includes(this.#status);
	}

	/** Called on every state change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Stops syncing with the server (offline by choice or by the network); edits continue. */
	disconnect(): void {
		this.#wantConnected = false;
		this.provider?.disconnect();
		this.#setStatus('offline');
	}

	/** Syncs again, unless the room ended for good. */
	connect(): void {
		this.#wantConnected = true;
		this.#reconnect();
	}

	/** The network came back or went away (registry-wide). */
	networkChanged(online: boolean): void {
		if (!online) {
			this.provider?.disconnect();
			this.#setStatus('offline');
		} else {
			this.#reconnect();
		}
	}

	/** Shows or hides this tab in the room's presence (hidden while kept open in the background). */
	setPresent(present: boolean): void {
		if (present && this.deps.user) this.awareness.setLocalState({ user: this.deps.user });
		else this.awareness.setLocalState(null);
	}

	/** Publishes this tab's cursor (any JSON), throttled. */
	setCursor(cursor: unknown): void {
		this.#cursor.call(cursor);
	}

	/** Writes whatever is queued now. */
	flush(): Promise<void> {
		return this.#writer.flush();
	}

	/**
	 * Disconnects, writes everything still queued (retrying a failing store a few times), then
	 * frees the doc. The doc is unusable afterwards.
	 */
	destroy(): Promise<void> {
		this.#destroying ??= this.#destroy();
		return this.#destroying;
	}

	async #destroy(): Promise<void> {
		await this.loaded;
		await this.#forgetting;
		this.#listeners.clear();
		this.#cursor.cancel();
		this.awareness.off('change', this.#onAwareness);
		// Stop receiving first, so the last flush has a fixed amount of work.
		this.provider?.destroy();
		this.awareness.destroy();
		for (let attempt = 0; attempt < 3; attempt++) {
			await this.#writer.flush();
			if (!this.#writer.dirty) break;
			await new Promise((resolve) => setTimeout(resolve, this.deps.retryMs));
		}
		if (this.#writer.dirty) this.deps.log(`sync: ${this.name} closed with updates this device could not store`);
		this.#writer.stop();
		this.doc.off('update', this.#onUpdate);
		this.doc.destroy();
		this.#destroyed = true;
	}

	/**
	 * Access refused for good (4403: never granted, or revoked): nothing of this room stays on
	 * this device — log, bookkeeping, projected rows — including edits the server never got,
	 * which it would refuse anyway.
	 */
	async #forget(): Promise<void> {
		await this.loaded;
		this.doc.off('update', this.#onUpdate);
		await this.#writer.discard();
		this.deps.journal?.forget(this.name);
		try {
			await forgetRoom(this.deps.db, this.name, this.deps.project(this.room, new Y.Doc()));
		} catch (error) {
			this.deps.log(`sync: could not remove ${this.name} from this device`, error);
		}
	}

	async #start(after: Promise<void>): Promise<void> {
		await after.catch(() => undefined);
		let seqs: number[] = [];
		try {
			const stored = await loadRoom(this.deps.db, this.name);
			if (stored.updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), RESTORE);
			seqs = stored.seqs;
			for (const client of stored.ownClients) this.#own.add(client);
			if (stored.saved) this.#saved = Y.decodeStateVector(stored.saved);
		} catch (error) {
			// Without the local copy the room still works online; writes keep being retried.
			this.deps.log(`sync: could not restore ${this.name} from this device`, error);
		}
		// Edits an earlier page made but could not store before it went: stored now, as this
		// device's own (applying one the log already holds changes nothing).
		for (const entry of this.deps.journal?.entries(this.name) ?? []) {
			try {
				Y.applyUpdate(this.doc, entry.update, RESTORE);
			} catch (error) {
				this.deps.log(`sync: dropped an unreadable journal entry of ${this.name}`, error);
				this.deps.journal?.release([entry.key]);
				continue;
			}
			const own = clientsOf(entry.update);
			for (const client of own) this.#own.add(client);
			this.#writer.add(entry.update, own, entry.key);
		}
		this.#writer.start(seqs);
		this.#recount();
		if (this.#destroying) return;
		this.#setStatus(this.#wantConnected && this.deps.online() ? 'connecting' : 'offline');
		this.#openProvider();
	}

	#openProvider(): void {
		const provider = new WebsocketProvider(this.deps.url, this.name, this.doc, {
			connect: this.#wantConnected && this.deps.online(),
			awareness: this.awareness,
			params: this.deps.params,
			disableBc: this.deps.disableBc,
			maxBackoffTime: this.deps.maxBackoffTime,
			...(this.deps.WebSocket ? { WebSocketPolyfill: this.deps.WebSocket } : {})
		});
		provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => this.#onSaved(readSaved(decoder));
		provider.messageHandlers[MESSAGE.access] = (_encoder, decoder) => {
			this.#access = readAccess(decoder);
			this.#setStatus('online');
		};
		provider.on('status', ({ status }) => {
			if (status === 'connecting' && this.#status !== 'offline') this.#setStatus('connecting');
		});
		provider.on('connection-close', () => {
			this.#synced = false;
			this.#setStatus('offline');
		});
		provider.on('sync', (synced) => {
			this.#synced = synced;
			this.#notify();
		});
		provider.on('closed', ({ code }) => {
			this.#closeCode = code;
			this.#setStatus(CLOSE_STATUS[code] ?? 'failed', true);
			if (code === CLOSE.forbidden) this.#forgetting = this.#forget();
			this.deps.onClosed(this, code);
		});
		this.provider = provider;
	}

	#reconnect(): void {
		if (!this.provider || this.final || !this.#wantConnected || !this.deps.online()) return;
		if (!this.provider.wsconnected && !this.provider.wsconnecting) this.#setStatus('connecting');
		this.provider.connect();
	}

	readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
		if (origin === RESTORE) return;
		let own: number[] = [];
		// Remote updates arrive through the provider (socket or another tab): anything else is
		// an edit made here, by this doc's current client id(s).
		let journalKey: string | null = null;
		if (origin !== this.provider || this.provider === null) {
			own = clientsOf(update);
			for (const client of own) this.#own.add(client);
			journalKey = this.deps.journal?.record(this.name, update) ?? null;
		}
		this.#recount();
		this.#writer.add(update, own, journalKey);
	};

	#onSaved(saved: Map<number, number>): void {
		this.#saved = saved;
		this.#writer.saved(Y.encodeStateVector(saved));
		this.#recount();
	}

	readonly #onAwareness = (): void => {
		this.#presence = othersIn(this.awareness, this.deps.user?.id ?? null);
		this.#notify();
	};

	#recount(): void {
		const local = new Map<number, number>();
		for (const client of this.#own) local.set(client, Y.getState(this.doc.store, client));
		const pending = unsavedCount(local, this.#saved);
		if (pending === this.#pending) return;
		this.#pending = pending;
		this.#notify();
	}

	#setStatus(status: RoomStatus, final = false): void {
		if (this.final && !final) return;
		if (status === this.#status) return;
		this.#status = status;
		this.#notify();
	}

	#notify(): void {
		if (this.#destroyed) return;
		for (const listener of this.#listeners) listener();
		this.deps.onChange();
	}
}

/** The client ids whose operations an update carries. */
function clientsOf(update: Uint8Array): number[] {
	return [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).keys()];
}
