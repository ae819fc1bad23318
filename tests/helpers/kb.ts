import { expect } from 'vitest';
import * as Y from 'yjs';
import { readMigrationFiles } from '../../server/db/open';
import { wrapPglite } from '../../server/db/pglite-store';
import type { Store } from '../../server/db/store';
import type { RoomWriter } from '../../server/services/kb';
import { migrate } from '../../src/lib/db/migrate';
import { writeDemoArticleBody } from '../../src/lib/domain/demo-kb';
import { eventually, sleep, type TestPeer } from '../sync/helpers';
import { freshPglite } from './pglite';

/**
 * Replaces an article room's body with one paragraph per line, as the editor stores them, through
 * a live peer, and waits until the server has stored it.
 */
export async function writeParagraphs(peer: TestPeer, lines: string[]): Promise<void> {
	writeDemoArticleBody(
		peer.doc,
		lines.map((text) => ({ type: 'paragraph', text }))
	);
	await eventually(() => expect(peer.allSaved()).toBe(true));
}

export interface MemoryRoomsOptions {
	/** Awaited before a write of `kb-published.*` (one entry per write, in order): a slow room store. */
	publishedWriteDelays?: number[];
	/** When true, writes of `kb-published.*` apply to the doc and then fail, as a failing store does. */
	failPublishedWrites?: boolean;
}

/**
 * Rooms as plain in-memory docs, for services tested in process without a sync server
 * (`KbService`'s `RoomWriter`). `state` may be changed between calls.
 */
export function memoryRooms(state: MemoryRoomsOptions = {}): { rooms: RoomWriter; doc: (name: string) => Y.Doc; state: MemoryRoomsOptions } {
	const docs = new Map<string, Y.Doc>();
	const doc = (name: string) => docs.get(name) ?? docs.set(name, new Y.Doc()).get(name)!;
	const rooms: RoomWriter = {
		withRoom: async (name, change) => {
			const published = name.startsWith('kb-published.');
			if (published) await sleep(state.publishedWriteDelays?.shift() ?? 0);
			let result!: ReturnType<typeof change>;
			doc(name).transact(() => (result = change(doc(name))));
			if (published && state.failPublishedWrites) throw new Error(`Could not store room ${name}`);
			return result;
		},
		readRoom: async (name, read) => read(doc(name))
	};
	return { rooms, doc, state };
}

/**
 * A server store (in-memory PGlite, server schema) holding one director, `dir` ("Dee"), and one
 * client, `c1`, served in `languages`: what the knowledge base's in-process tests start from.
 */
export async function kbStore(languages: string[]): Promise<Store> {
	const store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await store.query(`insert into app_user (id, email, name, role, password_hash) values ('dir', 'd@x.test', 'Dee', 'director', 'x')`);
	await store.query(`insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', $1, 'UTC')`, [languages]);
	return store;
}
