import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { noteBody, stampNote } from '$lib/domain/notes';
import type { TableRows } from '$lib/domain/projections';
import { browserPglite } from '../../../tests/helpers/pglite';
import type { SyncDb } from './db';
import { applyProjection } from './apply-projection';
import { RoomRegistry, type RegistryOptions } from './registry';
import { readStoredDoc } from './room-log';

/**
 * The registry on a real PGlite with the browser schema, offline (no server: the sync paths
 * are covered by tests/convergence and tests/e2e/sync.test.ts).
 */

let db: SyncDb;
let pgClose: () => Promise<void>;
const registries: RoomRegistry[] = [];

beforeAll(async () => {
	const { pg, db: syncDb } = await browserPglite();
	db = syncDb;
	pgClose = () => pg.close();
});
afterAll(async () => {
	await Promise.all(registries.map((registry) => registry.close()));
	await pgClose();
});

function offlineRegistry(options: Partial<RegistryOptions> = {}): RoomRegistry {
	const registry = new RoomRegistry({
		db,
		url: 'ws://127.0.0.1:9/sync',
		WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		graceMs: 0,
		...options
	});
	registry.setOnline(false);
	registries.push(registry);
	return registry;
}

const rows = async (room: string) =>
	(await db.query<{ n: number }>('select count(*)::int as n from room_update where room = $1', [room]))[0]!.n;

describe('room registry (offline)', () => {
	it('stores every edit and its projection in one go, and restores them on reopen', async () => {
		const registry = offlineRegistry();
		const lease = registry.open('notes.client-aaa');
		const { room } = lease;
		await room.loaded;
		expect(room.status).toBe('offline');
		room.doc.transact(() => {
			noteBody(room.doc).insert(0, 'Hello');
			stampNote(room.doc, { id: 'u1', name: 'Claire' }, Date.UTC(2026, 0, 1));
		});
		noteBody(room.doc).insert(5, ' world');
		expect(room.pending).toBe(5 + 3 + 6);
		await room.flush();
		// Both edits arrived in the same tick: one transaction, one row.
		expect(await rows('notes.client-aaa')).toBe(1);
		expect(await db.query('select client_id, body, updated_by_name from client_note')).toEqual([
			{ client_id: 'client-aaa', body: 'Hello world', updated_by_name: 'Claire' }
		]);
		const [sync] = await db.query<{ own: string[]; pending: number }>(
			'select own_clients::text[] as own, pending from room_sync where room = $1',
			['notes.client-aaa']
		);
		expect(sync).toEqual({ own: [String(room.doc.clientID)], pending: 14 });

		lease.release();
		await registry.close();
		// A reload: a new registry and doc (a new client id); the count of unconfirmed edits holds.
		const again = offlineRegistry().open('notes.client-aaa');
		await again.room.loaded;
		expect(noteBody(again.room.doc).toString()).toBe('Hello world');
		expect(again.room.doc.clientID).not.toBe(room.doc.clientID);
		expect(again.room.pending).toBe(14);
		again.release();
	});

	it('compacts the local log past the threshold, keeping the state', async () => {
		const registry = offlineRegistry({ compactRows: 4 });
		const { room, release } = registry.open('notes.client-bbb');
		await room.loaded;
		for (let i = 0; i < 10; i++) {
			noteBody(room.doc).insert(0, String(i));
			await room.flush();
			expect(await rows('notes.client-bbb')).toBeLessThanOrEqual(4);
		}
		expect((await readStoredDoc(db, 'notes.client-bbb')).getText('body').toString()).toBe('9876543210');
		release();
	});

	it('keeps a released room with unconfirmed edits open, and resumes such rooms after a restart', async () => {
		const registry = offlineRegistry({ graceMs: 10 });
		const first = registry.open('notes.client-ccc');
		const second = registry.open('notes.client-ccc');
		expect(second.room).toBe(first.room);
		await first.room.loaded;
		noteBody(first.room.doc).insert(0, 'offline edit');
		first.release();
		first.release();
		second.release();
		await new Promise((resolve) => setTimeout(resolve, 50));
		// Still held in the background: the server has not confirmed the edit yet.
		expect(registry.rooms.map((room) => room.name)).toEqual(['notes.client-ccc']);
		expect(registry.summary().pending).toBe(12);
		await registry.close();

		const restarted = offlineRegistry({ graceMs: 10 });
		expect(await restarted.resume()).toContain('notes.client-ccc');
		expect(restarted.rooms.map((room) => room.name)).toContain('notes.client-ccc');
		const [resumed] = restarted.rooms.filter((room) => room.name === 'notes.client-ccc');
		await resumed!.loaded;
		expect(resumed!.pending).toBe(12);
	});

	it('retries a failed write and loses nothing', async () => {
		let failures = 2;
		const flaky: SyncDb = {
			query: (sql, params) => db.query(sql, params),
			transaction: (fn) => {
				if (failures-- > 0) return Promise.reject(new Error('disk full'));
				return db.transaction(fn);
			}
		};
		const errors: string[] = [];
		const registry = offlineRegistry({ db: flaky, retryMs: 10, log: (message) => errors.push(message) });
		const { room, release } = registry.open('notes.client-ddd');
		await room.loaded;
		noteBody(room.doc).insert(0, 'kept');
		await room.flush();
		expect(room.storeFailing).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(room.storeFailing).toBe(false);
		expect(errors.length).toBeGreaterThan(0);
		expect((await readStoredDoc(db, 'notes.client-ddd')).getText('body').toString()).toBe('kept');
		release();
	});

	it('waits for a closing room to be written before restoring it again', async () => {
		const registry = offlineRegistry({ graceMs: 0 });
		const lease = registry.open('notes.client-eee');
		await lease.room.loaded;
		const update = (() => {
			const doc = new Y.Doc();
			noteBody(doc).insert(0, 'remote');
			return Y.encodeStateAsUpdate(doc);
		})();
		// As if it came from the server: not this device's edit, so nothing is pending.
		Y.applyUpdate(lease.room.doc, update, lease.room.provider);
		expect(lease.room.pending).toBe(0);
		lease.release();
		await new Promise((resolve) => setTimeout(resolve, 5));
		const reopened = registry.open('notes.client-eee');
		expect(reopened.room).not.toBe(lease.room);
		await reopened.room.loaded;
		expect(noteBody(reopened.room.doc).toString()).toBe('remote');
		reopened.release();
	});

	it('refuses names outside the contract', () => {
		expect(() => offlineRegistry().open('notes.x')).toThrow(/Not a room name/);
	});
});

describe('applyProjection', () => {
	it('replaces the scope’s rows, in chunks, and refuses identifiers it would splice badly', async () => {
		const rows = Array.from({ length: 7000 }, (_, i) => ({
			client_id: `bulk-${i}`,
			body: `note ${i}`,
			updated_at: null,
			updated_by: null,
			updated_by_name: null
		}));
		await db.transaction((tx) => applyProjection(tx, [{ table: 'client_note', scope: { updated_by: 'bulk' }, rows }]));
		expect((await db.query<{ n: number }>("select count(*)::int as n from client_note where client_id like 'bulk-%'"))[0]!.n).toBe(7000);
		await db.transaction(async (tx) => {
			await tx.query("delete from client_note where client_id like 'bulk-%'");
		});

		const bad: TableRows[] = [
			{ table: 'client_note; drop table room_update', scope: { client_id: 'x' }, rows: [] },
			{ table: 'client_note', scope: {}, rows: [] },
			{ table: 'client_note', scope: { client_id: 'x' }, rows: [{ client_id: 'x', body: 'a' }, { body: 'b', client_id: 'x' }] }
		];
		for (const table of bad) {
			await expect(db.transaction((tx) => applyProjection(tx, [table]))).rejects.toThrow();
		}
		// The refused statements rolled back: other rooms' rows are untouched.
		expect(await db.query("select 1 from client_note where client_id = 'client-aaa'")).toHaveLength(1);
	});
});
