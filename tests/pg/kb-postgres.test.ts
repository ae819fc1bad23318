import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMigrationFiles } from '../../server/db/open';
import { openPostgresStore } from '../../server/db/postgres-store';
import type { Store } from '../../server/db/store';
import { KbService } from '../../server/services/kb';
import { ClientService } from '../../server/services/clients';
import { KbSearchService } from '../../server/services/kb-search';
import { migrate } from '../../src/lib/db/migrate';
import { memoryRooms } from '../helpers/kb';
import { writeDemoArticleBody } from '../../src/lib/domain/demo-kb';

// Knowledge-base revisions and search on PostgreSQL. Revision numbers on PostgreSQL, where transactions really run side by side (PGlite runs one
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
	const { rooms } = memoryRooms();
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

it('searches published articles on PostgreSQL as on PGlite: stemming, typos, prefixes, suggestions', async () => {
	await store.exec(`insert into client (id, name, industry, languages, time_zone) values ('c2', 'Two', 'ecommerce', '{fr,de}', 'UTC')`);
	const { rooms, doc } = memoryRooms();
	const kb = new KbService(store, rooms);
	const search = new KbSearchService(store, new ClientService(store));
	const director = { id: 'dir', role: 'director' as const };
	const publish = async (title: string, language: 'fr' | 'de', text: string) => {
		const { id } = await kb.create(director, { clientId: 'c2', title, language });
		writeDemoArticleBody(doc(`kb.${id}`), [{ type: 'paragraph', text }]);
		await kb.publish(director, id);
		return id;
	};
	const delivery = await publish('Suivi des livraisons', 'fr', 'Chaque colis part sous 48 heures.');
	const refund = await publish('Rückerstattung beantragen', 'de', 'Die Rückerstattung dauert 14 Tage.');

	const ids = async (q: string) => (await search.search(director, { q, limit: 20 })).map((r) => r.id);
	expect(await ids('livraison')).toEqual([delivery]);
	expect(await ids('Rueckerstattung')).toEqual([refund]);
	expect(await ids('Rückerst')).toEqual([refund]);
	const [hit] = await search.search(director, { q: 'rückerstattung', limit: 20 });
	expect(hit?.snippet).toContain('<mark>Rückerstattung</mark>');
	const suggested = await search.suggest(director, { clientId: 'c2', language: 'de', subject: 'Rückerstattung?', messages: ['Wann kommt meine Rückerstattung?'] });
	expect(suggested.map((r) => r.id)).toEqual([refund]);
});
