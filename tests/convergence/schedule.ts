import * as Y from 'yjs';
import type { Random } from '../../src/lib/domain/random';
import type { SyncDb } from '../../src/lib/sync/db';
import { RoomRegistry, type RoomLease } from '../../src/lib/sync/registry';
import { socketClass } from '../sync/helpers';

/**
 * One simulated device of a convergence schedule: its own PGlite (a browser profile), a room
 * registry over it (the browser's code, with a `ws` socket carrying the session cookie), and
 * the edits it made, so the end state can be checked for every one of them.
 *
 * Edits keep markers intact, so "no edit lost" is checkable on plain text: markers `<device:n>`
 * are inserted whole, only at token boundaries, and never deleted; deletions only remove filler
 * `x` characters. (Yjs never interleaves concurrent insertions, so a marker stays contiguous.)
 */
export interface DeviceSetup {
	index: number;
	db: SyncDb;
	url: string;
	cookie: string;
	user: { id: string; name: string };
	room: string;
	compactRows: number;
}

export class Device {
	registry!: RoomRegistry;
	lease!: RoomLease;
	online = true;
	readonly markers: string[] = [];
	readonly keys: string[] = [];
	#count = 0;

	constructor(readonly setup: DeviceSetup) {}

	get doc(): Y.Doc {
		return this.lease.room.doc;
	}
	get text(): Y.Text {
		return this.doc.getText('body');
	}
	get meta(): Y.Map<unknown> {
		return this.doc.getMap('meta');
	}

	/** Opens the room (restored from this device's PGlite first), online or not. */
	async start(online: boolean): Promise<void> {
		const { db, url, cookie, user, compactRows } = this.setup;
		this.registry = new RoomRegistry({
			db,
			url,
			WebSocket: socketClass({ cookie }),
			disableBc: true,
			graceMs: 0,
			compactRows,
			maxBackoffTime: 60,
			retryMs: 50,
			savedDelayMs: 20,
			user: { ...user, color: '#2563eb' },
			log: (message, error) => {
				throw new Error(`${message}: ${String(error)}`);
			}
		});
		this.registry.setOnline(online);
		this.online = online;
		this.lease = this.registry.open(this.setup.room);
		await this.lease.room.loaded;
	}

	/** A page reload: everything queued is written, the doc and socket dropped, then reopened. */
	async restart(online: boolean): Promise<void> {
		await this.registry.close();
		await this.start(online);
	}

	/** The network goes away or comes back (the browser's `offline`/`online` events). */
	setOnline(online: boolean): void {
		this.online = online;
		this.registry.setOnline(online);
	}

	insertMarker(random: Random): string {
		const marker = `<${this.setup.index}:${this.#count++}>`;
		this.text.insert(random.pick(boundaries(this.text.toString())), marker);
		this.markers.push(marker);
		return marker;
	}

	insertFiller(random: Random): string {
		const filler = 'x'.repeat(random.int(1, 3));
		this.text.insert(random.pick(boundaries(this.text.toString())), filler);
		return filler;
	}

	/** Deletes a run of filler; returns what it deleted ('' when there was none). */
	deleteFiller(random: Random): string {
		const value = this.text.toString();
		const starts = [...value].flatMap((char, i) => (char === 'x' ? [i] : []));
		if (starts.length === 0) return '';
		const start = random.pick(starts);
		let end = start;
		const max = start + random.int(1, 3);
		while (end < max && value[end] === 'x') end++;
		// A deletion alone ticks no clock; notes stamp `meta` in the same transaction for that.
		this.doc.transact(() => {
			this.text.delete(start, end - start);
			this.meta.set('updatedAt', new Date().toISOString());
		});
		return value.slice(start, end);
	}

	setOwnKey(): string {
		const key = `k${this.setup.index}.${this.#count++}`;
		this.meta.set(key, this.#count);
		this.keys.push(key);
		return key;
	}

	setSharedKey(random: Random): string {
		const key = `shared${random.int(0, 2)}`;
		this.meta.set(key, `${this.setup.index}.${this.#count++}`);
		return key;
	}
}

/** Positions of `text` that are not strictly inside a marker. */
export function boundaries(text: string): number[] {
	const inside = new Set<number>();
	for (const match of text.matchAll(/<\d+:\d+>/g)) {
		for (let i = match.index + 1; i < match.index + match[0].length; i++) inside.add(i);
	}
	const result: number[] = [];
	for (let i = 0; i <= text.length; i++) if (!inside.has(i)) result.push(i);
	return result;
}

/** What must be equal everywhere: the text, the map, and the state vector. */
export function fingerprint(doc: Y.Doc): string {
	const vector = [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b);
	const meta = Object.entries(doc.getMap('meta').toJSON()).sort(([a], [b]) => a.localeCompare(b));
	return JSON.stringify({ text: doc.getText('body').toString(), meta, vector });
}
