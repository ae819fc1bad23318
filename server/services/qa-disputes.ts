import type * as Y from 'yjs';
import { z } from 'zod';
import { DISPUTE_STATUSES, type Dispute, type DisputeStatus } from '#domain/qa/room';
import { QaDisputeError, raiseDispute, resolveDispute, type DisputeInput, type Resolution } from '#domain/qa/disputes';
import { NA } from '#domain/qa/scoring';
import { roomName } from '#protocol/rooms';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import { newId } from '../ids';
import type { SyncService } from '../sync/service';
import type { ClientService, Viewer } from './clients';

/**
 * QA disputes (src/lib/domain/qa/disputes.ts) for the API: a hero raises one on a category of
 * their own submitted review; a director, or an associate of the review's client, resolves it.
 * The dispute lives in the review's month room `qa.<clientId>.<month>`, written through
 * `SyncService.withRoom` (stored and projected into `qa_dispute` before the call returns); the
 * lists read `qa_dispute` joined with the review and its ticket.
 *
 * Who: heroes raise (their reviews only) and list their own disputes; associates resolve and
 * list their clients'; directors every client's; admins nothing.
 */

export const disputesQuery = z.object({
	clientId: z.string('clientId is required').trim().min(1, 'clientId is required'),
	status: z.enum(DISPUTE_STATUSES, 'status is open, accepted or rejected').optional()
});
export type DisputesQuery = z.output<typeof disputesQuery>;

/** A dispute as lists show it: with its review's and ticket's context. */
export interface DisputeView extends Dispute {
	clientId: string;
	month: string;
	heroName: string | null;
	ticketId: string;
	/** Null when the server has no row for the ticket. */
	ticketSubject: string | null;
	reviewerId: string;
	scorecardId: string;
	scorecardVersion: number;
	/** The review's score now (after an accept, the new one). */
	reviewScore: number | null;
}

interface ReviewRow {
	client_id: string;
	month: string;
	hero_id: string | null;
	status: string;
}

interface DisputeRow {
	id: string;
	client_id: string;
	month: string;
	review_id: string;
	category_id: string;
	hero_id: string;
	status: DisputeStatus;
	created_at: Date | string;
	resolved_at: Date | string | null;
	resolved_by: string | null;
	comment: string;
	original_value: string | null;
	new_value: string | null;
	reason: string | null;
	hero_name: string | null;
	ticket_id: string;
	subject: string | null;
	reviewer_id: string;
	scorecard_id: string;
	scorecard_version: number;
	score: number | null;
}

const value = (text: string | null): number | typeof NA | null => (text === null ? null : text === NA ? NA : Number(text));
const iso = (at: Date | string) => new Date(at).toISOString();

/** Domain refusals as HTTP answers; anything else is not ours to word. */
function asServiceError(error: unknown): unknown {
	if (!(error instanceof Error)) return error;
	if (error.name === 'QaInputError') return new ServiceError(400, error.message);
	if (error.name === 'QaDisputeError') {
		const kind = (error as QaDisputeError).kind;
		return new ServiceError(kind === 'forbidden' ? 403 : kind === 'not-found' ? 404 : 409, error.message);
	}
	return error;
}

export class QaDisputeService {
	constructor(
		private readonly store: Store,
		private readonly clients: ClientService,
		private readonly sync: Pick<SyncService, 'withRoom'>
	) {}

	/** A hero disputes `input.categoryId` of their own submitted review `reviewId`. */
	async raise(viewer: Viewer, reviewId: string, input: DisputeInput): Promise<{ id: string }> {
		if (viewer.role !== 'hero') throw new ServiceError(403, 'Only heroes dispute their reviews.');
		const { rows } = await this.store.query<ReviewRow>('select client_id, month, hero_id, status from qa_review where id = $1', [reviewId]);
		const review = rows[0];
		// Another hero's review is as unknown as a missing one: its existence is not theirs to learn.
		if (!review || review.hero_id !== viewer.id || !(await this.clients.canSee(viewer, review.client_id))) {
			throw new ServiceError(review ? 403 : 404, review ? 'This review is not yours.' : 'No such review.');
		}
		if (review.status !== 'submitted') throw new ServiceError(400, 'Only a submitted review can be disputed.');
		const id = newId();
		await this.write(review.client_id, review.month, (doc) =>
			raiseDispute(doc, { id, reviewId, categoryId: input.categoryId, heroId: viewer.id, comment: input.comment, at: new Date().toISOString() })
		);
		return { id };
	}

	/** A director, or an associate of the review's client, accepts or rejects an open dispute. */
	async resolve(viewer: Viewer, disputeId: string, resolution: Resolution): Promise<Dispute> {
		if (viewer.role !== 'director' && viewer.role !== 'associate') throw new ServiceError(403, 'Only directors and associates resolve disputes.');
		const { rows } = await this.store.query<{ client_id: string; month: string }>('select client_id, month from qa_dispute where id = $1', [disputeId]);
		const row = rows[0];
		if (!row) throw new ServiceError(404, 'No such dispute.');
		if (!(await this.clients.canSee(viewer, row.client_id))) throw new ServiceError(403, 'This client is not assigned to you.');
		return this.write(row.client_id, row.month, (doc) => resolveDispute(doc, disputeId, resolution, viewer.id, new Date().toISOString()));
	}

	/** The client's disputes the viewer may see: open ones first, then newest first. */
	async list(viewer: Viewer, query: DisputesQuery): Promise<DisputeView[]> {
		if (viewer.role === 'admin') throw new ServiceError(403, 'Admins do not see QA reviews.');
		const client = await this.clients.getFor(viewer, query.clientId);
		const { rows } = await this.store.query<DisputeRow>(
			`select d.id, d.client_id, d.month, d.review_id, d.category_id, d.hero_id, d.status, d.created_at,
			        d.resolved_at, d.resolved_by, d.comment, d.original_value, d.new_value, d.reason,
			        u.name as hero_name, r.ticket_id, t.subject, r.reviewer_id, r.scorecard_id, r.scorecard_version, r.score
			   from qa_dispute d
			   join qa_review r on r.id = d.review_id
			   left join ticket t on t.id = r.ticket_id
			   left join app_user u on u.id = d.hero_id
			  where d.client_id = $1 and ($2::text is null or d.status = $2) and ($3::text is null or d.hero_id = $3)
			  order by d.status = 'open' desc, d.created_at desc, d.id`,
			[client.id, query.status ?? null, viewer.role === 'hero' ? viewer.id : null]
		);
		return rows.map(toView);
	}

	private async write<T>(clientId: string, month: string, change: (doc: Y.Doc) => T): Promise<T> {
		try {
			return await this.sync.withRoom(roomName('qa', clientId, month), change);
		} catch (error) {
			throw asServiceError(error);
		}
	}
}

function toView(row: DisputeRow): DisputeView {
	return {
		id: row.id,
		reviewId: row.review_id,
		categoryId: row.category_id,
		heroId: row.hero_id,
		comment: row.comment,
		originalValue: value(row.original_value),
		createdAt: iso(row.created_at),
		status: row.status,
		resolvedBy: row.resolved_by,
		resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
		newValue: value(row.new_value),
		reason: row.reason,
		clientId: row.client_id,
		month: row.month,
		heroName: row.hero_name,
		ticketId: row.ticket_id,
		ticketSubject: row.subject,
		reviewerId: row.reviewer_id,
		scorecardId: row.scorecard_id,
		scorecardVersion: row.scorecard_version,
		reviewScore: row.score
	};
}
