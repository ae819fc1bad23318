import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '../../src/lib/db/migrate';
import type { Client } from '../../src/lib/domain/directory';
import {
	articleBody,
	articleMeta,
	articleSnapshot,
	articleText,
	docFromSnapshot,
	type KbArticle,
	type KbRevision,
	type KbRevisionContent,
	needsVerification,
	trustOf
} from '../../src/lib/domain/kb';
import { readMigrationFiles } from '../../server/db/open';
import { wrapPglite } from '../../server/db/pglite-store';
import type { Store } from '../../server/db/store';
import { KbService } from '../../server/services/kb';
import { kbStore, memoryRooms, writeParagraphs } from '../helpers/kb';
import { freshPglite } from '../helpers/pglite';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, sleep, TestPeer, type Session } from '../sync/helpers';

/**
 * Publishing with history through the real built server: a director writes the draft through a
 * real y-websocket peer, publishes, and a hero reads the published room; history, restore,
 * who may do what, and two publishes at once. Then, in process on a PGlite, what the API cannot
 * reach: a published room that cannot be written.
 */

let server: RunningServer;
let clients: Client[];
const who = {} as Record<'director' | 'associate' | 'associate2' | 'hero' | 'admin', Session>;
const peers: TestPeer[] = [];

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['director', 'associate', 'associate2', 'hero', 'admin'] as const) {
		who[role] = await signIn(server.url, `${role}@demo.test`);
	}
	clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
});
afterAll(async () => {
	for (const peer of peers) peer.destroy();
	expect(await server.stop()).toBe(0);
});

/** A client the hero reads (so the published room is theirs to open). */
const heroClient = () => who.hero.me.clientIds[0]!;
/** The demo associates split the clients between them: the one serving the hero's client. */
const assignedAssociate = () => [who.associate, who.associate2].find((s) => s.me.clientIds.includes(heroClient()))!;
const lang = (clientId: string) => clients.find((c) => c.id === clientId)!.languages[0]!;

async function create(api: ApiClient, clientId: string, title: string): Promise<string> {
	const response = await api.post('/api/kb/articles', { clientId, title, language: lang(clientId) });
	expect(response.status, await response.clone().text()).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

/** A live peer of `room`, synced (and destroyed after the file). */
async function open(session: Session, room: string): Promise<TestPeer> {
	const peer = new TestPeer(server.url, room, session.cookie);
	peers.push(peer);
	await eventually(() => expect(peer.provider.synced).toBe(true));
	return peer;
}

const writeDraft = writeParagraphs;

const publish = (api: ApiClient, id: string, body?: unknown) => api.post(`/api/kb/articles/${id}/publish`, body);

async function published(api: ApiClient, id: string, body?: unknown): Promise<number> {
	const response = await publish(api, id, body);
	expect(response.status, await response.clone().text()).toBe(200);
	const answer = (await response.json()) as { revision: number };
	expect(Object.keys(answer)).toEqual(['revision']);
	return answer.revision;
}

async function article(api: ApiClient, id: string): Promise<KbArticle | undefined> {
	return ((await (await api.get('/api/kb/articles')).json()) as KbArticle[]).find((a) => a.id === id);
}

async function revisions(api: ApiClient, id: string): Promise<KbRevision[]> {
	const response = await api.get(`/api/kb/articles/${id}/revisions`);
	expect(response.status).toBe(200);
	return (await response.json()) as KbRevision[];
}

/** Destroys a peer before the end of the file. */
function close(peer: TestPeer): void {
	peers.splice(peers.indexOf(peer), 1);
	peer.destroy();
}

/** The published room as a newcomer gets it from the server now. */
async function publishedText(session: Session, id: string): Promise<string> {
	const peer = await open(session, `kb-published.${id}`);
	const text = articleText(peer.doc);
	close(peer);
	return text;
}

const message = async (response: Response) => ((await response.json()) as { message: string }).message;

describe('publishing a draft and reading it as a hero', () => {
	let id: string;
	let draft: TestPeer;
	let reader: TestPeer;

	beforeAll(async () => {
		id = await create(who.director.api, heroClient(), 'Refund policy');
		draft = await open(who.director, `kb.${id}`);
		await writeDraft(draft, ['Refunds within 30 days.', 'Keep the receipt.']);
	});

	it('publishes the draft as revision 1 (200 {revision}) and marks the article published', async () => {
		expect(await published(who.director.api, id, { message: '  First version  ' })).toBe(1);
		expect(await article(who.director.api, id)).toMatchObject({
			status: 'published',
			title: 'Refund policy',
			publishedRevision: 1,
			publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/)
		});
		// Heroes list it now.
		expect((await article(who.hero.api, id))?.publishedRevision).toBe(1);
	});

	it('lets an assigned hero read kb-published.<id> (read-only): exactly the published text and meta', async () => {
		reader = await open(who.hero, `kb-published.${id}`);
		expect(reader.access).toBe('read-only');
		expect(articleText(reader.doc)).toBe('Refunds within 30 days.\nKeep the receipt.');
		// The draft's meta, plus what the server adds: the revision and the trust state.
		const { revision, trust, ...meta } = articleMeta(reader.doc).toJSON();
		expect(meta).toEqual(articleMeta(draft.doc).toJSON());
		expect(revision).toBe(1);
		expect(trust).toMatchObject({ verifiedAt: null, sourceChanged: false, verifyIntervalDays: 90 });
		expect([...reader.doc.share.keys()].sort()).toEqual(['body', 'meta']);
	});

	it('keeps later draft edits out of the published room', async () => {
		await writeDraft(draft, ['Refunds within 14 days.', 'Keep the receipt.', 'Gift cards are final.']);
		await sleep(300);
		expect(articleText(reader.doc)).toBe('Refunds within 30 days.\nKeep the receipt.');
		expect(await publishedText(who.director, id)).toBe('Refunds within 30 days.\nKeep the receipt.');
	});

	it('publishes the edits as revision 2, which reaches the live reader', async () => {
		draft.doc.transact(() => articleMeta(draft.doc).set('title', '  Refunds and returns '));
		await eventually(() => expect(draft.allSaved()).toBe(true));
		expect(await published(assignedAssociate().api, id, { message: 'Shorter window' })).toBe(2);
		const text = 'Refunds within 14 days.\nKeep the receipt.\nGift cards are final.';
		await eventually(() => expect(articleText(reader.doc)).toBe(text));
		expect(articleMeta(reader.doc).get('title')).toBe('  Refunds and returns ');
		// The row's title is the published one, trimmed.
		expect(await article(who.director.api, id)).toMatchObject({ title: 'Refunds and returns', publishedRevision: 2 });
	});

	it('lists the revisions newest first, with author names and messages', async () => {
		const list = await revisions(who.director.api, id);
		expect(list).toEqual([
			{
				revision: 2,
				authorId: assignedAssociate().me.id,
				authorName: assignedAssociate().me.name,
				createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
				message: 'Shorter window',
				title: 'Refunds and returns'
			},
			{
				revision: 1,
				authorId: who.director.me.id,
				authorName: who.director.me.name,
				createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
				message: 'First version',
				title: 'Refund policy'
			}
		]);
		expect(Date.parse(list[0]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(list[1]!.createdAt));
		expect(await revisions(assignedAssociate().api, id)).toEqual(list);
	});

	it('answers one revision with its title, text and snapshot', async () => {
		const response = await who.director.api.get(`/api/kb/articles/${id}/revisions/1`);
		expect(response.status).toBe(200);
		const content = (await response.json()) as KbRevisionContent;
		expect(content).toEqual({
			revision: 1,
			title: 'Refund policy',
			text: 'Refunds within 30 days.\nKeep the receipt.',
			snapshot: expect.any(String)
		});
		const doc = docFromSnapshot(new Uint8Array(Buffer.from(content.snapshot, 'base64')));
		expect(articleText(doc)).toBe(content.text);
		expect(articleMeta(doc).get('title')).toBe('Refund policy');
	});

	it('restores revision 1 into the draft, live, without touching the published room', async () => {
		const response = await who.director.api.post(`/api/kb/articles/${id}/revisions/1/restore`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ ok: true });
		// The open editor gets it as a normal change…
		await eventually(() => expect(articleText(draft.doc)).toBe('Refunds within 30 days.\nKeep the receipt.'));
		expect(articleMeta(draft.doc).get('title')).toBe('Refund policy');
		// …and so does anyone opening the draft now: the draft equals revision 1.
		const fresh = await open(who.director, `kb.${id}`);
		expect(articleSnapshotText(fresh.doc)).toEqual(articleSnapshotText(docFromSnapshot(await snapshotOf(id, 1))));
		close(fresh);
		// Nothing was published.
		await sleep(300);
		expect(articleText(reader.doc)).toBe('Refunds within 14 days.\nKeep the receipt.\nGift cards are final.');
		expect(await article(who.director.api, id)).toMatchObject({ publishedRevision: 2, title: 'Refunds and returns' });
		expect((await revisions(who.director.api, id)).map((r) => r.revision)).toEqual([2, 1]);
	});

	it('keeps working in the draft after a restore: the next publish is revision 3', async () => {
		await writeDraft(draft, ['Refunds within 30 days.', 'Keep the receipt.', 'Ask for the order number.']);
		// A bare POST, without a body, publishes too.
		expect(await published(who.director.api, id)).toBe(3);
		await eventually(() => expect(articleText(reader.doc)).toBe('Refunds within 30 days.\nKeep the receipt.\nAsk for the order number.'));
		expect((await revisions(who.director.api, id))[0]).toMatchObject({ revision: 3, message: null, title: 'Refund policy' });
	});

	it('refuses heroes (403) for publishing, history and restore, and their peer cannot write the published room', async () => {
		for (const response of [
			await publish(who.hero.api, id),
			await publish(who.hero.api, id, { message: 'x'.repeat(500) }),
			await who.hero.api.get(`/api/kb/articles/${id}/revisions`),
			await who.hero.api.get(`/api/kb/articles/${id}/revisions/1`),
			await who.hero.api.post(`/api/kb/articles/${id}/revisions/1/restore`)
		]) {
			expect(response.status).toBe(403);
		}
		articleMeta(reader.doc).set('title', 'Hacked');
		await sleep(300);
		expect(articleMeta((await open(who.director, `kb-published.${id}`)).doc).get('title')).toBe('Refund policy');
	});

	it('refuses admins (403), answers 401 signed out', async () => {
		expect((await publish(who.admin.api, id)).status).toBe(403);
		expect((await who.admin.api.get(`/api/kb/articles/${id}/revisions`)).status).toBe(403);
		const anonymous = new ApiClient(server.url);
		expect((await publish(anonymous, id)).status).toBe(401);
		expect((await anonymous.get(`/api/kb/articles/${id}/revisions`)).status).toBe(401);
	});

	it('answers 400 for bad revision numbers and 404 for unknown ones or unknown articles', async () => {
		for (const n of ['0', '-1', 'abc', '1.5', '1e2', '99999999999']) {
			const one = await who.director.api.get(`/api/kb/articles/${id}/revisions/${n}`);
			expect(one.status, n).toBe(400);
			expect(await message(one)).toMatch(/revision/i);
			expect((await who.director.api.post(`/api/kb/articles/${id}/revisions/${n}/restore`)).status, n).toBe(400);
		}
		expect((await who.director.api.get(`/api/kb/articles/${id}/revisions/99`)).status).toBe(404);
		expect((await who.director.api.post(`/api/kb/articles/${id}/revisions/99/restore`)).status).toBe(404);
		expect((await publish(who.director.api, 'nosucharticle12')).status).toBe(404);
		expect((await who.director.api.get('/api/kb/articles/nosucharticle12/revisions')).status).toBe(404);
		expect((await who.director.api.get('/api/kb/articles/nosucharticle12/revisions/1')).status).toBe(404);
		expect((await who.director.api.post('/api/kb/articles/nosucharticle12/revisions/1/restore')).status).toBe(404);
	});

	it('answers 400 for a message over 200 characters or a body that is not JSON, and publishes nothing', async () => {
		const long = await publish(who.director.api, id, { message: 'x'.repeat(201) });
		expect(long.status).toBe(400);
		expect(await message(long)).toMatch(/message/);
		expect((await publish(who.director.api, id, '{nope')).status).toBe(400);
		expect((await revisions(who.director.api, id))[0]?.revision).toBe(3);
	});
});

describe('translations follow their source', () => {
	it('flags a translation "source changed" when its source is published again, until it is published itself', async () => {
		const clientId = heroClient();
		const source = await create(who.director.api, clientId, 'Returns policy');
		await writeDraft(await open(who.director, `kb.${source}`), ['Returns within 14 days.']);
		expect(await published(who.director.api, source)).toBe(1);
		const response = await who.director.api.post('/api/kb/articles', {
			clientId,
			title: 'Retours',
			language: lang(clientId),
			translationOf: source
		});
		expect(response.status).toBe(201);
		const translation = ((await response.json()) as { id: string }).id;
		// Created against revision 1: up to date, and the source itself never is a "changed" one.
		expect((await article(who.director.api, translation))?.sourceChanged).toBe(false);
		expect((await article(who.director.api, source))?.sourceChanged).toBe(false);

		await published(who.director.api, source);
		expect((await article(who.director.api, translation))?.sourceChanged).toBe(true);
		// Publishing the translation (with the update) clears the flag; heroes see it too.
		await published(who.director.api, translation);
		expect((await article(who.director.api, translation))?.sourceChanged).toBe(false);
		await published(who.director.api, source);
		expect((await article(who.hero.api, translation))?.sourceChanged).toBe(true);
	});
});

describe('who may publish', () => {
	it("refuses an associate an article of a client not assigned to them (403), and publishes nothing", async () => {
		const clientId = clients.find((c) => !who.associate.me.clientIds.includes(c.id))!.id;
		const id = await create(who.director.api, clientId, 'Not yours');
		for (const response of [
			await publish(who.associate.api, id),
			await who.associate.api.get(`/api/kb/articles/${id}/revisions`),
			await who.associate.api.post(`/api/kb/articles/${id}/revisions/1/restore`)
		]) {
			expect(response.status).toBe(403);
		}
		expect(await article(who.director.api, id)).toMatchObject({ status: 'draft', publishedRevision: null });
		expect(await revisions(who.director.api, id)).toEqual([]);
	});

	it('refuses a draft whose title is empty (400), and publishes nothing', async () => {
		const id = await create(who.director.api, heroClient(), 'Soon untitled');
		const draft = await open(who.director, `kb.${id}`);
		draft.doc.transact(() => articleMeta(draft.doc).set('title', '   '));
		await eventually(() => expect(draft.allSaved()).toBe(true));
		const response = await publish(who.director.api, id);
		expect(response.status).toBe(400);
		expect(await message(response)).toMatch(/title/);
		expect(await revisions(who.director.api, id)).toEqual([]);
		expect(await article(who.director.api, id)).toMatchObject({ status: 'draft', publishedRevision: null, title: 'Soon untitled' });
	});
});

describe('two publishes at once', () => {
	it('get revisions 1 and 2, and the published room and row end on revision 2', async () => {
		const id = await create(who.director.api, heroClient(), 'Race');
		const draft = await open(who.director, `kb.${id}`);
		await writeDraft(draft, ['Both publish this.']);
		const numbers = await Promise.all([
			published(who.director.api, id, { message: 'one' }),
			published(assignedAssociate().api, id, { message: 'two' })
		]);
		expect([...numbers].sort()).toEqual([1, 2]);
		const list = await revisions(who.director.api, id);
		expect(list.map((r) => r.revision)).toEqual([2, 1]);
		expect(await article(who.director.api, id)).toMatchObject({ publishedRevision: 2, status: 'published' });
		expect(await publishedText(who.hero, id)).toBe('Both publish this.');
	});

	it('of different articles do not wait for each other, and many in a row stay numbered', async () => {
		const [a, b] = await Promise.all([create(who.director.api, heroClient(), 'A'), create(who.director.api, heroClient(), 'B')]);
		const answers = await Promise.all([a, a, b, a, b].map((id) => published(who.director.api, id)));
		expect(answers.filter((_, i) => [0, 1, 3].includes(i)).sort()).toEqual([1, 2, 3]);
		expect(answers.filter((_, i) => [2, 4].includes(i)).sort()).toEqual([1, 2]);
		expect((await revisions(who.director.api, a)).map((r) => r.revision)).toEqual([3, 2, 1]);
	});
});

/** A revision's snapshot through the API. */
async function snapshotOf(id: string, revision: number): Promise<Uint8Array> {
	const content = (await (await who.director.api.get(`/api/kb/articles/${id}/revisions/${revision}`)).json()) as KbRevisionContent;
	return new Uint8Array(Buffer.from(content.snapshot, 'base64'));
}

/** What "equal articles" means here: the same meta and the same body XML. */
function articleSnapshotText(doc: Y.Doc): unknown {
	const copy = docFromSnapshot(articleSnapshot(doc));
	return { meta: articleMeta(copy).toJSON(), body: articleBody(copy).toString() };
}

describe('KbService publishing on a PGlite (in process)', () => {
	let store: Store;
	const director = { id: 'dir', role: 'director' as const };

	beforeAll(async () => {
		store = await kbStore(['en']);
	});
	afterAll(() => store.close());

	it('leaves no revision and puts the published room back when it cannot be stored', async () => {
		const { rooms, doc, state } = memoryRooms();
		const kb = new KbService(store, rooms);
		const { id } = await kb.create(director, { clientId: 'c1', title: 'Stored', language: 'en' });
		const setText = (text: string) =>
			doc(`kb.${id}`).transact(() => {
				const body = articleBody(doc(`kb.${id}`));
				body.delete(0, body.length);
				const paragraph = new Y.XmlElement('paragraph');
				paragraph.insert(0, [new Y.XmlText(text)]);
				body.insert(0, [paragraph]);
			});

		// The first publish fails: the published room is empty again, nothing is recorded.
		setText('first');
		state.failPublishedWrites = true;
		await expect(kb.publish(director, id)).rejects.toThrow('Could not store');
		expect(articleBody(doc(`kb-published.${id}`)).length).toBe(0);
		expect(articleMeta(doc(`kb-published.${id}`)).size).toBe(0);
		expect(await kb.revisions(director, id)).toEqual([]);
		expect((await kb.list(director))[0]).toMatchObject({ status: 'draft', publishedRevision: null });

		// Then it works: revision 1 (the number was not used up).
		state.failPublishedWrites = false;
		expect(await kb.publish(director, id, 'works')).toEqual({ revision: 1 });

		// A later failure puts revision 1 back, not the draft that failed.
		setText('second');
		state.failPublishedWrites = true;
		await expect(kb.publish(director, id)).rejects.toThrow('Could not store');
		expect(articleText(doc(`kb-published.${id}`))).toBe('first');
		expect((await kb.revisions(director, id)).map((r) => r.revision)).toEqual([1]);
		expect((await kb.list(director))[0]).toMatchObject({ status: 'published', publishedRevision: 1 });
	});

	it('ends on the highest revision when the first publish is slower to write its room', async () => {
		const { rooms, state } = memoryRooms();
		const kb = new KbService(store, rooms);
		const { id } = await kb.create(director, { clientId: 'c1', title: 'Slow', language: 'en' });
		state.publishedWriteDelays = [80, 0];
		const answers = await Promise.all([kb.publish(director, id, 'slow'), kb.publish(director, id, 'fast')]);
		expect(answers).toEqual([{ revision: 1 }, { revision: 2 }]);
		const [row] = (await kb.list(director)).filter((a) => a.id === id);
		expect(row?.publishedRevision).toBe(2);
	});

	it('checks the revision number before anything else it reads', async () => {
		const kb = new KbService(store, memoryRooms().rooms);
		const { id } = await kb.create(director, { clientId: 'c1', title: 'Numbers', language: 'en' });
		for (const n of [0, -1, 1.5, Number.NaN, 2 ** 31]) {
			await expect(kb.revision(director, id, n)).rejects.toMatchObject({ status: 400 });
			await expect(kb.restore(director, id, n)).rejects.toMatchObject({ status: 400 });
		}
		await expect(kb.revision(director, id, 1)).rejects.toMatchObject({ status: 404 });
	});

	it('keeps the trust state in the published room, where readers find it offline', async () => {
		const { rooms, doc } = memoryRooms();
		const kb = new KbService(store, rooms);
		const trust = (id: string) => trustOf(articleMeta(doc(`kb-published.${id}`)));
		const { id: source } = await kb.create(director, { clientId: 'c1', title: 'Source', language: 'en' });
		const { id: translation } = await kb.create(director, { clientId: 'c1', title: 'Translation', language: 'en', translationOf: source });

		// Verifying a draft writes no room; publishing writes the trust along with the text.
		await kb.verify(director, source);
		expect(articleMeta(doc(`kb-published.${source}`)).size).toBe(0);
		await kb.publish(director, source);
		expect(trust(source)).toMatchObject({ verifiedByName: 'Dee', verifyIntervalDays: 90, reverifyReason: null, sourceChanged: false });
		expect(needsVerification(trust(source)!, new Date())).toBe(false);

		// Asked again, then a new interval: each shows in the room.
		await kb.markForReverification(source, 'QA: wrong refund window');
		expect(trust(source)?.reverifyReason).toBe('QA: wrong refund window');
		expect(needsVerification(trust(source)!, new Date())).toBe(true);
		await kb.setVerification(director, source, { verifyIntervalDays: 7 });
		expect(trust(source)?.verifyIntervalDays).toBe(7);
		await kb.verify(director, source);
		expect(trust(source)?.reverifyReason).toBeNull();
		// A publish keeps it (the draft has none of it).
		await kb.publish(director, source);
		expect(trust(source)?.verifyIntervalDays).toBe(7);
		expect(articleMeta(doc(`kb-published.${source}`)).get('revision')).toBe(2);

		// The source published again: its published translation says "source changed" until it is published again.
		await kb.publish(director, translation);
		expect(trust(translation)?.sourceChanged).toBe(false);
		await kb.publish(director, source);
		expect(trust(translation)?.sourceChanged).toBe(true);
		await kb.publish(director, translation);
		expect(trust(translation)?.sourceChanged).toBe(false);
	});

	it('migrates an older data directory: articles keep their rows, unpublished', async () => {
		const old = wrapPglite(await freshPglite());
		try {
			const files = readMigrationFiles();
			await migrate(old, files.filter((f) => f.name < '0008'), 'server');
			await old.exec(`
				insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', '{en}', 'UTC');
				insert into kb_article (id, client_id, title, language) values ('old-article', 'c1', 'Old', 'en');
			`);
			expect((await migrate(old, files.filter((f) => f.name < '0009'), 'server')).applied).toEqual(['0008_kb_revision.server.sql']);
			const { rows } = await old.query('select title, status, published_revision, published_at from kb_article');
			expect(rows).toEqual([{ title: 'Old', status: 'draft', published_revision: null, published_at: null }]);
		} finally {
			await old.close();
		}
	});
});
