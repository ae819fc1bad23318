import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoom } from '#protocol/rooms';
import { scorecard, seed } from '../../../../tests/helpers/qa-room';
import { disputeInput, QaDisputeError, raiseDispute, resolutionInput, resolveDispute, type RaiseInput } from './disputes';
import { disputesMap, projectQa, readReview, reviewMap, seedReview, setAnswer, submitReview } from './room';
import { QaInputError } from './scorecard';

const AT = '2026-11-20T10:00:00.000Z';
const LATER = '2026-11-21T10:00:00.000Z';

/** A room with r1 (hero-1, submitted: greeting 1, accuracy 2, upsell na), r2 (hero-1, open). */
function room(): Y.Doc {
	const doc = new Y.Doc();
	seedReview(doc, seed('r1'), scorecard);
	seedReview(doc, seed('r2'), scorecard);
	const r1 = reviewMap(doc, 'r1')!;
	setAnswer(r1, 'greeting', 1, 'asso-1', AT);
	setAnswer(r1, 'accuracy', 2, 'asso-1', AT);
	setAnswer(r1, 'upsell', 'na', 'asso-1', AT);
	expect(submitReview(doc, r1, 'asso-1', AT)).toEqual([]);
	return doc;
}

const raise = (over: Partial<RaiseInput> = {}): RaiseInput => ({ id: 'd1', reviewId: 'r1', categoryId: 'accuracy', heroId: 'hero-1', comment: '  I did check the order.  ', at: AT, ...over });

/** The room's full state: a refused call must leave it byte for byte as it was. */
const snapshot = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');

function refused(doc: Y.Doc, call: () => unknown, error: typeof QaInputError | typeof QaDisputeError, kind?: QaDisputeError['kind']): void {
	const before = snapshot(doc);
	let thrown: unknown;
	try {
		call();
	} catch (failure) {
		thrown = failure;
	}
	expect(thrown).toBeInstanceOf(error);
	if (kind) expect((thrown as QaDisputeError).kind).toBe(kind);
	expect(snapshot(doc)).toBe(before);
}

const score = (doc: Y.Doc) => projectQa(parseRoom('qa.client-1.2026-11')!, doc)[0]!.rows.find((r) => r.id === 'r1')!.score;

describe('raising a dispute', () => {
	it('keeps the trimmed comment and the value contested', () => {
		const doc = room();
		const dispute = raiseDispute(doc, raise());
		expect(dispute).toEqual({
			id: 'd1',
			reviewId: 'r1',
			categoryId: 'accuracy',
			heroId: 'hero-1',
			comment: 'I did check the order.',
			originalValue: 2,
			createdAt: AT,
			status: 'open',
			resolvedBy: null,
			resolvedAt: null,
			newValue: null,
			reason: null
		});
		expect(disputesMap(doc).get('d1')).toEqual(dispute);
		expect(raiseDispute(doc, raise({ id: 'd2', categoryId: 'upsell' })).originalValue).toBe('na');
	});

	it('refuses an unknown review, another hero, an open review, an unknown category', () => {
		const doc = room();
		refused(doc, () => raiseDispute(doc, raise({ reviewId: 'nope' })), QaDisputeError, 'not-found');
		refused(doc, () => raiseDispute(doc, raise({ heroId: 'hero-2' })), QaDisputeError, 'forbidden');
		refused(doc, () => raiseDispute(doc, raise({ reviewId: 'r2' })), QaInputError);
		refused(doc, () => raiseDispute(doc, raise({ categoryId: 'speed' })), QaInputError);
	});

	it('wants a comment of 1 to 2000 characters once trimmed', () => {
		const doc = room();
		refused(doc, () => raiseDispute(doc, raise({ comment: '' })), QaInputError);
		refused(doc, () => raiseDispute(doc, raise({ comment: ' \n\t ' })), QaInputError);
		refused(doc, () => raiseDispute(doc, raise({ comment: 'x'.repeat(2001) })), QaInputError);
		expect(raiseDispute(doc, raise({ comment: ` ${'x'.repeat(2000)} ` })).comment).toHaveLength(2000);
	});

	it('allows one open dispute per category of a review; a rejected one may be disputed again', () => {
		const doc = room();
		raiseDispute(doc, raise());
		refused(doc, () => raiseDispute(doc, raise({ id: 'd2' })), QaDisputeError, 'conflict');
		refused(doc, () => raiseDispute(doc, raise({ categoryId: 'greeting' })), QaDisputeError, 'conflict');
		expect(raiseDispute(doc, raise({ id: 'd2', categoryId: 'greeting' })).status).toBe('open');
		resolveDispute(doc, 'd1', { decision: 'reject', reason: 'The order was wrong.' }, 'asso-1', LATER);
		expect(raiseDispute(doc, raise({ id: 'd3', comment: 'Again' })).status).toBe('open');
		expect([...disputesMap(doc).keys()].sort()).toEqual(['d1', 'd2', 'd3']);
	});
});

describe('resolving a dispute', () => {
	it('accepting sets the answer, rescoring the review, and keeps both values and the note', () => {
		const doc = room();
		// (1·1 + 0.25·3) / 4 with upsell N/A.
		expect(score(doc)).toBe(0.4375);
		raiseDispute(doc, raise());
		const resolved = resolveDispute(doc, 'd1', { decision: 'accept', newValue: 4, note: ' Fair. ' }, 'asso-1', LATER);
		expect(resolved).toMatchObject({ status: 'accepted', originalValue: 2, newValue: 4, reason: 'Fair.', resolvedBy: 'asso-1', resolvedAt: LATER, comment: 'I did check the order.' });
		expect(readReview(reviewMap(doc, 'r1')!).answers.find((a) => a.categoryId === 'accuracy')!.value).toBe(4);
		expect(readReview(reviewMap(doc, 'r1')!)).toMatchObject({ status: 'submitted', updatedBy: 'asso-1', updatedAt: LATER });
		// (1·1 + 0.75·3) / 4.
		expect(score(doc)).toBe(0.8125);
		const row = projectQa(parseRoom('qa.client-1.2026-11')!, doc)[2]!.rows[0]!;
		expect(row).toMatchObject({ id: 'd1', status: 'accepted', comment: 'I did check the order.', original_value: '2', new_value: '4', reason: 'Fair.', resolved_by: 'asso-1' });
	});

	it('accepts N/A only where the category allows it, and no value off the scale', () => {
		const doc = room();
		raiseDispute(doc, raise());
		raiseDispute(doc, raise({ id: 'd2', categoryId: 'upsell' }));
		refused(doc, () => resolveDispute(doc, 'd1', { decision: 'accept', newValue: 'na' }, 'asso-1', LATER), QaInputError);
		for (const value of [0, 6, 2.5, Number.NaN]) {
			refused(doc, () => resolveDispute(doc, 'd1', { decision: 'accept', newValue: value }, 'asso-1', LATER), QaInputError);
		}
		refused(doc, () => resolveDispute(doc, 'd1', { decision: 'accept', newValue: 5, note: 'x'.repeat(2001) }, 'asso-1', LATER), QaInputError);
		expect(resolveDispute(doc, 'd2', { decision: 'accept', newValue: 3 }, 'asso-1', LATER)).toMatchObject({ originalValue: 'na', newValue: 3, reason: null });
		expect(resolveDispute(doc, 'd1', { decision: 'accept', newValue: 1 }, 'asso-1', LATER).newValue).toBe(1);
		// Accuracy is critical: its lowest value fails the review.
		expect(score(doc)).toBe(0);
	});

	it('rejecting needs a reason and leaves the answer and the score', () => {
		const doc = room();
		raiseDispute(doc, raise());
		refused(doc, () => resolveDispute(doc, 'd1', { decision: 'reject', reason: '   ' }, 'asso-1', LATER), QaInputError);
		refused(doc, () => resolveDispute(doc, 'd1', { decision: 'reject', reason: 'x'.repeat(2001) }, 'asso-1', LATER), QaInputError);
		const resolved = resolveDispute(doc, 'd1', { decision: 'reject', reason: ' Step 3 was skipped. ' }, 'dir-1', LATER);
		expect(resolved).toMatchObject({ status: 'rejected', reason: 'Step 3 was skipped.', newValue: null, originalValue: 2, resolvedBy: 'dir-1' });
		expect(score(doc)).toBe(0.4375);
	});

	it('refuses an unknown dispute, and resolving a resolved one is a conflict', () => {
		const doc = room();
		refused(doc, () => resolveDispute(doc, 'nope', { decision: 'reject', reason: 'No' }, 'asso-1', LATER), QaDisputeError, 'not-found');
		raiseDispute(doc, raise());
		resolveDispute(doc, 'd1', { decision: 'accept', newValue: 3 }, 'asso-1', LATER);
		refused(doc, () => resolveDispute(doc, 'd1', { decision: 'accept', newValue: 5 }, 'asso-1', LATER), QaDisputeError, 'conflict');
		refused(doc, () => resolveDispute(doc, 'd1', { decision: 'reject', reason: 'No' }, 'asso-1', LATER), QaDisputeError, 'conflict');
	});
});

describe('the API bodies', () => {
	it('validates a dispute and a resolution', () => {
		expect(disputeInput.parse({ categoryId: ' tone ', comment: ' Hi ' })).toEqual({ categoryId: 'tone', comment: 'Hi' });
		expect(disputeInput.safeParse({ categoryId: 'tone', comment: ' ' }).success).toBe(false);
		expect(resolutionInput.parse({ decision: 'accept', newValue: 'na' })).toEqual({ decision: 'accept', newValue: 'na' });
		expect(resolutionInput.safeParse({ decision: 'accept', newValue: 'five' }).success).toBe(false);
		expect(resolutionInput.safeParse({ decision: 'reject' }).success).toBe(false);
		expect(resolutionInput.safeParse({ decision: 'maybe' }).success).toBe(false);
	});
});
