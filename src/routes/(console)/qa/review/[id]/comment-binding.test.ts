import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedReview, commentOf, reviewMap, type ReviewSeed } from '$lib/domain/qa/room';
import type { Scorecard } from '$lib/domain/qa/scorecard';
import { diffText } from '$lib/sync/text-diff';

/**
 * The review's comment box is bound to the review's Y.Text by `bindTextarea`, which turns each
 * input into one caret-aware splice (diffText). This checks what that buys on a review: two
 * associates typing into the same comment offline both keep their words once they merge.
 */

const scorecard = {
	id: 'sc',
	clientId: 'acme',
	version: 1,
	name: 'Support',
	categories: [{ id: 'tone', name: 'Tone', weight: 1, scale: 'binary', allowNA: false, critical: false }]
} as unknown as Scorecard;

const seed: ReviewSeed = {
	id: 'r1',
	clientId: 'acme',
	ticketId: 't1',
	ticketDay: '2026-11-20',
	heroId: null,
	reviewerId: 'u1',
	scorecardId: 'sc',
	scorecardVersion: 1,
	week: '2026-W48',
	assignedAt: '2026-11-23T05:00:00Z',
	runId: null,
	ticket: { subject: 'Refund', language: 'en', channel: 'email', createdAt: '2026-11-20T10:00:00Z', csat: null, escalation: 1 }
};

/** What the binding does on an input event: the field's old and new values become one splice. */
function type(text: Y.Text, after: string, cursor: number): void {
	const splice = diffText(text.toString(), after, cursor);
	text.doc!.transact(() => {
		if (splice.remove > 0) text.delete(splice.index, splice.remove);
		if (splice.insert) text.insert(splice.index, splice.insert);
	});
}

describe('review comment binding', () => {
	it("keeps both associates' typing when their offline edits merge", () => {
		const server = new Y.Doc();
		seedReview(server, seed, scorecard);
		const a = new Y.Doc();
		const b = new Y.Doc();
		Y.applyUpdate(a, Y.encodeStateAsUpdate(server));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
		const textA = commentOf(reviewMap(a, 'r1')!);
		const textB = commentOf(reviewMap(b, 'r1')!);
		type(textA, 'Good tone.', 10);
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		// Offline, each edits a different end of the same sentence.
		type(textA, 'Good tone. Missed the refund policy.', 36);
		type(textB, 'Very good tone.', 5);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(textA.toString()).toBe('Very good tone. Missed the refund policy.');
		expect(textB.toString()).toBe(textA.toString());
	});

	it('splices at the caret, not by replacing the whole text', () => {
		const doc = new Y.Doc();
		seedReview(doc, seed, scorecard);
		const text = commentOf(reviewMap(doc, 'r1')!);
		type(text, 'aa', 2);
		let delta: unknown = null;
		text.observe((event) => (delta = event.delta));
		// The caret after the input is at 2: the new "a" went in after the first one.
		type(text, 'aaa', 2);
		// One retain and one insert: the existing characters were left alone.
		expect(delta).toEqual([{ retain: 1 }, { insert: 'a' }]);
		expect(text.toString()).toBe('aaa');
	});
});
