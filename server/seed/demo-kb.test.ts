import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/db/migrate';
import { buildDemoWorkspace } from '../../src/lib/domain/demo';
import { DEMO_ARTICLES, type DemoArticle, type DemoBlock } from '../../src/lib/domain/demo-kb';
import { articleText, type KbArticle } from '../../src/lib/domain/kb';
import { roomName } from '../../src/lib/protocol/rooms';
import { freshPglite } from '../../tests/helpers/pglite';
import { SessionService } from '../auth/sessions';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { createLogger } from '../log';
import type { Viewer } from '../services/clients';
import { KbService } from '../services/kb';
import { SyncService } from '../sync/service';
import { seedDemoWorkspace } from './demo';
import { seedDemoKnowledgeBase } from './demo-kb';

// The default seed: what `npm start` shows. Its workspace has Velora Bikes (whose delivery
// article is republished after its French translation) but not Maison Lumière.
const SEED = 20261122;
const plan = buildDemoWorkspace(SEED);
const clientId = (name: string) => plan.clients.find((c) => c.name === name)?.id;
/** The demo articles this workspace gets: its brands', and translations of those seeded. */
const expected = DEMO_ARTICLES.filter(
	(a, _i, all) => clientId(a.client) !== undefined && (a.translationOf === undefined || all.some((s) => s.key === a.translationOf))
);
const texts = (blocks: DemoBlock[]) => blocks.flatMap((block) => ('items' in block ? block.items : [block.text]));

let store: Store;
let sync: SyncService;
let kb: KbService;
let director: Viewer;

async function count(table: string): Promise<number> {
	const { rows } = await store.query<{ n: number }>(`select count(*)::int as n from ${table}`);
	return rows[0]!.n;
}

// One real PGlite and one real sync service (no sockets: the server writes rooms as a peer).
beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	sync = new SyncService({
		store,
		sessions: new SessionService(store, 10),
		logger: createLogger('warn'),
		options: { maxMessageBytes: 1 << 20, flushDebounceMs: 50, flushMaxWaitMs: 200, compactRows: 50, roomIdleMs: 60_000, awarenessThrottleMs: 20 }
	});
	kb = new KbService(store, sync);
});
afterAll(async () => {
	await sync.close();
	await store.close();
});

describe('seedDemoKnowledgeBase on a real PGlite and sync service', () => {
	it('does nothing without the demo workspace (no director to write as)', async () => {
		expect(await seedDemoKnowledgeBase({ store, kb, sync })).toEqual({ seeded: false, articles: 0 });
		expect(await count('kb_article')).toBe(0);
	});

	it("seeds the workspace's brands' articles once; a second call changes nothing", async () => {
		await seedDemoWorkspace(store, { seed: SEED, password: 'demo-password' });
		const { rows } = await store.query<{ id: string }>(`select id from app_user where email = 'director@demo.test'`);
		director = { id: rows[0]!.id, role: 'director' };
		expect(expected.length).toBeGreaterThan(15);
		expect(expected.length).toBeLessThan(DEMO_ARTICLES.length);

		expect(await seedDemoKnowledgeBase({ store, kb, sync })).toEqual({ seeded: true, articles: expected.length });
		const revisions = await count('kb_revision');
		expect(await count('kb_article')).toBe(expected.length);

		expect(await seedDemoKnowledgeBase({ store, kb, sync })).toEqual({ seeded: false, articles: 0 });
		expect(await count('kb_article')).toBe(expected.length);
		expect(await count('kb_revision')).toBe(revisions);
	});

	it('lists each article as planned: published at revision 1 (2 when republished), drafts, verification', async () => {
		const list = await kb.list(director);
		const row = (article: DemoArticle) => list.find((a) => a.clientId === clientId(article.client) && a.title === article.title);
		for (const article of expected) {
			const found = row(article);
			expect(found, article.key).toBeDefined();
			const source = DEMO_ARTICLES.find((s) => s.key === article.translationOf);
			expect(found, article.key).toMatchObject<Partial<KbArticle>>({
				language: article.language,
				category: article.category,
				status: article.draftOnly ? 'draft' : 'published',
				publishedRevision: article.draftOnly ? null : article.update ? 2 : 1,
				translationOf: source ? row(source)!.id : null,
				ownerId: director.id,
				needsVerification: !article.verified
			});
			expect(found!.verifiedAt !== null, article.key).toBe(article.verified === true);
		}
		const republished = new Set(expected.filter((a) => a.update).map((a) => row(a)!.id));
		expect(republished.size).toBeGreaterThan(0);
		for (const article of list) {
			const followsRepublished = article.translationOf !== null && republished.has(article.translationOf);
			expect(article.sourceChanged, article.title).toBe(followsRepublished);
		}
		expect(list.some((a) => a.sourceChanged)).toBe(true);
	});

	it('writes every body into its rooms: the draft, and the published revision', async () => {
		const list = await kb.list(director);
		for (const article of expected) {
			const { id } = list.find((a) => a.clientId === clientId(article.client) && a.title === article.title)!;
			const lines = texts([...article.blocks, ...(article.update?.append ?? [])]);
			const draft = await sync.readRoom(roomName('kb', id), articleText);
			expect(draft.split('\n'), article.key).toEqual(lines);
			if (article.draftOnly) continue;
			const published = await sync.readRoom(roomName('kb-published', id), articleText);
			expect(published, article.key).toBe(draft);
		}
	});
});
