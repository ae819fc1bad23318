import * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import type { Language } from '../access';
import type { TableRows } from '../projections/types';
import type { Channel } from '../tickets';
import { categoryDays, type AnswerRow } from './category-days';
import { reviewWeeks, type ReviewRow } from './review-weeks';
import type { Scorecard } from './scorecard';
import { NA, scoreReview, validateAnswers, type Answer } from './scoring';

/**
 * The QA month room `qa.<clientId>.<yyyy-mm>`: a client's reviews assigned in that month, the
 * scorecard versions they use, and the disputes heroes raised. Directors and the client's
 * associates edit it (offline too); heroes read it.
 *
 * - `scorecards`: `<scorecardId>@<version>` → the Scorecard (JSON), written by the server.
 * - `reviews`: review id → a `Y.Map` the server creates when it assigns the review (never a
 *   client: two associates creating the same review offline would each make their own map, and
 *   one would win whole). Inside: `seed` (JSON, the server's: which ticket, hero, reviewer,
 *   scorecard version), `answers` (`Y.Map` category id → a value or 'na', merged field by field),
 *   `comment` (`Y.Text`: two people's typing both survive), `rootCause`, `status`
 *   ('open' | 'submitted'), `submittedAt`, `submittedBy`, `updatedAt`, `updatedBy`.
 * - `disputes`: dispute id → JSON, written by the server (heroes cannot write the room).
 */

export const QA_SCORECARDS = 'scorecards';
export const QA_REVIEWS = 'reviews';
export const QA_DISPUTES = 'disputes';

export const ROOT_CAUSES = ['knowledge', 'process', 'tone', 'tooling', 'policy', 'other'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const REVIEW_STATUSES = ['open', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What the server fixes when it assigns a review; a copy of the ticket's summary included. */
export interface ReviewSeed {
	id: string;
	clientId: string;
	ticketId: string;
	/** The ticket's day room: `tickets.<clientId>.<ticketDay>` holds its transcript. */
	ticketDay: string;
	heroId: string | null;
	/** The associate the review is assigned to. */
	reviewerId: string;
	scorecardId: string;
	scorecardVersion: number;
	/** ISO week of the assignment, `2026-W47`. */
	week: string;
	assignedAt: string;
	/** The job run that assigned it; null when assigned by hand. */
	runId: string | null;
	ticket: { subject: string; language: Language; channel: Channel; createdAt: string; csat: number | null; escalation: number };
}

export interface ReviewState {
	seed: ReviewSeed;
	answers: Answer[];
	comment: string;
	rootCause: RootCause | null;
	status: ReviewStatus;
	submittedAt: string | null;
	submittedBy: string | null;
	updatedAt: string | null;
	updatedBy: string | null;
}

export const DISPUTE_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface Dispute {
	id: string;
	reviewId: string;
	categoryId: string;
	heroId: string;
	comment: string;
	/** The category's value when the dispute was raised. */
	originalValue: number | 'na' | null;
	createdAt: string;
	status: DisputeStatus;
	resolvedBy: string | null;
	resolvedAt: string | null;
	/** Accepted: the category's new value. */
	newValue: number | 'na' | null;
	/** Rejected (or accepted with a note): why. */
	reason: string | null;
}

export const scorecardKey = (id: string, version: number) => `${id}@${version}`;

export function reviewsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(QA_REVIEWS);
}

export function disputesMap(doc: Y.Doc): Y.Map<Dispute> {
	return doc.getMap<Dispute>(QA_DISPUTES);
}

export function scorecardsMap(doc: Y.Doc): Y.Map<Scorecard> {
	return doc.getMap<Scorecard>(QA_SCORECARDS);
}

/**
 * Server side: puts a scorecard version into the room (once) and creates the review's map with
 * its empty answers and comment. Idempotent: a review that exists is left as it is.
 */
export function seedReview(doc: Y.Doc, seed: ReviewSeed, scorecard: Scorecard): boolean {
	if (scorecard.id !== seed.scorecardId || scorecard.version !== seed.scorecardVersion) {
		throw new Error(`Review ${seed.id} uses ${scorecardKey(seed.scorecardId, seed.scorecardVersion)}, not ${scorecardKey(scorecard.id, scorecard.version)}`);
	}
	let created = false;
	doc.transact(() => {
		const key = scorecardKey(scorecard.id, scorecard.version);
		if (!scorecardsMap(doc).has(key)) scorecardsMap(doc).set(key, scorecard);
		if (reviewsMap(doc).has(seed.id)) return;
		const review = new Y.Map<unknown>();
		review.set('seed', seed);
		review.set('answers', new Y.Map<number | 'na'>());
		review.set('comment', new Y.Text());
		review.set('rootCause', null);
		review.set('status', 'open');
		review.set('submittedAt', null);
		review.set('submittedBy', null);
		review.set('updatedAt', null);
		review.set('updatedBy', null);
		reviewsMap(doc).set(seed.id, review);
		created = true;
	});
	return created;
}

export function reviewMap(doc: Y.Doc, reviewId: string): Y.Map<unknown> | null {
	return reviewsMap(doc).get(reviewId) ?? null;
}

export function answersOf(review: Y.Map<unknown>): Y.Map<number | 'na'> {
	return review.get('answers') as Y.Map<number | 'na'>;
}

export function commentOf(review: Y.Map<unknown>): Y.Text {
	return review.get('comment') as Y.Text;
}

export function scorecardOf(doc: Y.Doc, seed: ReviewSeed): Scorecard | null {
	return scorecardsMap(doc).get(scorecardKey(seed.scorecardId, seed.scorecardVersion)) ?? null;
}

export function readReview(review: Y.Map<unknown>): ReviewState {
	const text = (key: string) => {
		const value = review.get(key);
		return typeof value === 'string' ? value : null;
	};
	const rootCause = text('rootCause');
	return {
		seed: review.get('seed') as ReviewSeed,
		answers: [...answersOf(review).entries()].map(([categoryId, value]) => ({ categoryId, value })).sort((a, b) => a.categoryId.localeCompare(b.categoryId)),
		comment: commentOf(review).toString(),
		rootCause: (ROOT_CAUSES as readonly string[]).includes(rootCause ?? '') ? (rootCause as RootCause) : null,
		status: text('status') === 'submitted' ? 'submitted' : 'open',
		submittedAt: text('submittedAt'),
		submittedBy: text('submittedBy'),
		updatedAt: text('updatedAt'),
		updatedBy: text('updatedBy')
	};
}

export function readReviews(doc: Y.Doc): ReviewState[] {
	return [...reviewsMap(doc).values()].map(readReview).sort((a, b) => a.seed.assignedAt.localeCompare(b.seed.assignedAt) || a.seed.id.localeCompare(b.seed.id));
}

/** An edit by `by` at `at`: one answer (null clears it). */
export function setAnswer(review: Y.Map<unknown>, categoryId: string, value: number | 'na' | null, by: string, at: string): void {
	review.doc!.transact(() => {
		if (value === null) answersOf(review).delete(categoryId);
		else answersOf(review).set(categoryId, value);
		touch(review, by, at);
	});
}

export function setRootCause(review: Y.Map<unknown>, rootCause: RootCause | null, by: string, at: string): void {
	review.doc!.transact(() => {
		review.set('rootCause', rootCause);
		touch(review, by, at);
	});
}

/**
 * Submits the review when every category is answered as its scorecard allows; otherwise
 * returns what is missing and changes nothing.
 */
export function submitReview(doc: Y.Doc, review: Y.Map<unknown>, by: string, at: string): string[] {
	const state = readReview(review);
	const scorecard = scorecardOf(doc, state.seed);
	if (!scorecard) return [`The scorecard ${scorecardKey(state.seed.scorecardId, state.seed.scorecardVersion)} is not in this room.`];
	const problems = validateAnswers(scorecard, state.answers);
	if (problems.length > 0) return problems;
	doc.transact(() => {
		review.set('status', 'submitted');
		review.set('submittedAt', at);
		review.set('submittedBy', by);
		touch(review, by, at);
	});
	return [];
}

function touch(review: Y.Map<unknown>, by: string, at: string): void {
	review.set('updatedAt', at);
	review.set('updatedBy', by);
}

/** A value as `qa_review_category` and `qa_dispute` keep it: a number as text, 'na', or null. */
const answerText = (value: number | 'na' | null | undefined): string | null => (value === null || value === undefined ? null : String(value));

export function readDisputes(doc: Y.Doc): Dispute[] {
	return [...disputesMap(doc).values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * `qa.<clientId>.<yyyy-mm>` → its reviews (`qa_review`), their category answers
 * (`qa_review_category`, with the dashboard's per-day sums of them, `qa_category_day`) and its
 * disputes (`qa_dispute`), with the dashboard's per-week sums of reviews and disputes
 * (`qa_review_week`, `qa_review_week_group`). Scores only for submitted reviews
 * whose answers fit their scorecard (an edit that made a submitted review invalid — it should
 * not happen — yields no score rather than a wrong one).
 */
export function projectQa(room: RoomName, doc: Y.Doc): TableRows[] {
	const scope = { client_id: room.id, month: room.part ?? '' };
	const reviews: ReviewRow[] = [];
	const categories: AnswerRow[] = [];
	for (const state of readReviews(doc)) {
		const { seed } = state;
		if (seed.clientId !== room.id) continue;
		const scorecard = scorecardOf(doc, seed);
		const scored = state.status === 'submitted' && scorecard !== null && validateAnswers(scorecard, state.answers).length === 0 ? scoreReview(scorecard, state.answers) : null;
		reviews.push({
			id: seed.id,
			...scope,
			ticket_id: seed.ticketId,
			ticket_day: seed.ticketDay,
			hero_id: seed.heroId,
			reviewer_id: seed.reviewerId,
			scorecard_id: seed.scorecardId,
			scorecard_version: seed.scorecardVersion,
			week: seed.week,
			assigned_at: seed.assignedAt,
			language: seed.ticket.language,
			channel: seed.ticket.channel,
			status: state.status,
			submitted_at: state.submittedAt,
			submitted_by: state.submittedBy,
			score: scored?.score ?? null,
			critical_failed: scored?.criticalFailed ?? false,
			root_cause: state.rootCause,
			comment: state.comment
		});
		const results = new Map(scored?.categories.map((c) => [c.categoryId, c.score]) ?? []);
		for (const answer of state.answers) {
			categories.push({
				review_id: seed.id,
				...scope,
				category_id: answer.categoryId,
				value: answer.value === NA ? NA : String(answer.value),
				score: results.get(answer.categoryId) ?? null,
				// The review's, so the dashboard filters answers without joining (migrations/0026).
				status: state.status,
				hero_id: seed.heroId,
				submitted_at: state.submittedAt
			});
		}
	}
	const disputes = readDisputes(doc).map((d) => ({
		id: d.id,
		...scope,
		review_id: d.reviewId,
		category_id: d.categoryId,
		hero_id: d.heroId,
		status: d.status,
		created_at: d.createdAt,
		resolved_at: d.resolvedAt,
		resolved_by: d.resolvedBy,
		comment: d.comment ?? '',
		original_value: answerText(d.originalValue),
		new_value: answerText(d.newValue),
		reason: d.reason ?? null
	}));
	const weeks = reviewWeeks(scope, reviews, disputes);
	return [
		{ table: 'qa_review', scope, rows: reviews },
		{ table: 'qa_review_category', scope, rows: categories },
		{ table: 'qa_dispute', scope, rows: disputes },
		{ table: 'qa_category_day', scope, rows: categoryDays(scope, categories) },
		{ table: 'qa_review_week', scope, rows: weeks.weeks },
		{ table: 'qa_review_week_group', scope, rows: weeks.groups }
	];
}
