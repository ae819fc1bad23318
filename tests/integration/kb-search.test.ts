import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { articleMeta } from '../../src/lib/domain/kb';
import type { KbSearchResult } from '../../src/lib/domain/kb-search';
import type { Store } from '../../server/db/store';
import { KbService } from '../../server/services/kb';
import { ClientService } from '../../server/services/clients';
import { KbSearchService } from '../../server/services/kb-search';
import { kbStore, memoryRooms, writeParagraphs } from '../helpers/kb';
import { startServer, type ApiClient, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';

/**
 * `GET /api/kb/search` and `POST /api/kb/suggestions` through the real built server: articles
 * written by a real y-websocket peer and published; only published text is found, only for
 * those who may see the client. Then, in process, articles published before search existed.
 */

let server: RunningServer;
let clients: Client[];
const who = {} as Record<'director' | 'associate' | 'associate2' | 'hero', Session>;
const peers: TestPeer[] = [];
let clientId: string;
let otherClientId: string;

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['director', 'associate', 'associate2', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
	// A client of the hero's that is served in English, and one the hero does not serve.
	clientId = clients.find((c) => who.hero.me.clientIds.includes(c.id) && c.languages.includes('en'))!.id;
	otherClientId = clients.find((c) => !who.hero.me.clientIds.includes(c.id))!.id;
});
afterAll(async () => {
	for (const peer of peers) peer.destroy();
	expect(await server.stop()).toBe(0);
});

async function write(id: string, lines: string[]): Promise<void> {
	const peer = new TestPeer(server.url, `kb.${id}`, who.director.cookie);
	peers.push(peer);
	await eventually(() => expect(peer.provider.synced).toBe(true));
	await writeParagraphs(peer, lines);
}

async function article(client: string, title: string, lines: string[], { publish = true } = {}): Promise<string> {
	const created = await who.director.api.post('/api/kb/articles', { clientId: client, title, language: 'en', category: 'Quirks' });
	expect(created.status, await created.clone().text()).toBe(201);
	const { id } = (await created.json()) as { id: string };
	await write(id, lines);
	if (publish) expect((await who.director.api.post(`/api/kb/articles/${id}/publish`)).status).toBe(200);
	return id;
}

async function search(api: ApiClient, query: string): Promise<KbSearchResult[]> {
	const response = await api.get(`/api/kb/search?${query}`);
	expect(response.status, await response.clone().text()).toBe(200);
	return (await response.json()) as KbSearchResult[];
}

const status = async (api: ApiClient, query: string) => (await api.get(`/api/kb/search?${query}`)).status;

describe('GET /api/kb/search', () => {
	let quokka: string;
	beforeAll(async () => {
		quokka = await article(clientId, 'Quokka escalations', ['Escalate quokka sightings to the duty lead & <b>manager</b>.', 'Never feed them.']);
	});

	it('finds published articles, ranked, with an escaped, marked snippet', async () => {
		const results = await search(who.hero.api, 'q=quokkas%20escalation');
		expect(results.map((r) => r.id)).toEqual([quokka]);
		expect(Object.keys(results[0]!).sort()).toEqual(['category', 'clientId', 'id', 'language', 'snippet', 'title']);
		expect(results[0]).toMatchObject({ clientId, title: 'Quokka escalations', language: 'en', category: 'Quirks' });
		expect(results[0]!.snippet).toContain('<mark>Escalate</mark> <mark>quokka</mark>');
		// Plain text, escaped: no markup but the marks.
		expect(results[0]!.snippet).toContain('&amp;');
		expect(results[0]!.snippet.replaceAll(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
	});

	it('finds a typo, a prefix, and keeps to the filters', async () => {
		// Ranked first (the demo's articles may hold near words too).
		expect((await search(who.hero.api, 'q=quokak'))[0]?.id).toBe(quokka);
		expect((await search(who.hero.api, 'q=quok'))[0]?.id).toBe(quokka);
		expect((await search(who.hero.api, `q=quokka&clientId=${clientId}&language=en`)).map((r) => r.id)).toEqual([quokka]);
		expect(await search(who.hero.api, `q=quokka&language=fr`)).toEqual([]);
	});

	it('never finds draft text: neither unpublished articles nor edits since the last publish', async () => {
		await article(clientId, 'Wombat handling', ['Wombats are a draft topic.'], { publish: false });
		expect(await search(who.director.api, 'q=wombat')).toEqual([]);

		await write(quokka, ['Platypus sightings go to the duty lead.']);
		expect(await search(who.director.api, 'q=platypus')).toEqual([]);
		expect((await who.director.api.post(`/api/kb/articles/${quokka}/publish`)).status).toBe(200);
		expect((await search(who.hero.api, 'q=platypus')).map((r) => r.id)).toEqual([quokka]);
		// The title still says quokka; the body no longer does.
		expect((await search(who.hero.api, 'q=quokka'))[0]!.snippet).not.toContain('<mark>');
	});

	it("shows associates and heroes their clients' articles only", async () => {
		const hidden = await article(otherClientId, 'Narwhal policy', ['Narwhal tusks are not returnable.']);
		expect((await search(who.director.api, 'q=narwhal')).map((r) => r.id)).toEqual([hidden]);
		expect(await search(who.hero.api, 'q=narwhal')).toEqual([]);
		const outsider = [who.associate, who.associate2].find((s) => !s.me.clientIds.includes(otherClientId))!;
		expect(await search(outsider.api, 'q=narwhal')).toEqual([]);
		expect(await status(who.hero.api, `q=narwhal&clientId=${otherClientId}`)).toBe(403);
	});

	it('answers bad requests with 400, unknown clients with 404, strangers with 401', async () => {
		expect(await status(who.hero.api, '')).toBe(400);
		expect(await status(who.hero.api, 'q=%20%20')).toBe(400);
		expect(await status(who.hero.api, `q=${'a'.repeat(201)}`)).toBe(400);
		expect(await status(who.hero.api, 'q=x&language=xx')).toBe(400);
		expect(await status(who.hero.api, 'q=x&limit=0')).toBe(400);
		const body = (await (await who.hero.api.get('/api/kb/search?q=x&language=xx')).json()) as { message: string };
		expect(body.message).toMatch(/language/);
		expect(await status(who.director.api, 'q=x&clientId=nope')).toBe(404);
		expect((await fetch(`${server.url}/api/kb/search?q=x`)).status).toBe(401);
		// Query syntax is just words.
		expect(await search(who.hero.api, `q=${encodeURIComponent("quokka' & !:* | (")}`)).toBeInstanceOf(Array);
	});
});

describe('POST /api/kb/suggestions', () => {
	let kiwi: string;
	beforeAll(async () => {
		kiwi = await article(clientId, 'Kiwi fruit deliveries', ['Kiwi boxes arrive bruised in summer: refund the box, keep the kiwis.']);
		await article(clientId, 'Kiwi loyalty points', ['Points for kiwi subscribers.']);
	});

	it("ranks the client's published articles in the ticket's language", async () => {
		const response = await who.hero.api.post('/api/kb/suggestions', {
			clientId,
			language: 'en',
			subject: 'Bruised kiwi box',
			messages: ['My kiwi box arrived bruised, I want a refund for the box.']
		});
		expect(response.status).toBe(200);
		const results = (await response.json()) as KbSearchResult[];
		expect(results[0]!.id).toBe(kiwi);
		expect(results.length).toBeLessThanOrEqual(5);
		expect(results.every((r) => r.clientId === clientId && r.language === 'en')).toBe(true);
	});

	it('refuses bad input and clients one does not serve', async () => {
		expect((await who.hero.api.post('/api/kb/suggestions', { clientId, language: 'xx' })).status).toBe(400);
		expect((await who.hero.api.post('/api/kb/suggestions', { language: 'en' })).status).toBe(400);
		expect((await who.hero.api.post('/api/kb/suggestions', { clientId: otherClientId, language: 'en', subject: 'kiwi' })).status).toBe(403);
	});
});

describe('KbSearchService.backfill (in process)', () => {
	let store: Store;
	beforeAll(async () => {
		store = await kbStore(['de']);
	});
	afterAll(() => store.close());

	it('makes articles published before search existed searchable, once', async () => {
		const { rooms, doc } = memoryRooms();
		const kb = new KbService(store, rooms);
		const { id } = await kb.create({ id: 'dir', role: 'director' }, { clientId: 'c1', title: 'Rückerstattung', language: 'de' });
		articleMeta(doc(`kb.${id}`)).set('category', 'Zahlung');
		await kb.publish({ id: 'dir', role: 'director' }, id);
		expect(articleMeta(doc(`kb-published.${id}`)).get('revision')).toBe(1);
		await store.query('delete from kb_published');

		const search = new KbSearchService(store, new ClientService(store));
		const director = { id: 'dir', role: 'director' as const };
		expect(await search.search(director, { q: 'Rueckerstattung', limit: 20 })).toEqual([]);
		expect(await search.backfill()).toBe(1);
		expect(await search.backfill()).toBe(0);
		const results = await search.search(director, { q: 'Rueckerstattung', limit: 20 });
		expect(results).toMatchObject([{ id, category: 'Zahlung', language: 'de' }]);
		expect((await kb.list(director))[0]!.category).toBe('Zahlung');
	});
});
