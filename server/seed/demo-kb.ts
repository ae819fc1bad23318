import type { Language } from '#domain/access';
import { DEMO_ARTICLES, writeDemoArticleBody, type DemoArticle } from '#domain/demo-kb';
import { roomName } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import type { Viewer } from '../services/clients';
import type { KbService } from '../services/kb';
import type { SyncService } from '../sync/service';

export interface DemoKbDeps {
	store: Store;
	kb: KbService;
	sync: Pick<SyncService, 'withRoom'>;
}

export interface DemoKbResult {
	/** False when the knowledge base already had an article (or there is no demo director). */
	seeded: boolean;
	/** How many articles this call created. */
	articles: number;
}

/** The demo director (server/seed/demo.ts), author and verifier of every demo article. */
const AUTHOR_EMAIL = 'director@demo.test';

/**
 * Seeds the demo articles (src/lib/domain/demo-kb.ts) into an empty knowledge base, through the
 * same service calls a director's browser makes: create (which seeds the room), write the body
 * into `kb.<id>`, publish, verify. So every article has its row, its draft room, its revision
 * and its published room, exactly like one written by hand.
 *
 * Articles of brands this workspace's seed did not pick are skipped, and so are their
 * translations. Sources that carry an `update` are published once more after everything else:
 * their published translations then show "source changed".
 *
 * Not atomic (each step is its own transaction or room write): run it once, after the workspace
 * is seeded. A knowledge base with any article is left alone, so a crash half-way leaves the
 * articles written so far and the next start adds nothing.
 */
export async function seedDemoKnowledgeBase(deps: DemoKbDeps): Promise<DemoKbResult> {
	const skipped: DemoKbResult = { seeded: false, articles: 0 };
	const { store, kb, sync } = deps;
	if (await hasArticles(store)) return skipped;
	const author = await demoDirector(store);
	if (!author) return skipped;
	const clients = await clientsByName(store);

	const ids = new Map<string, string>();
	const write = async (id: string, article: DemoArticle, extra: DemoArticle['blocks'] = []) => {
		await sync.withRoom(roomName('kb', id), (doc) => writeDemoArticleBody(doc, [...article.blocks, ...extra]));
	};

	for (const article of DEMO_ARTICLES) {
		const client = clients.get(article.client);
		if (!client?.languages.includes(article.language)) continue;
		const translationOf = article.translationOf === undefined ? undefined : ids.get(article.translationOf);
		if (article.translationOf !== undefined && translationOf === undefined) continue;

		const { id } = await kb.create(author, {
			clientId: client.id,
			title: article.title,
			language: article.language,
			category: article.category,
			translationOf
		});
		ids.set(article.key, id);
		await write(id, article);
		if (!article.draftOnly) await kb.publish(author, id, 'First version');
		if (article.verified) await kb.verify(author, id);
	}

	// Last, so the translations published above followed revision 1 of their source.
	for (const article of DEMO_ARTICLES) {
		const id = ids.get(article.key);
		if (id === undefined || !article.update) continue;
		await write(id, article, article.update.append);
		await kb.publish(author, id, article.update.message);
	}

	return { seeded: true, articles: ids.size };
}

async function hasArticles(db: Queryable): Promise<boolean> {
	const { rows } = await db.query<{ any: boolean }>('select exists (select 1 from kb_article) as any');
	return rows[0]?.any === true;
}

async function demoDirector(db: Queryable): Promise<Viewer | null> {
	const { rows } = await db.query<{ id: string }>(
		`select id from app_user where email = $1 and role = 'director' and active`,
		[AUTHOR_EMAIL]
	);
	return rows[0] ? { id: rows[0].id, role: 'director' } : null;
}

async function clientsByName(db: Queryable): Promise<Map<string, { id: string; languages: Language[] }>> {
	const { rows } = await db.query<{ id: string; name: string; languages: Language[] }>('select id, name, languages from client');
	return new Map(rows.map((row) => [row.name, { id: row.id, languages: row.languages }]));
}
