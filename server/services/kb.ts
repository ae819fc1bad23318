import * as Y from 'yjs';
import { ROLES, seesAllClients } from '#domain/access';
import {
	ARTICLE_TRUST,
	articleMeta,
	articleSnapshot,
	articleText,
	copyArticle,
	docFromSnapshot,
	seedArticleDoc,
	type ArticleInput,
	type KbArticle,
	type KbRevision,
	type KbRevisionContent,
	type OwnerCandidate,
	MAX_REVISION,
	trustOfArticle
} from '#domain/kb';
import { decideRoomAccess, ROOM_ACCESS } from '#protocol/room-access';
import { roomName } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { SyncService } from '../sync/service';
import type { Viewer } from './clients';
import { writePublishedText } from './kb-search';
import { SerialByKey } from './serial';

interface ArticleRow {
	id: string;
	client_id: string;
	title: string;
	language: KbArticle['language'];
	category: string | null;
	status: KbArticle['status'];
	translation_of: string | null;
	updated_at: Date | string;
	published_revision: number | null;
	published_at: Date | string | null;
	source_changed: boolean;
	owner_id: string | null;
	owner_name: string | null;
	verify_interval_days: number;
	verified_at: Date | string | null;
	verified_by_name: string | null;
	needs_verification: boolean;
	reverify_reason: string | null;
}

/** Roles that write every client's drafts, and roles that write only their assigned clients'. */
const WRITES_ALL = ROLES.filter((role) => ROOM_ACCESS.kb[role] === 'rw');
const WRITES_ASSIGNED = ROLES.filter((role) => ROOM_ACCESS.kb[role] === 'rw if assigned');

/** Articles as the API lists them: the row, its owner's and verifier's names, its trust state. */
const ARTICLE_SELECT = `
	select k.id, k.client_id, k.title, k.language, k.category, k.status, k.translation_of, k.updated_at,
	       k.published_revision, k.published_at,
	       coalesce(s.published_revision > coalesce(k.source_revision, 0), false) as source_changed,
	       k.owner_id, o.name as owner_name, k.verify_interval_days, k.verified_at, v.name as verified_by_name,
	       (k.verified_at is null or k.reverify_reason is not null
	         or k.verified_at + make_interval(days => k.verify_interval_days) < now()) as needs_verification,
	       k.reverify_reason
	  from kb_article k
	  left join kb_article s on s.id = k.translation_of
	  left join app_user o on o.id = k.owner_id
	  left join app_user v on v.id = k.verified_by`;

const toArticle = (row: ArticleRow): KbArticle => ({
	id: row.id,
	clientId: row.client_id,
	title: row.title,
	language: row.language,
	category: row.category,
	status: row.status,
	translationOf: row.translation_of,
	updatedAt: new Date(row.updated_at).toISOString(),
	publishedRevision: row.published_revision,
	publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
	sourceChanged: row.source_changed,
	ownerId: row.owner_id,
	ownerName: row.owner_name,
	verifyIntervalDays: row.verify_interval_days,
	verifiedAt: row.verified_at === null ? null : new Date(row.verified_at).toISOString(),
	verifiedByName: row.verified_by_name,
	needsVerification: row.needs_verification,
	reverifyReason: row.reverify_reason
});

interface RevisionRow {
	revision: number;
	author_id: string;
	author_name: string;
	created_at: Date | string;
	message: string | null;
	title: string;
}

/** The part of the sync service articles need: the server as a peer of their rooms. */
export type RoomWriter = Pick<SyncService, 'withRoom' | 'readRoom'>;

/** Same bound as an article's title when it is created (articleInput). */
const MAX_TITLE = 200;

/**
 * Knowledge-base articles: the row (the server's index: lists, authorisation of `kb.<id>`, the
 * translation link), the room it is created with, and its published revisions. The text lives
 * in the rooms; this service reads it only to publish (draft → revision → `kb-published.<id>`)
 * and to restore (revision → draft).
 *
 * Who sees what follows the sync rooms: heroes read published articles only (drafts live in
 * `kb` rooms they cannot open), associates and heroes only their assigned clients'.
 */
export class KbService {
	/** Publishes of one article, one at a time (see publish). */
	private readonly publishing = new SerialByKey();

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
			`${ARTICLE_SELECT} ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
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
				`insert into kb_article (id, client_id, title, language, category, translation_of, created_by, owner_id, source_revision)
				 values ($1, $2, $3, $4, $5, $6, $7, $7, (select published_revision from kb_article where id = $6))
				 returning created_at`,
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
	 * Publishes the draft as the next revision: the draft room's content is snapshotted, stored
	 * as a `kb_revision` row, copied into `kb-published.<id>` (which then holds exactly that
	 * revision) and the row marked published with the revision's title. Answers once all three
	 * are stored.
	 *
	 * Publishes of one article run one at a time here (the published room must end on the
	 * highest revision, and the row must name the revision the room holds); the number itself
	 * is taken under a lock on the article's row, so instances sharing a PostgreSQL cannot take
	 * the same one either.
	 */
	async publish(viewer: Viewer, articleId: string, message?: string): Promise<{ revision: number }> {
		await this.assertCanWrite(viewer, articleId);
		return this.publishing.run(articleId, () => this.publishNow(viewer, articleId, message ?? null));
	}

	private async publishNow(viewer: Viewer, articleId: string, message: string | null): Promise<{ revision: number }> {
		const snapshot = await this.rooms.readRoom(roomName('kb', articleId), (doc) => articleSnapshot(doc));
		const content = docFromSnapshot(snapshot);
		const title = titleOf(content);
		if (title === '') throw new ServiceError(400, 'The article needs a title before it can be published.');
		if (title.length > MAX_TITLE) throw new ServiceError(400, `The title must have at most ${MAX_TITLE} characters to be published.`);

		const { revision, createdAt, previous } = await this.store.transaction(async (tx) => {
			// Held until commit: another publish of this article waits here, then sees this row.
			const { rows: locked } = await tx.query<{ published_revision: number | null }>(
				'select published_revision from kb_article where id = $1 for update',
				[articleId]
			);
			const { rows } = await tx.query<{ revision: number; created_at: Date | string }>(
				`insert into kb_revision (article_id, revision, author_id, message, title, snapshot)
				 select $1, coalesce(max(revision), 0) + 1, $2, $3, $4, $5 from kb_revision where article_id = $1
				 returning revision, created_at`,
				[articleId, viewer.id, message, title, snapshot]
			);
			return { revision: rows[0]!.revision, createdAt: rows[0]!.created_at, previous: locked[0]?.published_revision ?? null };
		});

		try {
			await this.rooms.withRoom(roomName('kb-published', articleId), (doc) => publishInto(doc, content, revision));
		} catch (error) {
			// Nothing half-done: the caller was not answered, so the revision is withdrawn (its
			// number is taken again by the next publish). The room may still hold the copy in
			// memory (a failed write is retried later by the room's persister), so it is put back
			// to the revision the row still names.
			await this.store.query('delete from kb_revision where article_id = $1 and revision = $2', [articleId, revision]);
			await this.putBackPublished(articleId, previous);
			throw error;
		}

		// Should this fail, the revision and the room agree and the row and the searchable text lag
		// one publish behind (lists show the older title and number) until the next publish.
		await this.store.transaction(async (tx) => {
			await tx.query(
				`update kb_article set status = 'published', published_revision = $2, published_at = $3, title = $4, category = $5,
				        updated_at = now(),
				        source_revision = (select s.published_revision from kb_article s where s.id = kb_article.translation_of)
				  where id = $1`,
				[articleId, revision, createdAt, title, categoryOf(content)]
			);
			await writePublishedText(tx, articleId, content, revision);
		});
		// This article's translations now follow an older source revision ("source changed").
		const { rows: translations } = await this.store.query<{ id: string }>(
			'select id from kb_article where translation_of = $1',
			[articleId]
		);
		await this.refreshTrust([articleId, ...translations.map((row) => row.id)]);
		return { revision };
	}

	/**
	 * Best effort after a failed publish: the published room gets the content of `revision`
	 * again (or nothing, before the first publish). If the store is still failing this change
	 * too stays in memory, and the persister's retry stores it together with the failed one.
	 */
	private async putBackPublished(articleId: string, revision: number | null): Promise<void> {
		try {
			const before = revision === null ? new Y.Doc() : docFromSnapshot(await this.snapshotOf(articleId, revision));
			await this.rooms.withRoom(roomName('kb-published', articleId), (doc) => publishInto(doc, before, revision));
		} catch {
			// The publish's own error is the one the caller needs; this one says the same.
		}
	}

	/** An article's history, newest first. For those who may write its draft: not for heroes. */
	async revisions(viewer: Viewer, articleId: string): Promise<KbRevision[]> {
		await this.assertCanWrite(viewer, articleId);
		const { rows } = await this.store.query<RevisionRow>(
			`select r.revision, r.author_id, u.name as author_name, r.created_at, r.message, r.title
			   from kb_revision r join app_user u on u.id = r.author_id
			  where r.article_id = $1
			  order by r.revision desc`,
			[articleId]
		);
		return rows.map((row) => ({
			revision: row.revision,
			authorId: row.author_id,
			authorName: row.author_name,
			createdAt: new Date(row.created_at).toISOString(),
			message: row.message,
			title: row.title
		}));
	}

	/** One revision's content: title, plain text, and the snapshot (base64) for an editor. */
	async revision(viewer: Viewer, articleId: string, revision: number): Promise<KbRevisionContent> {
		assertRevisionNumber(revision);
		await this.assertCanWrite(viewer, articleId);
		const { rows } = await this.store.query<{ title: string; snapshot: Uint8Array }>(
			'select title, snapshot from kb_revision where article_id = $1 and revision = $2',
			[articleId, revision]
		);
		const row = rows[0];
		if (!row) throw new ServiceError(404, 'No such revision.');
		return {
			revision,
			title: row.title,
			text: articleText(docFromSnapshot(row.snapshot)),
			snapshot: Buffer.from(row.snapshot).toString('base64')
		};
	}

	/**
	 * Makes a revision the current draft: its content is copied into `kb.<id>` as one ordinary
	 * change, so editors who have the article open see it arrive (and may undo nothing of
	 * theirs: it is the server's change). Publishes nothing.
	 */
	async restore(viewer: Viewer, articleId: string, revision: number): Promise<{ ok: true }> {
		assertRevisionNumber(revision);
		await this.assertCanWrite(viewer, articleId);
		const content = docFromSnapshot(await this.snapshotOf(articleId, revision));
		await this.rooms.withRoom(roomName('kb', articleId), (doc) => copyArticle(content, doc));
		return { ok: true };
	}

	/** The owner (or any writer) confirms the article is right: verified now, by them. */
	async verify(viewer: Viewer, articleId: string): Promise<void> {
		await this.assertCanWrite(viewer, articleId);
		await this.store.query(
			'update kb_article set verified_at = now(), verified_by = $2, reverify_reason = null where id = $1',
			[articleId, viewer.id]
		);
		await this.refreshTrust([articleId]);
	}

	/** Who owns an article and how often it is re-checked. */
	async setVerification(viewer: Viewer, articleId: string, change: { ownerId?: string; verifyIntervalDays?: number }): Promise<void> {
		await this.assertCanWrite(viewer, articleId);
		if (change.ownerId !== undefined) {
			const { rows } = await this.store.query<{ role: string; active: boolean }>('select role, active from app_user where id = $1', [
				change.ownerId
			]);
			const owner = rows[0];
			if (!owner?.active || !ROOM_ACCESS.kb[owner.role as Viewer['role']].startsWith('rw')) {
				throw new ServiceError(400, 'ownerId must be an active director or associate.');
			}
		}
		await this.store.query(
			`update kb_article set owner_id = coalesce($2, owner_id), verify_interval_days = coalesce($3, verify_interval_days)
			  where id = $1`,
			[articleId, change.ownerId ?? null, change.verifyIntervalDays ?? null]
		);
		await this.refreshTrust([articleId]);
	}

	/**
	 * Who an article's owner may be, for whoever may write it: the active users who may write its
	 * draft — directors, and associates assigned to its client — by name. (setVerification
	 * accepts any active director or associate; this is the choice that makes sense: an owner who
	 * cannot open the draft cannot keep it right.)
	 */
	async ownerCandidates(viewer: Viewer, articleId: string): Promise<OwnerCandidate[]> {
		const { clientId } = await this.assertCanWrite(viewer, articleId);
		const { rows } = await this.store.query<OwnerCandidate>(
			`select u.id, u.name, u.role from app_user u
			  where u.active
			    and (u.role = any($2::text[])
			         or (u.role = any($3::text[])
			             and exists (select 1 from client_assignment a where a.user_id = u.id and a.client_id = $1)))
			  order by lower(u.name), u.name, u.id`,
			[clientId, WRITES_ALL, WRITES_ASSIGNED]
		);
		return rows.map((row) => ({ id: row.id, name: row.name, role: row.role }));
	}

	/** A reviewer's flag (a QA finding cites the article as wrong): for those who may write it. */
	async flagForReverification(viewer: Viewer, articleId: string, reason: string): Promise<void> {
		await this.assertCanWrite(viewer, articleId);
		await this.markForReverification(articleId, reason);
	}

	/**
	 * Asks for the article to be verified again, whatever its interval says (a QA finding that
	 * cites it as wrong). For server code; the QA capability calls it.
	 */
	async markForReverification(articleId: string, reason: string): Promise<void> {
		const { rows } = await this.store.query('update kb_article set reverify_reason = $2 where id = $1 returning id', [
			articleId,
			reason.slice(0, 500)
		]);
		if (rows.length === 0) throw new ServiceError(404, 'No such article.');
		await this.refreshTrust([articleId]);
	}

	/**
	 * Writes the trust state of published articles (verified, needs verification, source changed)
	 * into their published rooms' meta, where readers, offline too, find it. Best effort after the
	 * change it follows was stored: the row is the record; a room that could not be written is
	 * brought up to date by the article's next change.
	 */
	private async refreshTrust(articleIds: string[]): Promise<void> {
		const { rows } = await this.store.query<ArticleRow>(`${ARTICLE_SELECT} where k.id = any($1::text[]) and k.published_revision is not null`, [
			articleIds
		]);
		for (const row of rows) {
			const trust = trustOfArticle(toArticle(row));
			try {
				await this.rooms.withRoom(roomName('kb-published', row.id), (doc) => {
					const meta = articleMeta(doc);
					if (!sameJson(meta.get(ARTICLE_TRUST), trust)) meta.set(ARTICLE_TRUST, trust);
				});
			} catch {
				// See above: the next change of this article writes it again.
			}
		}
	}

	private async snapshotOf(articleId: string, revision: number): Promise<Uint8Array> {
		const { rows } = await this.store.query<{ snapshot: Uint8Array }>(
			'select snapshot from kb_revision where article_id = $1 and revision = $2',
			[articleId, revision]
		);
		if (!rows[0]) throw new ServiceError(404, 'No such revision.');
		return rows[0].snapshot;
	}

	/**
	 * Whoever may write the article's draft room may publish it and use its history: the same
	 * rule as the sync server's for `kb.<id>` (directors; associates of the article's client).
	 * The role is checked before any lookup, so heroes and admins learn nothing about which
	 * articles exist.
	 */
	private async assertCanWrite(viewer: Viewer, articleId: string): Promise<{ clientId: string }> {
		if (!ROOM_ACCESS.kb[viewer.role].startsWith('rw')) throw new ServiceError(403, 'Your role may not write articles.');
		const { rows } = await this.store.query<{ client_id: string; assigned: boolean }>(
			`select k.client_id,
			        exists (select 1 from client_assignment a where a.user_id = $2 and a.client_id = k.client_id) as assigned
			   from kb_article k where k.id = $1`,
			[articleId, viewer.id]
		);
		if (!rows[0]) throw new ServiceError(404, 'No such article.');
		if (decideRoomAccess(viewer.role, 'kb', rows[0].assigned) !== 'read-write') {
			throw new ServiceError(403, "This article's client is not assigned to you.");
		}
		return { clientId: rows[0].client_id };
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

/**
 * Makes a published room hold `content` as `revision` (recorded in its meta, so a device knows
 * which revision it keeps); no revision and no content before the first publish.
 */
function publishInto(doc: Y.Doc, content: Y.Doc, revision: number | null): void {
	const trust = articleMeta(doc).get(ARTICLE_TRUST);
	copyArticle(content, doc);
	if (revision !== null) articleMeta(doc).set('revision', revision);
	// Not the draft's to say: kept until refreshTrust writes it again.
	if (trust !== undefined) articleMeta(doc).set(ARTICLE_TRUST, trust);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The category in an article's meta, trimmed; null when there is none. */
function categoryOf(doc: Y.Doc): string | null {
	const category = articleMeta(doc).get('category');
	return typeof category === 'string' && category.trim() !== '' ? category.trim().slice(0, 80) : null;
}

/** The title in an article's meta, trimmed; '' when there is none. */
function titleOf(doc: Y.Doc): string {
	const title = articleMeta(doc).get('title');
	return typeof title === 'string' ? title.trim() : '';
}

/** Revision numbers are positive `int`s; anything else is a bad request, not an unknown one. */
function assertRevisionNumber(revision: number): void {
	if (!Number.isInteger(revision) || revision < 1 || revision > MAX_REVISION) {
		throw new ServiceError(400, 'Revision must be a positive whole number.');
	}
}
