import type * as Y from 'yjs';
import { seesAllClients } from '#domain/access';
import { docFromSnapshot } from '#domain/kb';
import {
	searchKb,
	suggestArticles,
	ticketText,
	toSearchResult,
	type KbSearchResult,
	type QueryDb,
	type SearchQuery,
	type SuggestInput
} from '#domain/kb-search';
import { projectKbPublished } from '#domain/projections/kb-published';
import { parseRoom } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import type { ClientService, Viewer } from './clients';

const queryDb = (db: Queryable): QueryDb => ({ query: async (sql, params) => (await db.query(sql, params)).rows as never });

/**
 * Writes an article's published text into the server's `kb_published` (what the API searches):
 * the same row the browser projects from `kb-published.<id>`, with the revision it holds. Call in
 * the transaction that marks the article published.
 */
export async function writePublishedText(db: Queryable, articleId: string, content: Y.Doc, revision: number): Promise<void> {
	const row = projectKbPublished(parseRoom(`kb-published.${articleId}`)!, content)[0]!.rows[0];
	if (!row) return;
	await db.query(
		`insert into kb_published (article_id, client_id, title, language, category, translation_of, body, revision)
		 values ($1, $2, $3, $4, $5, $6, $7, $8)
		 on conflict (article_id) do update set client_id = excluded.client_id, title = excluded.title, language = excluded.language,
		        category = excluded.category, translation_of = excluded.translation_of, body = excluded.body, revision = excluded.revision`,
		[articleId, row.client_id, row.title, row.language, row.category, row.translation_of, row.body, revision]
	);
}

/**
 * Search and suggestions over published articles, for the API: the query the browser runs on
 * its own copy (src/lib/domain/kb-search.ts), limited to the clients the caller may see. Heroes
 * included: only published text is here.
 */
export class KbSearchService {
	constructor(
		private readonly store: Store,
		private readonly clients: ClientService
	) {}

	async search(viewer: Viewer, query: SearchQuery): Promise<KbSearchResult[]> {
		const clientIds = await this.visibleClients(viewer, query.clientId);
		const hits = await searchKb(queryDb(this.store), {
			q: query.q,
			clientIds,
			language: query.language,
			limit: query.limit
		});
		return hits.map(toSearchResult);
	}

	/** The five most relevant published articles for a ticket, in its language. */
	async suggest(viewer: Viewer, input: SuggestInput): Promise<KbSearchResult[]> {
		await this.visibleClients(viewer, input.clientId);
		const hits = await suggestArticles(queryDb(this.store), {
			clientId: input.clientId,
			language: input.language,
			text: ticketText(input)
		});
		return hits.map(toSearchResult);
	}

	/**
	 * Published articles with no searchable text yet (published before search existed): their
	 * current revision is projected from its snapshot. Run at start-up; cheap when there are none.
	 */
	async backfill(): Promise<number> {
		const { rows } = await this.store.query<{ id: string; revision: number; snapshot: Uint8Array }>(
			`select k.id, r.revision, r.snapshot
			   from kb_article k join kb_revision r on r.article_id = k.id and r.revision = k.published_revision
			  where not exists (select 1 from kb_published p where p.article_id = k.id)`
		);
		for (const row of rows) {
			const doc = docFromSnapshot(row.snapshot);
			try {
				await writePublishedText(this.store, row.id, doc, row.revision);
			} finally {
				doc.destroy();
			}
		}
		return rows.length;
	}

	/**
	 * The clients whose articles the caller may search: one when asked for (403 for associates and
	 * heroes not assigned to it, 404 for an unknown one for those who see all), else all visible.
	 */
	private async visibleClients(viewer: Viewer, clientId: string | undefined): Promise<string[] | null> {
		if (clientId === undefined) {
			return seesAllClients(viewer.role) ? null : (await this.clients.listFor(viewer)).map((client) => client.id);
		}
		// Unknown and unassigned look alike to associates and heroes (no hint of which clients exist).
		if (!(await this.clients.canSee(viewer, clientId))) throw new ServiceError(403, 'This client is not assigned to you.');
		if (seesAllClients(viewer.role)) await this.clients.getFor(viewer, clientId);
		return [clientId];
	}
}
