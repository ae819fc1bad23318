import type * as Y from 'yjs';
import { z } from 'zod';
import { answersOf, disputesMap, readReview, reviewMap, scorecardOf, setAnswer, type Dispute } from './room';
import { QaInputError } from './scorecard';
import { categoryScore, NA } from './scoring';

/**
 * Disputes: a hero contests one category of their own submitted review with a comment; a
 * director or the client's associate accepts it (the category gets a new value, so the review is
 * rescored and IQS follows) or rejects it with a reason. Nothing is ever deleted: the dispute
 * keeps the value it contested, the new value, the reason, who resolved it and when.
 *
 * Only the server writes disputes (heroes cannot open qa rooms; the services call these inside
 * `SyncService.withRoom`), so there is no client-side merging to converge: two resolutions of one
 * dispute are serialised by the server and the second is refused. Every check runs before
 * anything is written, so a refused call leaves the room as it was.
 */

export const MAX_DISPUTE_TEXT = 2_000;

/** Why a dispute call was refused other than for bad input (QaInputError): maps to 403/404/409. */
export class QaDisputeError extends Error {
	override readonly name = 'QaDisputeError';

	constructor(
		readonly kind: 'forbidden' | 'not-found' | 'conflict',
		message: string
	) {
		super(message);
	}
}

const text = (label: string) =>
	z
		.string(`${label} is required`)
		.trim()
		.min(1, `${label} is required`)
		.max(MAX_DISPUTE_TEXT, `${label} has at most ${MAX_DISPUTE_TEXT} characters`);

const answerValue = z.union([z.number(), z.literal(NA)], 'newValue is a number or "na"');

/** `POST /api/qa/reviews/:id/disputes`' body. */
export const disputeInput = z.object({
	categoryId: z.string('categoryId is required').trim().min(1, 'categoryId is required'),
	comment: text('A comment')
});
export type DisputeInput = z.output<typeof disputeInput>;

/** `POST /api/qa/disputes/:id/resolve`' body. */
export const resolutionInput = z.discriminatedUnion(
	'decision',
	[
		z.object({
			decision: z.literal('accept'),
			newValue: answerValue,
			note: z
				.string()
				.trim()
				.max(MAX_DISPUTE_TEXT, `A note has at most ${MAX_DISPUTE_TEXT} characters`)
				.optional()
				.nullable()
		}),
		z.object({ decision: z.literal('reject'), reason: text('A reason') })
	],
	'decision is accept or reject'
);
export type Resolution = z.output<typeof resolutionInput>;

export interface RaiseInput {
	id: string;
	reviewId: string;
	categoryId: string;
	/** The hero raising it: must be the review's hero. */
	heroId: string;
	comment: string;
	at: string;
}

function checkedText(value: string, label: string): string {
	const parsed = text(label).safeParse(value);
	if (!parsed.success) throw new QaInputError([parsed.error.issues[0]?.message ?? `${label} is invalid`]);
	return parsed.data;
}

/** The dispute now open on `reviewId`'s `categoryId`, if any. */
export function openDispute(doc: Y.Doc, reviewId: string, categoryId: string): Dispute | null {
	for (const dispute of disputesMap(doc).values()) {
		if (dispute.reviewId === reviewId && dispute.categoryId === categoryId && dispute.status === 'open') return dispute;
	}
	return null;
}

/** Raises a dispute on a category of a submitted review; returns it as stored. */
export function raiseDispute(doc: Y.Doc, input: RaiseInput): Dispute {
	const review = reviewMap(doc, input.reviewId);
	if (!review) throw new QaDisputeError('not-found', 'No such review.');
	const state = readReview(review);
	if (state.seed.heroId !== input.heroId) throw new QaDisputeError('forbidden', 'Only the hero of a review may dispute it.');
	if (state.status !== 'submitted') throw new QaInputError(['Only a submitted review can be disputed.']);
	const category = scorecardOf(doc, state.seed)?.categories.find((c) => c.id === input.categoryId);
	if (!category) throw new QaInputError([`Unknown category "${input.categoryId}" for this review's scorecard.`]);
	const comment = checkedText(input.comment, 'A comment');
	if (disputesMap(doc).has(input.id)) throw new QaDisputeError('conflict', 'This dispute exists already.');
	if (openDispute(doc, input.reviewId, input.categoryId)) {
		throw new QaDisputeError('conflict', `"${category.name}" is already disputed on this review; wait for its resolution.`);
	}
	const dispute: Dispute = {
		id: input.id,
		reviewId: input.reviewId,
		categoryId: input.categoryId,
		heroId: input.heroId,
		comment,
		originalValue: answersOf(review).get(input.categoryId) ?? null,
		createdAt: input.at,
		status: 'open',
		resolvedBy: null,
		resolvedAt: null,
		newValue: null,
		reason: null
	};
	disputesMap(doc).set(dispute.id, dispute);
	return dispute;
}

/**
 * Accepts (the review's answer becomes `newValue`, checked against the category's scale and
 * N/A rule) or rejects (a reason is required) an open dispute; returns it as stored.
 */
export function resolveDispute(doc: Y.Doc, disputeId: string, decision: Resolution, by: string, at: string): Dispute {
	const dispute = disputesMap(doc).get(disputeId);
	if (!dispute) throw new QaDisputeError('not-found', 'No such dispute.');
	if (dispute.status !== 'open') throw new QaDisputeError('conflict', `This dispute was ${dispute.status} already.`);
	if (decision.decision === 'reject') {
		const resolved: Dispute = { ...dispute, status: 'rejected', reason: checkedText(decision.reason, 'A reason'), resolvedBy: by, resolvedAt: at };
		disputesMap(doc).set(disputeId, resolved);
		return resolved;
	}
	const review = reviewMap(doc, dispute.reviewId);
	if (!review) throw new QaDisputeError('not-found', 'The disputed review is gone.');
	const category = scorecardOf(doc, readReview(review).seed)?.categories.find((c) => c.id === dispute.categoryId);
	if (!category) throw new QaInputError([`Unknown category "${dispute.categoryId}" for this review's scorecard.`]);
	// Throws QaInputError for a value off the scale, or N/A where the category does not allow it.
	categoryScore(category, decision.newValue);
	const note = decision.note?.trim() ?? '';
	if (note.length > MAX_DISPUTE_TEXT) throw new QaInputError([`A note has at most ${MAX_DISPUTE_TEXT} characters`]);
	const resolved: Dispute = { ...dispute, status: 'accepted', newValue: decision.newValue, reason: note || null, resolvedBy: by, resolvedAt: at };
	doc.transact(() => {
		setAnswer(review, dispute.categoryId, decision.newValue, by, at);
		disputesMap(doc).set(disputeId, resolved);
	});
	return resolved;
}
