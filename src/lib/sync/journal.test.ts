import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { noteBody } from '$lib/domain/notes';
import { browserPglite } from '../../../tests/helpers/pglite';
import type { SyncDb } from './db';
import { storageJournal, type UpdateJournal } from './journal';
import { RoomRegistry } from './registry';
import { readStoredDoc } from './room-log';

/** localStorage as browsers have it: strings only, a quota. */
class MemoryStorage implements Storage {
	readonly #items = new Map<string, string>();
	constructor(private readonly quota = Infinity) {}
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		const used = [...this.#items.values()].reduce((sum, item) => sum + item.length, 0);
		if (used + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.#items.set(key, String(value));
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	clear() {
		this.#items.clear();
	}
}

describe('storageJournal', () => {
	it('keeps entries per room until released or forgotten', () => {
		const storage = new MemoryStorage();
		storage.setItem('theme', 'dark');
		const journal = storageJournal(storage);
		const a = journal.record('notes.client-aaa', new Uint8Array([1, 2, 3]))!;
		const b = journal.record('notes.client-aaa', new Uint8Array([4]))!;
		journal.record('kb.client-bbb.article-1', new Uint8Array([5]));
		expect(a).not.toBe(b);
		expect(journal.rooms().sort()).toEqual(['kb.client-bbb.article-1', 'notes.client-aaa']);
		expect(journal.entries('notes.client-aaa').map((entry) => [...entry.update]).sort()).toEqual([[1, 2, 3], [4]]);
		// A room whose name starts like another's is not mixed up with it.
		expect(journal.entries('notes.client-a')).toEqual([]);

		journal.release([a, 'unknown']);
		expect(journal.entries('notes.client-aaa').map((entry) => entry.key)).toEqual([b]);
		journal.forget('notes.client-aaa');
		expect(journal.rooms()).toEqual(['kb.client-bbb.article-1']);
		expect(storage.getItem('theme')).toBe('dark');
	});

	it('skips the journal when storage is full, and drops an unreadable entry', () => {
		const errors: string[] = [];
		const storage = new MemoryStorage(16);
		const journal = storageJournal(storage, (message) => errors.push(message));
		expect(journal.record('notes.client-aaa', new Uint8Array(64))).toBeNull();
		expect(errors).toEqual(['sync: could not journal an edit of notes.client-aaa']);
		storage.setItem('ops-console:journal:notes.client-aaa x', '%%%');
		expect(journal.entries('notes.client-aaa')).toEqual([]);
		expect(storage.length).toBe(0);
	});
});

describe('an edit the page could not store before it went', () => {
	let db: SyncDb;
	let close: () => Promise<void>;
	beforeAll(async () => {
		const { pg, db: syncDb } = await browserPglite();
		db = syncDb;
		close = () => pg.close();
	});
	afterAll(async () => close());

	const registry = (options: { db: SyncDb; journal: UpdateJournal }) => {
		const created = new RoomRegistry({
			...options,
			url: 'ws://127.0.0.1:9/sync',
			WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
			disableBc: true,
			graceMs: 0
		});
		created.setOnline(false);
		return created;
	};

	it('is stored by the next page from the journal, which is then emptied', async () => {
		const storage = new MemoryStorage();
		// The first page's store never answers: the page goes before the write lands.
		let gone = false;
		const stuck: SyncDb = {
			query: (sql, params) => db.query(sql, params),
			transaction: (fn) => (gone ? new Promise<never>(() => undefined) : db.transaction(fn))
		};
		const first = registry({ db: stuck, journal: storageJournal(storage) });
		const { room } = first.open('notes.client-jjj');
		await room.loaded;
		gone = true;
		noteBody(room.doc).insert(0, 'typed just before the reload');
		expect(storage.length).toBe(1);
		expect((await readStoredDoc(db, 'notes.client-jjj')).getText('body').toString()).toBe('');

		// The next page: the registry resumes the room from the journal without anyone opening it.
		const journal = storageJournal(storage);
		const second = registry({ db, journal });
		expect(await second.resume()).toContain('notes.client-jjj');
		await expect.poll(async () => (await readStoredDoc(db, 'notes.client-jjj')).getText('body').toString()).toBe('typed just before the reload');
		await expect.poll(() => storage.length).toBe(0);
		// It counts as this device's edit, waiting for the server.
		const reopened = second.open('notes.client-jjj');
		await reopened.room.loaded;
		expect(reopened.room.pending).toBeGreaterThan(0);
		reopened.release();
		await second.close();
	});

	it('is released once stored, and kept while the store fails', async () => {
		const storage = new MemoryStorage();
		let fail = true;
		const flaky: SyncDb = {
			query: (sql, params) => db.query(sql, params),
			transaction: (fn) => (fail ? Promise.reject(new Error('disk full')) : db.transaction(fn))
		};
		const live = new RoomRegistry({
			db: flaky,
			journal: storageJournal(storage),
			url: 'ws://127.0.0.1:9/sync',
			WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
			disableBc: true,
			graceMs: 0,
			retryMs: 10,
			log: () => undefined
		});
		live.setOnline(false);
		const { room, release } = live.open('notes.client-kkk');
		await room.loaded;
		noteBody(room.doc).insert(0, 'a');
		noteBody(room.doc).insert(1, 'b');
		await room.flush();
		expect(room.storeFailing).toBe(true);
		expect(storage.length).toBe(2);
		fail = false;
		await expect.poll(() => storage.length).toBe(0);
		expect((await readStoredDoc(db, 'notes.client-kkk')).getText('body').toString()).toBe('ab');
		release();
		await live.close();
	});
});
