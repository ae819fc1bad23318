import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '../../src/lib/db/migrate';
import { SessionService } from '../../server/auth/sessions';
import { readMigrationFiles } from '../../server/db/open';
import { wrapPglite } from '../../server/db/pglite-store';
import type { Store } from '../../server/db/store';
import type { Logger } from '../../server/log';
import type { SyncOptions } from '../../server/sync/options';
import { RoomPersister } from '../../server/sync/persistence';
import { RoomLog } from '../../server/sync/room-log';
import { SyncService } from '../../server/sync/service';
import { freshPglite } from '../helpers/pglite';
import { eventually, sleep } from './helpers';

/**
 * Rooms on a real PGlite store, in process: loading once under concurrency, batching with a
 * debounce and a maximum wait, compaction and idle unloading — each keeping the state identical.
 */

let store: Store;
const services: SyncService[] = [];
let lines: string[] = [];
const logger: Logger = {
	debug: (m) => lines.push(m),
	info: (m) => lines.push(m),
	warn: (m) => lines.push(m),
	error: (m) => lines.push(m)
};

const OPTIONS: SyncOptions = {
	maxMessageBytes: 1 << 20,
	flushDebounceMs: 30,
	flushMaxWaitMs: 100,
	compactRows: 10,
	roomIdleMs: 60_000,
	awarenessThrottleMs: 0
};

function service(options: Partial<SyncOptions> = {}): SyncService {
	const sync = new SyncService({ store, sessions: new SessionService(store, 10), logger, options: { ...OPTIONS, ...options } });
	services.push(sync);
	return sync;
}

const rowsOf = async (room: string) =>
	Number((await store.query<{ n: number }>('select count(*)::int as n from room_update where room = $1', [room])).rows[0]!.n);
const snapshot = (doc: Y.Doc) => ({ map: doc.getMap('m').toJSON(), text: doc.getText('t').toString(), vector: [...Y.decodeStateVector(Y.encodeStateVector(doc))] });

beforeEach(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	lines = [];
});
afterEach(async () => {
	for (const sync of services.splice(0)) await sync.close();
	await store.close();
});

describe('the server as a peer', () => {
	it('withRoom changes, stores before resolving, and readRoom reads; a new process sees the same', async () => {
		const sync = service();
		const result = await sync.withRoom('playbook.peer-api', (doc) => {
			doc.getMap('m').set('seeded', true);
			doc.getText('t').insert(0, 'hello');
			return 'done';
		});
		expect(result).toBe('done');
		expect(await rowsOf('playbook.peer-api')).toBe(1);
		const read = await sync.readRoom('playbook.peer-api', snapshot);
		expect(read.map).toEqual({ seeded: true });
		expect(await service().readRoom('playbook.peer-api', snapshot)).toEqual(read);
	});

	it('refuses names outside the contract', async () => {
		await expect(service().withRoom('not a room', () => 1)).rejects.toThrow(/Not a room name/);
	});

	it('loads a room once however many callers arrive together', async () => {
		const sync = service();
		await sync.withRoom('playbook.concurrent', (doc) => doc.getMap('m').set('a', 1));
		const fresh = service();
		const reads = await Promise.all(Array.from({ length: 20 }, () => fresh.readRoom('playbook.concurrent', snapshot)));
		expect(new Set(reads.map((r) => JSON.stringify(r))).size).toBe(1);
		expect(lines.filter((l) => l.startsWith('sync: loaded playbook.concurrent')).length).toBe(2); // once per service
	});
});

describe('compaction and idle unloading keep the state identical', () => {
	it('compacts the log into one row at the threshold', async () => {
		const sync = service();
		for (let i = 0; i < 25; i++) {
			await sync.withRoom('playbook.compact', (doc) => {
				doc.getMap('m').set(`k${i % 7}`, i);
				doc.getText('t').insert(doc.getText('t').length, `${i},`);
				if (i % 5 === 4) doc.getText('t').delete(0, 2);
			});
		}
		const before = await sync.readRoom('playbook.compact', snapshot);
		// The log never reaches 10 rows: writes 1–9 append, the 10th replaces all by one row,
		// 11–18 append, the 19th compacts again, 20–25 append: 7 rows.
		expect(await rowsOf('playbook.compact')).toBe(7);
		expect(lines.filter((l) => l.startsWith('sync: compacted playbook.compact')).length).toBe(2);
		expect(await service().readRoom('playbook.compact', snapshot)).toEqual(before);
	});

	it('compacts a room rewritten whole again and again once its rows outweigh its state', async () => {
		const sync = service({ compactRows: 1000 });
		const text = 'x'.repeat(40 * 1024);
		// Each write replaces the whole 40 KB text: the state stays ~40 KB, the log grows 40 KB a write.
		for (let i = 0; i < 12; i++) {
			await sync.withRoom('playbook.rewritten', (doc) => {
				const t = doc.getText('t');
				t.delete(0, t.length);
				t.insert(0, `${i}${text}`);
			});
		}
		const before = await sync.readRoom('playbook.rewritten', snapshot);
		expect(lines.some((l) => l.startsWith('sync: compacted playbook.rewritten'))).toBe(true);
		expect(await rowsOf('playbook.rewritten')).toBeLessThan(8);
		const { rows } = await store.query<{ bytes: number }>(
			'select sum(length(data))::int as bytes from room_update where room = $1',
			['playbook.rewritten']
		);
		expect(rows[0]!.bytes).toBeLessThan(64 * 1024 + 2 * 45 * 1024);
		expect(await service().readRoom('playbook.rewritten', snapshot)).toEqual(before);
	});

	it('unloads an idle room (destroying its doc) and reloads it identical', async () => {
		const sync = service({ roomIdleMs: 50 });
		await sync.withRoom('playbook.idle', (doc) => doc.getText('t').insert(0, 'idle text'));
		const before = await sync.readRoom('playbook.idle', snapshot);
		let kept: Y.Doc | undefined;
		await sync.readRoom('playbook.idle', (doc) => (kept = doc));
		await eventually(() => expect(sync.loadedRooms()).not.toContain('playbook.idle'));
		expect(kept!.isDestroyed).toBe(true);
		expect(lines.some((l) => l.startsWith('sync: unloaded playbook.idle'))).toBe(true);
		expect(await sync.readRoom('playbook.idle', snapshot)).toEqual(before);
	});
});

describe('batched writes', () => {
	async function persister(
		options: { flushDebounceMs: number; flushMaxWaitMs: number; compactRows: number },
		log = new RoomLog(store)
	) {
		const doc = new Y.Doc();
		const saved: Uint8Array[] = [];
		const p = new RoomPersister('playbook.batch', doc, [], log, options, logger, (v) => saved.push(v));
		doc.on('update', () => p.changed());
		return { doc, saved, p };
	}

	it('keeps a batch whose write failed and stores it with the next one; nothing is acknowledged early', async () => {
		class FlakyLog extends RoomLog {
			failures = 1;
			override async append(room: string, update: Uint8Array): Promise<number> {
				if (this.failures-- > 0) throw new Error('disk full');
				return super.append(room, update);
			}
		}
		const { doc, saved, p } = await persister({ flushDebounceMs: 10_000, flushMaxWaitMs: 10_000, compactRows: 1000 }, new FlakyLog(store));
		doc.getText('t').insert(0, 'first ');
		expect(await p.flush()).toBe(false);
		expect(saved).toHaveLength(0);
		expect(p.dirty).toBe(true);
		doc.getText('t').insert(6, 'second');
		expect(await p.flush()).toBe(true);
		expect(saved).toEqual([Y.encodeStateVector(doc)]);
		const { updates } = await new RoomLog(store).load('playbook.batch');
		const restored = new Y.Doc();
		Y.applyUpdate(restored, Y.mergeUpdates(updates));
		expect(restored.getText('t').toString()).toBe('first second');
		expect(lines.some((l) => l.includes('could not store 1 updates of playbook.batch'))).toBe(true);
		p.stop();
	});

	it('debounces, but writes at least every max-wait while changes keep coming; only when dirty', async () => {
		const { doc, saved, p } = await persister({ flushDebounceMs: 80, flushMaxWaitMs: 200, compactRows: 1000 });
		expect(await p.flush()).toBe(true);
		expect(await rowsOf('playbook.batch')).toBe(0);
		const started = Date.now();
		while (Date.now() - started < 1000) {
			doc.getMap('m').set('tick', Date.now());
			await sleep(20);
		}
		const rows = await rowsOf('playbook.batch');
		// ~50 changes: not one row each (debounce), not none until the end (max wait).
		expect(rows).toBeGreaterThanOrEqual(3);
		expect(rows).toBeLessThanOrEqual(7);
		await p.flush();
		expect(saved.at(-1)).toEqual(Y.encodeStateVector(doc));
		p.stop();
	});

	it('compacts only the rows it knows: rows another instance appended meanwhile survive', async () => {
		const { doc, p } = await persister({ flushDebounceMs: 0, flushMaxWaitMs: 0, compactRows: 3 });
		doc.getMap('m').set('a', 1);
		await p.flush();
		const other = new Y.Doc();
		other.getMap('m').set('from-elsewhere', 1);
		await new RoomLog(store).append('playbook.batch', Y.encodeStateAsUpdate(other));
		doc.getMap('m').set('b', 2);
		await p.flush();
		doc.getMap('m').set('c', 3);
		await p.flush();
		const { updates } = await new RoomLog(store).load('playbook.batch');
		expect(updates).toHaveLength(2);
		const merged = new Y.Doc();
		Y.applyUpdate(merged, Y.mergeUpdates(updates));
		expect(merged.getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3, 'from-elsewhere': 1 });
		p.stop();
	});
});
