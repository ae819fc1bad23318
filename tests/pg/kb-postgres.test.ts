import { expect, it } from 'vitest';
import { usePostgresStore } from '../helpers/postgres';
import { KbService } from '../../server/services/kb';
import { ClientService } from '../../server/services/clients';
import { KbSearchService } from '../../server/services/kb-search';
import { memoryRooms } from '../helpers/kb';
import { writeDemoArticleBody } from '../../src/lib/domain/demo-kb';

// Knowledge-base revisions and search on PostgreSQL. Revision numbers on PostgreSQL, where transactions really run side by side (PGlite runs one
// at a time): services of separate instances — each with its own in-process queue — publishing
// the same article at once must still take 1..n, each number once.

const pgdb = usePostgresStore('kb', async (store) => {
	await store.exec(`
		insert into app_user (id, email, name, role, password_hash) values ('dir', 'd@x.test', 'Dee', 'director', 'x');
		insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', '{en}', 'UTC');
	`);
});

it('numbers concurrent publishes of one article from several instances 1..n without a duplicate', async () => {
	const { rooms } = memoryRooms();
	// One service per publish: eight instances, eight transactions at once (the pool holds ten).
	const instances = Array.from({ length: 8 }, () => new KbService(pgdb.store, rooms));
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
	await pgdb.store.exec(`insert into client (id, name, industry, languages, time_zone) values ('c2', 'Two', 'ecommerce', '{fr,de}', 'UTC')`);
	const { rooms, doc } = memoryRooms();
	const kb = new KbService(pgdb.store, rooms);
	const search = new KbSearchService(pgdb.store, new ClientService(pgdb.store));
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
