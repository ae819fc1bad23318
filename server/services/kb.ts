import { seesAllClients } from '#domain/access';
import { seedArticleDoc, type ArticleInput, type KbArticle } from '#domain/kb';
import { ROOM_ACCESS } from '#protocol/room-access';
import { roomName } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { SyncService } from '../sync/service';
import type { Viewer } from './clients';

interface ArticleRow {
	id: string;
	client_id: string;
	title: string;
	language: KbArticle['language'];
	category: string | null;
	status: KbArticle['status'];
	translation_of: string | null;
	updated_at: Date | string;
}

const toArticle = (row: ArticleRow): KbArticle => ({
	id: row.id,
	clientId: row.client_id,
	title: row.title,
	language: row.language,
	category: row.category,
	status: row.status,
	translationOf: row.translation_of,
	updatedAt: new Date(row.updated_at).toISOString()
});

/** The part of the sync service articles need: writing a room as the server peer. */
export type RoomWriter = Pick<SyncService, 'withRoom'>;

/**
 * Knowledge-base articles: the row (the server's index: lists, authorisation of `kb.<id>`, the
 * translation link) and the room it is created with. The text lives in the room; this service
 * never reads it.
 *
 * Who sees what follows the sync rooms: heroes read published articles only (drafts live in
 * `kb` rooms they cannot open), associates and heroes only their assigned clients'.
 */
export class KbService {
	constructor(
		private readonly store: Store,
		private readonly rooms: RoomWriter
	) {}

	async list(viewer: Viewer, clientId?: string): Promise<KbArticle[]> {
		if (clientId !== undefined) await this.assertCanSee(viewer, clientId);
		const where: string[] = [];
		const params: unknown[] = [];
		if (clientId !== undefined) {
			params.push(clientId);
			where.push(`k.client_id = $${params.length}`);
		}
		if (!seesAllClients(viewer.role)) {
			params.push(viewer.id);
			where.push(`k.client_id in (select client_id from client_assignment where user_id = $${params.length})`);
		}
		if (viewer.role === 'hero') where.push(`k.status = 'published'`);
		const { rows } = await this.store.query<ArticleRow>(
			`select k.id, k.client_id, k.title, k.language, k.category, k.status, k.translation_of, k.updated_at
			   from kb_article k ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
			  order by lower(k.title), k.title, k.id`,
			params
		);
		return rows.map(toArticle);
	}

	/**
	 * Creates the row, then seeds its room once, here on the server: an article's room is never
	 * empty when a browser first opens it, so no two editors race to lay out the first content.
	 */
	async create(viewer: Viewer, input: ArticleInput): Promise<{ id: string }> {
		// Before any lookup: a hero learns nothing about which clients exist. Whoever may write a
		// draft room (src/lib/protocol/room-access.ts) may create one: directors and associates.
		if (!ROOM_ACCESS.kb[viewer.role].startsWith('rw')) throw new ServiceError(403, 'Your role may not write articles.');
		const id = newId();
		const createdAt = await this.store.transaction(async (tx) => {
			await this.assertCanSee(viewer, input.clientId, tx);
			await this.assertClientLanguage(tx, input.clientId, input.language);
			if (input.translationOf !== undefined) await this.assertSameClient(tx, input.translationOf, input.clientId);
			const { rows } = await tx.query<{ created_at: Date | string }>(
				`insert into kb_article (id, client_id, title, language, category, translation_of, created_by)
				 values ($1, $2, $3, $4, $5, $6, $7) returning created_at`,
				[id, input.clientId, input.title, input.language, input.category ?? null, input.translationOf ?? null, viewer.id]
			);
			return rows[0]!.created_at;
		});
		try {
			await this.rooms.withRoom(roomName('kb', id), (doc) =>
				seedArticleDoc(doc, {
					title: input.title,
					language: input.language,
					clientId: input.clientId,
					category: input.category ?? null,
					translationOf: input.translationOf ?? null,
					createdBy: viewer.id,
					createdAt
				})
			);
		} catch (error) {
			// Nothing half-created: without its row the room can never be opened (the sync server
			// refuses rooms of unknown articles), and nobody has been told the id yet.
			await this.store.query('delete from kb_article where id = $1', [id]);
			throw error;
		}
		return { id };
	}

	/**
	 * Associates and heroes may use assigned clients only; for them an unknown client is
	 * refused the same way, so the answer does not reveal which clients exist.
	 */
	private async assertCanSee(viewer: Viewer, clientId: string, db: Queryable = this.store): Promise<void> {
		if (seesAllClients(viewer.role)) {
			const { rows } = await db.query('select 1 from client where id = $1', [clientId]);
			if (rows.length === 0) throw new ServiceError(404, 'No such client.');
			return;
		}
		const { rows } = await db.query('select 1 from client_assignment where user_id = $1 and client_id = $2', [
			viewer.id,
			clientId
		]);
		if (rows.length === 0) throw new ServiceError(403, 'This client is not assigned to you.');
	}

	/** An article is written in one of the languages its client is served in. */
	private async assertClientLanguage(db: Queryable, clientId: string, language: string): Promise<void> {
		const { rows } = await db.query<{ languages: string[] }>('select languages from client where id = $1', [clientId]);
		const languages = rows[0]?.languages ?? [];
		if (!languages.includes(language)) {
			throw new ServiceError(400, `language must be one of the client's languages (${languages.join(', ')}).`);
		}
	}

	private async assertSameClient(db: Queryable, articleId: string, clientId: string): Promise<void> {
		const { rows } = await db.query<{ client_id: string }>('select client_id from kb_article where id = $1', [articleId]);
		if (rows[0]?.client_id !== clientId) {
			throw new ServiceError(400, 'translationOf must be an existing article of the same client.');
		}
	}
}
