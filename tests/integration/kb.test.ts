import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '../../src/lib/db/migrate';
import type { Client } from '../../src/lib/domain/directory';
import type { KbArticle } from '../../src/lib/domain/kb';
import { CLOSE } from '../../src/lib/protocol/rooms';
import { readMigrationFiles } from '../../server/db/open';
import { wrapPglite } from '../../server/db/pglite-store';
import type { Store } from '../../server/db/store';
import { KbService, type RoomWriter } from '../../server/services/kb';
import { freshPglite } from '../helpers/pglite';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import { eventually, RawPeer, signIn, TestPeer, type Session } from '../sync/helpers';

/**
 * Knowledge-base articles through the real built server: the API's rules per role, and the
 * article's room seeded by the server as another peer sees it. Then, in process on a PGlite,
 * what the API cannot reach: published articles for heroes, a failed seed, an old data dir.
 */

let server: RunningServer;
let clients: Client[];
const who = {} as Record<'director' | 'associate' | 'hero', Session>;

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['director', 'associate', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const list = async (api: ApiClient, clientId?: string) => {
	const response = await api.get(`/api/kb/articles${clientId === undefined ? '' : `?clientId=${clientId}`}`);
	expect(response.status).toBe(200);
	return (await response.json()) as KbArticle[];
};

async function create(api: ApiClient, body: Record<string, unknown>): Promise<string> {
	const response = await api.post('/api/kb/articles', body);
	expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
	const { id } = (await response.json()) as { id: string };
	expect(id).toMatch(/^[a-z0-9]{16}$/);
	return id;
}

const message = async (response: Response) => ((await response.json()) as { message: string }).message;

/** A client assigned to the hero (and so a client whose drafts the hero must still not see). */
const heroClient = () => who.hero.me.clientIds[0]!;
/** One of the languages the client is served in (`nth`, or the first). */
const lang = (clientId: string, nth = 0) => {
	const { languages } = clients.find((c) => c.id === clientId)!;
	return languages[nth] ?? languages[0]!;
};
const notAssociates = () => clients.find((c) => !who.associate.me.clientIds.includes(c.id))!.id;

describe('creating and listing articles', () => {
	let id: string;

	beforeAll(async () => {
		id = await create(who.director.api, { clientId: heroClient(), title: '  Refund policy ', language: lang(heroClient()) });
	});

	it('answers 201 with the id, and lists the article for its client', async () => {
		const [article] = (await list(who.director.api, heroClient())).filter((a) => a.id === id);
		expect(article).toEqual({
			id,
			clientId: heroClient(),
			title: 'Refund policy',
			language: lang(heroClient()),
			category: null,
			status: 'draft',
			translationOf: null,
			updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
			publishedRevision: null,
			publishedAt: null,
			sourceChanged: false,
			ownerId: who.director.me.id,
			ownerName: who.director.me.name,
			verifyIntervalDays: 90,
			verifiedAt: null,
			verifiedByName: null,
			needsVerification: true,
			reverifyReason: null
		});
		expect((await list(who.director.api)).map((a) => a.id)).toContain(id);
	});

	it('seeds the room kb.<id> on the server: metadata and one empty paragraph', async () => {
		const peer = new TestPeer(server.url, `kb.${id}`, who.director.cookie);
		try {
			await eventually(() => expect(peer.provider.synced).toBe(true));
			expect(peer.access).toBe('read-write');
			const meta = peer.doc.getMap('meta').toJSON() as Record<string, unknown>;
			expect(meta).toEqual({
				title: 'Refund policy',
				language: lang(heroClient()),
				clientId: heroClient(),
				category: null,
				translationOf: null,
				createdBy: who.director.me.id,
				createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/)
			});
			const body = peer.doc.getXmlFragment('body');
			expect(body.toString()).toBe('<paragraph></paragraph>');
			expect(body.get(0)).toBeInstanceOf(Y.XmlElement);
			expect((body.get(0) as Y.XmlElement).get(0)).toBeInstanceOf(Y.XmlText);
		} finally {
			peer.destroy();
		}
	});

	it('lets an assigned associate create, with a category and a translation of the same client', async () => {
		const clientId = who.associate.me.clientIds[0]!;
		const original = await create(who.associate.api, { clientId, title: 'Shipping times', language: lang(clientId), category: ' Delivery ' });
		const translation = await create(who.associate.api, {
			clientId,
			title: 'Délais de livraison',
			language: lang(clientId, 1),
			category: '',
			translationOf: original
		});
		const articles = await list(who.associate.api, clientId);
		expect(articles.find((a) => a.id === original)).toMatchObject({ category: 'Delivery', translationOf: null });
		expect(articles.find((a) => a.id === translation)).toMatchObject({ category: null, translationOf: original });
		// Ordered by title, case aside.
		const titles = articles.map((a) => a.title.toLowerCase());
		expect(titles).toEqual([...titles].sort());
	});

	it('keeps drafts from heroes, and refuses them to write (403) and to open kb.<id> (4403)', async () => {
		const hero = who.hero.api;
		expect((await list(hero)).map((a) => a.id)).not.toContain(id);
		expect((await list(hero, heroClient())).map((a) => a.id)).not.toContain(id);
		const refused = await hero.post('/api/kb/articles', { clientId: heroClient(), title: 'Mine', language: 'en' });
		expect(refused.status).toBe(403);
		// Even a body that names no client at all: the role is refused before anything is read.
		expect((await hero.post('/api/kb/articles', {})).status).toBe(403);
		const peer = new RawPeer(server.url, `kb.${id}`, { cookie: who.hero.cookie });
		expect((await peer.closed).code).toBe(CLOSE.forbidden);
	});

	it("refuses an associate a client not assigned to them (403), for writing and listing", async () => {
		const response = await who.associate.api.post('/api/kb/articles', { clientId: notAssociates(), title: 'Nope', language: 'en' });
		expect(response.status).toBe(403);
		expect((await who.associate.api.get(`/api/kb/articles?clientId=${notAssociates()}`)).status).toBe(403);
		expect((await list(who.director.api, notAssociates())).map((a) => a.title)).not.toContain('Nope');
	});

	it('answers 400 with a message for bad input and creates nothing', async () => {
		const before = await list(who.director.api);
		for (const [body, pattern] of [
			[{ clientId: heroClient(), title: 'Valid', language: 'xx' }, /language/],
			[{ clientId: heroClient(), title: '   ', language: 'en' }, /title/],
			[{ clientId: heroClient(), title: 'x'.repeat(201), language: 'en' }, /title/],
			[{ clientId: heroClient(), title: 'Valid', language: 'en', category: 'x'.repeat(81) }, /category/],
			[{ title: 'Valid', language: 'en' }, /clientId/]
		] as const) {
			const response = await who.director.api.post('/api/kb/articles', body);
			expect(response.status, JSON.stringify(body)).toBe(400);
			expect(await message(response)).toMatch(pattern);
		}
		expect(await list(who.director.api)).toEqual(before);
	});

	it("refuses translationOf naming another client's article, or none, with 400", async () => {
		const other = clients.find((c) => c.id !== heroClient())!.id;
		const before = await list(who.director.api);
		for (const translationOf of [id, 'nosucharticle1']) {
			const response = await who.director.api.post('/api/kb/articles', { clientId: other, title: 'Translated', language: lang(other), translationOf });
			expect(response.status).toBe(400);
			expect(await message(response)).toMatch(/translationOf.*same client/);
		}
		expect(await list(who.director.api)).toEqual(before);
	});

	it("answers 400 for a language the client is not served in, and 403 to admins (they do not edit the knowledge base)", async () => {
		const before = await list(who.director.api);
		const served = clients.find((c) => c.id === heroClient())!.languages;
		const other = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv'].find((l) => !served.includes(l as never))!;
		const response = await who.director.api.post('/api/kb/articles', { clientId: heroClient(), title: 'Elsewhere', language: other });
		expect(response.status).toBe(400);
		expect(await message(response)).toMatch(/client's languages/);
		const admin = await signIn(server.url, 'admin@demo.test');
		const refused = await admin.api.post('/api/kb/articles', { clientId: heroClient(), title: 'Admin', language: lang(heroClient()) });
		expect(refused.status).toBe(403);
		expect(await list(who.director.api)).toEqual(before);
	});

	it('answers 404 for an unknown client, and 401 signed out', async () => {
		const unknown = await who.director.api.post('/api/kb/articles', { clientId: 'nosuchclient', title: 'X', language: 'en' });
		expect(unknown.status).toBe(404);
		const anonymous = new ApiClient(server.url);
		expect((await anonymous.get('/api/kb/articles')).status).toBe(401);
		expect((await anonymous.post('/api/kb/articles', { clientId: heroClient(), title: 'X', language: 'en' })).status).toBe(401);
	});
});

describe('KbService on a PGlite (in process)', () => {
	let store: Store;
	let doc: Y.Doc;
	const rooms: RoomWriter = { withRoom: async (_name, change) => change(doc), readRoom: async (_name, read) => read(doc) };

	beforeAll(async () => {
		store = wrapPglite(await freshPglite());
		await migrate(store, readMigrationFiles(), 'server');
		await store.exec(`
			insert into app_user (id, email, name, role, password_hash) values
				('dir', 'd@x.test', 'D', 'director', 'x'), ('hero', 'h@x.test', 'H', 'hero', 'x');
			insert into client (id, name, industry, languages, time_zone) values
				('c1', 'One', 'banking', '{en}', 'UTC'), ('c2', 'Two', 'banking', '{de}', 'UTC');
			insert into client_assignment (user_id, client_id) values ('hero', 'c1');
		`);
	});
	afterAll(() => store.close());

	it('shows heroes the published articles of their clients only', async () => {
		doc = new Y.Doc();
		const kb = new KbService(store, rooms);
		const director = { id: 'dir', role: 'director' as const };
		const draft = await kb.create(director, { clientId: 'c1', title: 'b draft', language: 'en' });
		const published = await kb.create(director, { clientId: 'c1', title: 'A published', language: 'en' });
		const elsewhere = await kb.create(director, { clientId: 'c2', title: 'c elsewhere', language: 'de' });
		await store.query(`update kb_article set status = 'published' where id in ($1, $2)`, [published.id, elsewhere.id]);

		const hero = { id: 'hero', role: 'hero' as const };
		expect((await kb.list(hero)).map((a) => a.id)).toEqual([published.id]);
		expect((await kb.list(director)).map((a) => a.id)).toEqual([published.id, draft.id, elsewhere.id]);
		expect((await kb.list(director, 'c2')).map((a) => a.id)).toEqual([elsewhere.id]);
		await expect(kb.list(hero, 'c2')).rejects.toMatchObject({ status: 403 });
		await expect(kb.list(hero, 'nosuchclient')).rejects.toMatchObject({ status: 403 });
		await expect(kb.create(hero, { clientId: 'nosuchclient', title: 'x', language: 'en' })).rejects.toMatchObject({ status: 403 });
	});

	it('verification: owned by the author, needed until verified, again after the interval or when asked', async () => {
		doc = new Y.Doc();
		const kb = new KbService(store, rooms);
		const director = { id: 'dir', role: 'director' as const };
		const { id } = await kb.create(director, { clientId: 'c1', title: 'To verify', language: 'en' });
		const row = async () => (await kb.list(director, 'c1')).find((a) => a.id === id)!;
		expect(await row()).toMatchObject({ ownerId: 'dir', ownerName: 'D', verifyIntervalDays: 90, verifiedAt: null, needsVerification: true });

		await kb.verify(director, id);
		expect(await row()).toMatchObject({ needsVerification: false, verifiedByName: 'D', reverifyReason: null });
		// 91 days later the 90-day interval has passed.
		await store.query(`update kb_article set verified_at = now() - interval '91 days' where id = $1`, [id]);
		expect((await row()).needsVerification).toBe(true);
		await kb.setVerification(director, id, { verifyIntervalDays: 120 });
		expect((await row()).needsVerification).toBe(false);
		// A QA finding citing it asks again, whatever the interval says.
		await kb.markForReverification(id, 'QA review #12: wrong refund window');
		expect(await row()).toMatchObject({ needsVerification: true, reverifyReason: 'QA review #12: wrong refund window' });
		await kb.verify(director, id);
		expect(await row()).toMatchObject({ needsVerification: false, reverifyReason: null });

		await expect(kb.verify({ id: 'hero', role: 'hero' }, id)).rejects.toMatchObject({ status: 403 });
		await expect(kb.setVerification(director, id, { ownerId: 'hero' })).rejects.toMatchObject({ status: 400 });
		await expect(kb.markForReverification('nosucharticle', 'x')).rejects.toMatchObject({ status: 404 });
	});

	it('leaves no row behind when the room cannot be seeded', async () => {
		const failing: RoomWriter = { withRoom: () => Promise.reject(new Error('disk full')), readRoom: () => Promise.reject(new Error('disk full')) };
		const kb = new KbService(store, failing);
		const before = await store.query('select id from kb_article');
		await expect(kb.create({ id: 'dir', role: 'director' }, { clientId: 'c1', title: 'Lost', language: 'en' })).rejects.toThrow('disk full');
		expect((await store.query('select id from kb_article')).rows).toEqual(before.rows);
	});

	it('migrates articles of an older data directory: a title, the client’s first language', async () => {
		const old = wrapPglite(await freshPglite());
		try {
			const files = readMigrationFiles();
			await migrate(old, files.filter((f) => f.name < '0007'), 'server');
			await old.exec(`
				insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', '{de,en}', 'UTC');
				insert into kb_article (id, client_id) values ('old-article', 'c1');
			`);
			expect((await migrate(old, files.filter((f) => f.name < '0008'), 'server')).applied).toEqual(['0007_kb_article.server.sql']);
			const { rows } = await old.query('select title, language, category, status, translation_of, created_by from kb_article');
			expect(rows).toEqual([
				{ title: 'Untitled article', language: 'de', category: null, status: 'draft', translation_of: null, created_by: null }
			]);
			// The defaults were only for old rows: new ones must name a title and a language.
			await expect(old.query(`insert into kb_article (id, client_id, language) values ('x1', 'c1', 'en')`)).rejects.toThrow(/title/);
			await expect(old.query(`insert into kb_article (id, client_id, title) values ('x2', 'c1', 'T')`)).rejects.toThrow(/language/);
			await expect(
				old.query(`insert into kb_article (id, client_id, title, language, status) values ('x3', 'c1', 'T', 'en', 'archived')`)
			).rejects.toThrow(/check/);
		} finally {
			await old.close();
		}
	});
});
