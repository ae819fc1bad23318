import type * as Y from 'yjs';
import { projectRoom, type TableRows } from '$lib/domain/projections';
import { parseRoom, type RoomName } from '$lib/protocol/rooms';
import type { SyncDb } from './db';
import type { UpdateJournal } from './journal';
import type { PresencePeer, PresenceUser } from './presence';
import { SyncedRoom, type RoomDeps } from './room';
import { roomsWithPendingEdits } from './room-log';

export interface RegistryOptions {
	db: SyncDb;
	/** `ws(s)://host/sync`. */
	url: string;
	/** Query parameters of every connection, e.g. `{ schema: '1' }`. */
	params?: Record<string, string>;
	/** A WebSocket class, for Node (headers) — browsers use their own. */
	WebSocket?: typeof WebSocket;
	/** Off by default in browsers (tabs sync directly); tests in one process turn it off. */
	disableBc?: boolean;
	/** Upper bound of y-websocket's reconnect back-off. */
	maxBackoffTime?: number;
	/** A released room stays open this long, so navigating back and forth does not reconnect. */
	graceMs?: number;
	/** Local log rows per room before a write compacts them into one. */
	compactRows?: number;
	retryMs?: number;
	savedDelayMs?: number;
	cursorThrottleMs?: number;
	/** Who this tab is, published as presence; null publishes none. */
	user?: PresenceUser | null;
	project?: (room: RoomName, doc: Y.Doc) => TableRows[];
	/** The server ended a room for good: 4401 signed out, 4403 forbidden, 4426 stale, … */
	onClosed?: (room: SyncedRoom, code: number) => void;
	log?: (message: string, error?: unknown) => void;
	/** Where each local edit is kept until stored (browsers: src/lib/sync/journal.ts). */
	journal?: UpdateJournal | null;
}

/** A hold on an open room; `release()` once (later calls do nothing). */
export interface RoomLease {
	readonly room: SyncedRoom;
	release(): void;
}

export type Connection = 'online' | 'connecting' | 'offline';

export interface SyncSummary {
	connection: Connection;
	/** This device's changes not yet on the server, over every room still open. */
	pending: number;
	/** Other people in the rooms this tab shows (background rooms excluded). */
	presence: PresencePeer[];
}

interface Entry {
	room: SyncedRoom;
	refs: number;
	timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The rooms this tab has open, reference-counted. `open(name)` returns a lease on the one
 * SyncedRoom per name; the last `release()` starts a grace period, after which the room is
 * written and destroyed — unless it still holds changes the server has not confirmed: such a
 * room stays open in the background (presence hidden) until the server has them, so an edit
 * made offline syncs on reconnect even if the user navigated away. `resume()` reopens, the same
 * way, the rooms a previous session left with unconfirmed changes.
 */
export class RoomRegistry {
	readonly #entries = new Map<string, Entry>();
	/** Rooms being destroyed: a reopen waits for their last write before restoring. */
	readonly #closing = new Map<string, Promise<void>>();
	readonly #listeners = new Set<() => void>();
	readonly #deps: RoomDeps;
	readonly #graceMs: number;
	#online = true;
	#closed = false;
	#summary: SyncSummary | null = null;

	constructor(options: RegistryOptions) {
		this.#graceMs = options.graceMs ?? 5000;
		const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
		this.#deps = {
			db: options.db,
			url: options.url,
			params: options.params ?? {},
			WebSocket: options.WebSocket,
			disableBc: options.disableBc ?? false,
			maxBackoffTime: options.maxBackoffTime ?? 2500,
			compactRows: options.compactRows ?? 100,
			retryMs: options.retryMs ?? 1000,
			savedDelayMs: options.savedDelayMs ?? 2000,
			cursorThrottleMs: options.cursorThrottleMs ?? 100,
			user: options.user ?? null,
			project: options.project ?? projectRoom,
			online: () => this.#online,
			onClosed: (room, code) => options.onClosed?.(room, code),
			onChange: () => this.#changed(),
			log,
			journal: options.journal ?? null
		};
	}

	/** Opens (or joins) a room. Throws on a name outside the contract. */
	open(name: string): RoomLease {
		if (this.#closed) throw new Error('The room registry is closed');
		const parsed = parseRoom(name);
		if (!parsed) throw new Error(`Not a room name: ${JSON.stringify(name)}`);
		let entry = this.#entries.get(name);
		if (!entry) {
			entry = { room: new SyncedRoom(parsed, this.#deps, this.#closing.get(name)), refs: 0, timer: null };
			this.#entries.set(name, entry);
		}
		if (entry.timer) clearTimeout(entry.timer);
		entry.timer = null;
		if (entry.refs === 0) entry.room.setPresent(true);
		entry.refs += 1;
		this.#changed();
		const held = entry;
		let released = false;
		return {
			room: entry.room,
			release: () => {
				if (released) return;
				released = true;
				this.#release(held);
			}
		};
	}

	/** The open rooms, background ones included. */
	get rooms(): SyncedRoom[] {
		return [...this.#entries.values()].map((entry) => entry.room);
	}

	get online(): boolean {
		return this.#online;
	}

	/** Called when any room's state, or the set of rooms, changes. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Connection, pending changes and presence over all rooms (cached until the next change). */
	summary(): SyncSummary {
		this.#summary ??= this.#summarise();
		return this.#summary;
	}

	/** The network went away or came back (browser: `offline`/`online` events). */
	setOnline(online: boolean): void {
		if (online === this.#online) return;
		this.#online = online;
		for (const { room } of this.#entries.values()) room.networkChanged(online);
		this.#changed();
	}

	/** Reopens, in the background, rooms an earlier session left with unconfirmed changes. */
	async resume(): Promise<string[]> {
		const names = [...new Set([...(this.#deps.journal?.rooms() ?? []), ...(await roomsWithPendingEdits(this.#deps.db))])];
		for (const name of names) {
			if (this.#closed || this.#entries.has(name) || !parseRoom(name)) continue;
			this.open(name).release();
		}
		return names;
	}

	/** Writes everything queued in every room (page hide). */
	async flushAll(): Promise<void> {
		await Promise.all([...this.#entries.values()].map(({ room }) => room.flush()));
	}

	/** Writes and destroys every room; the registry cannot be used afterwards. */
	async close(): Promise<void> {
		this.#closed = true;
		const entries = [...this.#entries.values()];
		this.#entries.clear();
		for (const entry of entries) if (entry.timer) clearTimeout(entry.timer);
		await Promise.all([...entries.map((entry) => entry.room.destroy()), ...this.#closing.values()]);
		this.#listeners.clear();
	}

	#release(entry: Entry): void {
		entry.refs -= 1;
		if (entry.refs > 0 || this.#closed) return;
		entry.room.setPresent(false);
		entry.timer = setTimeout(() => this.#evict(entry), this.#graceMs);
		this.#changed();
	}

	/** After the grace period: destroy, or keep in the background while changes are unconfirmed. */
	#evict(entry: Entry): void {
		entry.timer = null;
		if (entry.refs > 0 || this.#entries.get(entry.room.name) !== entry) return;
		const { room } = entry;
		if (room.pending > 0 && !room.final) {
			const stop = room.subscribe(() => {
				if (room.pending > 0 && !room.final) return;
				stop();
				if (entry.refs === 0 && !entry.timer) this.#evict(entry);
			});
			return;
		}
		this.#entries.delete(room.name);
		const closing = room.destroy().finally(() => {
			if (this.#closing.get(room.name) === closing) this.#closing.delete(room.name);
		});
		this.#closing.set(room.name, closing);
		this.#changed();
	}

	#summarise(): SyncSummary {
		let pending = 0;
		let offline = !this.#online;
		let connecting = false;
		const people = new Map<string, PresencePeer>();
		for (const { room, refs } of this.#entries.values()) {
			pending += room.pending;
			if (room.status === 'offline') offline = true;
			if (room.status === 'connecting' || room.status === 'loading') connecting = true;
			if (refs > 0) for (const peer of room.presence) people.set(peer.id, peer);
		}
		return {
			connection: offline ? 'offline' : connecting ? 'connecting' : 'online',
			pending,
			presence: [...people.values()].sort((a, b) => a.name.localeCompare(b.name))
		};
	}

	#changed(): void {
		this.#summary = null;
		for (const listener of this.#listeners) listener();
	}
}
