import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMigrationFiles } from '../../server/db/open';
import { openPostgresStore } from '../../server/db/postgres-store';
import type { Store } from '../../server/db/store';
import { KbService, type RoomWriter } from '../../server/services/kb';
import { migrate } from '../../src/lib/db/migrate';

// Revision numbers on PostgreSQL, where transactions really run side by side (PGlite runs one
// at a time): services of separate instances — each with its own in-process queue — publishing
// the same article at once must still take 1..n, each number once.
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = new pg.Client({ connectionString: ADMIN_URL });
const name = `ops_console_test_kb_${Date.now().toString(36)}`;
let store: Store;

beforeAll(async () => {
	await admin.connect();
	await admin.query(`create database ${name}`);
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	store = await openPostgresStore(url.toString());
	await migrate(store, readMigrationFiles(), 'server');
	await store.exec(`
		insert into app_user (id, email, name, role, password_hash) values ('dir', 'd@x.test', 'Dee', 'director', 'x');
		insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', '{en}', 'UTC');
	`);
});
afterAll(async () => {
	await store?.close();
	await admin.query(`drop database if exists ${name}`);
	await admin.end();
});

it('numbers concurrent publishes of one article from several instances 1..n without a duplicate', async () => {
	const docs = new Map<string, Y.Doc>();
	const doc = (room: string) => docs.get(room) ?? docs.set(room, new Y.Doc()).get(room)!;
	const rooms: RoomWriter = {
		withRoom: async (room, change) => {
			let result!: ReturnType<typeof change>;
			doc(room).transact(() => (result = change(doc(room))));
			return result;
		},
		readRoom: async (room, read) => read(doc(room))
	};
	// One service per publish: eight instances, eight transactions at once (the pool holds ten).
	const instances = Array.from({ length: 8 }, () => new KbService(store, rooms));
	const director = { id: 'dir', role: 'director' as const };
	const { id } = await instances[0]!.create(director, { clientId: 'c1', title: 'Raced', language: 'en' });

	for (let round = 0; round < 3; round++) {
		const answers = await Promise.all(instances.map((kb) => kb.publish(director, id)));
		const base = round * instances.length;
		expect(answers.map((a) => a.revision).sort((a, b) => a - b)).toEqual(instances.map((_, i) => base + i + 1));
	}
	const history = (await instances[0]!.revisions(director, id)).map((r) => r.revision);
	expect(history).toEqual(Array.from({ length: 24 }, (_, i) => 24 - i));
});
