import type { z } from 'zod';
import { diffScorecards, nextVersion, scorecardInput, type Category, type Scorecard, type ScorecardInput } from '#domain/qa/scorecard';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { ClientService, Viewer } from './clients';

/** A version as people read it: with the name of the director who saved it. */
export interface ScorecardVersion extends Scorecard {
	createdByName: string;
}

export interface SaveOptions {
	/**
	 * The version the director's edit started from (0: the client had none). When another save
	 * came in between, this one is refused with 409 instead of silently replacing it. Absent:
	 * the current version when the save begins.
	 */
	baseVersion?: number;
}

export interface SaveResult {
	scorecard: ScorecardVersion;
	/** False when the input was identical to the current version, which is returned instead. */
	created: boolean;
}

interface Row {
	id: string;
	client_id: string;
	version: number;
	name: string;
	categories: Category[];
	created_at: Date | string;
	created_by: string;
	created_by_name?: string;
}

const toScorecard = (row: Row): Scorecard => ({
	id: row.id,
	clientId: row.client_id,
	version: row.version,
	name: row.name,
	categories: row.categories,
	createdAt: new Date(row.created_at).toISOString(),
	createdBy: row.created_by
});

const toVersion = (row: Row): ScorecardVersion => ({ ...toScorecard(row), createdByName: row.created_by_name ?? '' });

const SELECT_VERSIONS = `select s.*, u.name as created_by_name from qa_scorecard s join app_user u on u.id = s.created_by`;

export const STALE_MESSAGE = 'Someone saved a newer version; reload.';

/** The first problem of an invalid input, worded like the API's own validation (`path: message`). */
function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	return `${where}${issue?.message ?? 'Invalid scorecard'}`;
}

const isUniqueViolation = (error: unknown) =>
	typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * QA scorecards: one per client, versioned (migrations/0021_qa_scorecard.server.sql). Saving
 * never changes a version, it adds the next one; reviews keep the version they were made with.
 *
 * Read: directors, and the associates and heroes assigned to the client (heroes see what their
 * reviews are scored against). Write: directors. Admins manage accounts, not quality.
 */
export class ScorecardService {
	constructor(
		private readonly store: Store,
		private readonly clients: ClientService
	) {}

	/** The client's current version, or null when it has none. No access check: for jobs. */
	async current(clientId: string): Promise<Scorecard | null> {
		const row = await latest(this.store, clientId);
		return row ? toScorecard(row) : null;
	}

	async currentFor(viewer: Viewer, clientId: string): Promise<ScorecardVersion | null> {
		await this.assertCanRead(viewer, clientId);
		const { rows } = await this.store.query<Row>(`${SELECT_VERSIONS} where s.client_id = $1 order by s.version desc limit 1`, [
			clientId
		]);
		return rows[0] ? toVersion(rows[0]) : null;
	}

	/** Every version of the client's scorecard, newest first; [] when it has none. */
	async versions(viewer: Viewer, clientId: string): Promise<ScorecardVersion[]> {
		await this.assertCanRead(viewer, clientId);
		const { rows } = await this.store.query<Row>(`${SELECT_VERSIONS} where s.client_id = $1 order by s.version desc`, [clientId]);
		return rows.map(toVersion);
	}

	async get(viewer: Viewer, clientId: string, version: number): Promise<ScorecardVersion> {
		await this.assertCanRead(viewer, clientId);
		const { rows } = await this.store.query<Row>(`${SELECT_VERSIONS} where s.client_id = $1 and s.version = $2`, [
			clientId,
			version
		]);
		if (!rows[0]) throw new ServiceError(404, `The scorecard has no version ${version}.`);
		return toVersion(rows[0]);
	}

	/** Saves `input` as the next version (see `saveVersion`) and returns what is now current. */
	async save(viewer: Viewer, clientId: string, input: ScorecardInput, options: SaveOptions = {}): Promise<ScorecardVersion> {
		return (await this.saveVersion(viewer, clientId, input, options)).scorecard;
	}

	/**
	 * Directors only. A save identical to the current version (`diffScorecards(...).identical`)
	 * writes nothing and returns the current version. Two saves racing from the same version: the
	 * first writes the next version, the other gets 409 — never the same version twice (the
	 * client row is locked while the version is chosen, and (client_id, version) is unique).
	 */
	async saveVersion(viewer: Viewer, clientId: string, input: ScorecardInput, options: SaveOptions = {}): Promise<SaveResult> {
		if (viewer.role !== 'director') throw new ServiceError(403, 'Only directors edit scorecards.');
		await this.clients.getFor(viewer, clientId);
		const parsed = scorecardInput.safeParse(input);
		if (!parsed.success) throw new ServiceError(400, firstIssue(parsed.error));
		const base = options.baseVersion ?? (await latest(this.store, clientId))?.version ?? 0;

		try {
			return await this.store.transaction(async (tx) => {
				// Saves of one client queue here (PostgreSQL); PGlite runs transactions one at a time anyway.
				await tx.query('select id from client where id = $1 for update', [clientId]);
				const row = await latest(tx, clientId);
				const current = row ? toScorecard(row) : null;
				const next = nextVersion(current, parsed.data, {
					id: current?.id ?? newId(),
					clientId,
					createdAt: new Date(),
					createdBy: viewer.id
				});
				if (current && diffScorecards(current, next).identical) {
					return { scorecard: await this.withAuthor(tx, current), created: false };
				}
				if ((current?.version ?? 0) !== base) throw new ServiceError(409, STALE_MESSAGE);
				await insertVersion(tx, next);
				return { scorecard: await this.withAuthor(tx, next), created: true };
			});
		} catch (error) {
			if (isUniqueViolation(error)) throw new ServiceError(409, STALE_MESSAGE);
			throw error;
		}
	}

	private async assertCanRead(viewer: Viewer, clientId: string): Promise<void> {
		if (viewer.role === 'admin') throw new ServiceError(403, 'Your role may not see scorecards.');
		// 404 for an unknown client, 403 for one not assigned to an associate or a hero.
		await this.clients.getFor(viewer, clientId);
	}

	private async withAuthor(db: Queryable, scorecard: Scorecard): Promise<ScorecardVersion> {
		const { rows } = await db.query<{ name: string }>('select name from app_user where id = $1', [scorecard.createdBy]);
		return { ...scorecard, createdByName: rows[0]?.name ?? '' };
	}
}

async function latest(db: Queryable, clientId: string): Promise<Row | undefined> {
	const { rows } = await db.query<Row>('select * from qa_scorecard where client_id = $1 order by version desc limit 1', [clientId]);
	return rows[0];
}

/** Writes a version as it is (no access check, no checks of the version number: the seed uses it too). */
export async function insertVersion(db: Queryable, scorecard: Scorecard): Promise<void> {
	await db.query(
		`insert into qa_scorecard (id, client_id, version, name, categories, created_at, created_by)
		 values ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
		[
			scorecard.id,
			scorecard.clientId,
			scorecard.version,
			scorecard.name,
			JSON.stringify(scorecard.categories),
			scorecard.createdAt,
			scorecard.createdBy
		]
	);
}
