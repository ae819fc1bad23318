import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoom } from '#protocol/rooms';
import { scorecard, seed } from '../../../../tests/helpers/qa-room';
import { createRandom } from '../random';
import {
	answersOf,
	commentOf,
	projectQa,
	readReview,
	readReviews,
	reviewMap,
	seedReview,
	setAnswer,
	setRootCause,
	submitReview
} from './room';

const sync = (a: Y.Doc, b: Y.Doc) => {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('the QA month room', () => {
	it('seeds a review once, with its scorecard version', () => {
		const doc = new Y.Doc();
		expect(seedReview(doc, seed('r1'), scorecard)).toBe(true);
		setAnswer(reviewMap(doc, 'r1')!, 'greeting', 1, 'asso-1', '2026-11-16T07:00:00Z');
		expect(seedReview(doc, seed('r1'), scorecard)).toBe(false);
		expect(readReview(reviewMap(doc, 'r1')!).answers).toEqual([{ categoryId: 'greeting', value: 1 }]);
		expect(() => seedReview(doc, seed('r2', { scorecardVersion: 2 }), scorecard)).toThrow(/card-1@2/);
	});

	it('merges two offline reviewers field by field, and keeps both comments', () => {
		const server = new Y.Doc();
		seedReview(server, seed('r1'), scorecard);
		const a = new Y.Doc();
		const b = new Y.Doc();
		sync(server, a);
		sync(server, b);
		// Offline, each edits different answers, the same answer, and the comment.
		setAnswer(reviewMap(a, 'r1')!, 'greeting', 1, 'asso-1', '2026-11-16T07:00:00Z');
		setAnswer(reviewMap(b, 'r1')!, 'accuracy', 4, 'asso-2', '2026-11-16T07:01:00Z');
		commentOf(reviewMap(a, 'r1')!).insert(0, 'Good greeting. ');
		commentOf(reviewMap(b, 'r1')!).insert(0, 'Refund policy quoted right.');
		setRootCause(reviewMap(b, 'r1')!, 'knowledge', 'asso-2', '2026-11-16T07:02:00Z');
		sync(a, b);
		const [ra, rb] = [readReview(reviewMap(a, 'r1')!), readReview(reviewMap(b, 'r1')!)];
		expect(ra).toEqual(rb);
		expect(ra.answers).toEqual([
			{ categoryId: 'accuracy', value: 4 },
			{ categoryId: 'greeting', value: 1 }
		]);
		expect(ra.comment).toContain('Good greeting. ');
		expect(ra.comment).toContain('Refund policy quoted right.');
		expect(ra.rootCause).toBe('knowledge');
	});

	it('submits only a complete review, and projects its score', () => {
		const doc = new Y.Doc();
		seedReview(doc, seed('r1'), scorecard);
		const review = reviewMap(doc, 'r1')!;
		setAnswer(review, 'greeting', 1, 'asso-1', '2026-11-16T07:00:00Z');
		expect(submitReview(doc, review, 'asso-1', '2026-11-16T07:05:00Z')).toEqual(['Category "Accuracy" has no answer', 'Category "Upsell" has no answer (pick a value or N/A)']);
		expect(readReview(review).status).toBe('open');
		setAnswer(review, 'accuracy', 4, 'asso-1', '2026-11-16T07:06:00Z');
		setAnswer(review, 'upsell', 'na', 'asso-1', '2026-11-16T07:06:00Z');
		expect(submitReview(doc, review, 'asso-1', '2026-11-16T07:07:00Z')).toEqual([]);

		const [reviews, categories, disputes] = projectQa(parseRoom('qa.client-1.2026-11')!, doc);
		expect(reviews!.scope).toEqual({ client_id: 'client-1', month: '2026-11' });
		// (1 × 1 + 0.75 × 3) / (1 + 3) = 0.8125; upsell N/A.
		expect(reviews!.rows).toEqual([expect.objectContaining({ id: 'r1', status: 'submitted', score: 0.8125, critical_failed: false, hero_id: 'hero-1', language: 'fr' })]);
		expect(categories!.rows.map((r) => [r.category_id, r.value, r.score])).toEqual([
			['accuracy', '4', 0.75],
			['greeting', '1', 1],
			['upsell', 'na', null]
		]);
		expect(disputes!.rows).toEqual([]);
	});

	it('projects an open review without a score, and ignores reviews of another client', () => {
		const doc = new Y.Doc();
		seedReview(doc, seed('r1'), scorecard);
		seedReview(doc, seed('r2', { clientId: 'client-2' }), { ...scorecard });
		const [reviews] = projectQa(parseRoom('qa.client-1.2026-11')!, doc);
		expect(reviews!.rows).toEqual([expect.objectContaining({ id: 'r1', status: 'open', score: null })]);
	});

	it('converges under random concurrent edits and delivery orders (seeded)', () => {
		for (let round = 0; round < 60; round++) {
			const r = createRandom(1000 + round);
			const server = new Y.Doc();
			for (const id of ['r1', 'r2']) seedReview(server, seed(id), scorecard);
			const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
			for (const peer of peers) sync(server, peer);
			const typed: Record<string, number> = { r1: 0, r2: 0 };
			for (let step = 0; step < 40; step++) {
				const peer = r.pick(peers);
				const id = r.pick(['r1', 'r2']);
				const review = reviewMap(peer, id)!;
				const op = r.int(0, 4);
				if (op === 0) setAnswer(review, r.pick(['greeting', 'accuracy', 'upsell']), r.int(0, 1), `p${peers.indexOf(peer)}`, `2026-11-16T07:${String(step).padStart(2, '0')}:00Z`);
				else if (op === 1) setAnswer(review, 'accuracy', r.int(1, 5), 'p', '2026-11-16T08:00:00Z');
				else if (op === 2) {
					const text = commentOf(review);
					const piece = r.pick(['ok ', 'late ', 'kind ']);
					text.insert(r.int(0, text.length), piece);
					typed[id]! += piece.length;
				} else if (op === 3) setRootCause(review, r.pick(['tone', 'process', null]), 'p', '2026-11-16T09:00:00Z');
				else if (r.chance(0.5)) submitReview(peer, review, 'p', '2026-11-16T10:00:00Z');
				// Now and then two peers exchange what they have, in a random pair and order.
				if (r.chance(0.3)) {
					const [x, y] = r.sample(peers, 2);
					sync(x!, y!);
				}
			}
			for (const x of peers) for (const y of peers) sync(x, y);
			const states = peers.map((peer) => JSON.stringify(readReviews(peer)));
			expect(new Set(states).size, `round ${round}`).toBe(1);
			const projections = peers.map((peer) => JSON.stringify(projectQa(parseRoom('qa.client-1.2026-11')!, peer)));
			expect(new Set(projections).size, `round ${round}`).toBe(1);
			// Every piece of comment typed anywhere survived.
			for (const id of ['r1', 'r2']) expect(commentOf(reviewMap(peers[0]!, id)!).length, `round ${round}`).toBe(typed[id]);
			expect(answersOf(reviewMap(peers[0]!, 'r1')!).size).toBeLessThanOrEqual(3);
		}
	});
});
