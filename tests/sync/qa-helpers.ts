import type * as Y from 'yjs';
import type { Language } from '../../src/lib/domain/access';
import { reviewMap, seedReview, setAnswer, submitReview, type ReviewSeed } from '../../src/lib/domain/qa/room';
import type { Scorecard } from '../../src/lib/domain/qa/scorecard';
import type { Channel } from '../../src/lib/domain/tickets';

/**
 * QA reviews as tests write them into a month room's doc — a director's or associate's own doc,
 * or the server's through `withRoom` — with the domain's own functions.
 *
 * The scorecard: greeting (binary, weight 1), accuracy (1–5, weight 2, critical), tone (1–3,
 * weight 1, N/A allowed). Category scores: binary 0 → 0, 1 → 1; on 1–5, (v − 1) / 4; on 1–3,
 * (v − 1) / 2. The review score is Σ score × weight / Σ weight over the answers not N/A, and 0
 * when accuracy is 1.
 */
export function testScorecard(clientId: string): Scorecard {
	return {
		id: `sc-test-${clientId}`,
		clientId,
		version: 1,
		name: 'Test scorecard',
		categories: [
			{ id: 'greeting', name: 'Greeting', weight: 1, scale: 'binary', allowNA: false, critical: false, bonus: false },
			{ id: 'accuracy', name: 'Accuracy', weight: 2, scale: '5', allowNA: false, critical: true, bonus: false },
			{ id: 'tone', name: 'Tone', weight: 1, scale: '3', allowNA: true, critical: false, bonus: false }
		],
		createdAt: '2021-01-01T00:00:00.000Z',
		createdBy: 'test'
	};
}

export interface TestReview {
	id: string;
	clientId: string;
	heroId: string | null;
	reviewerId: string;
	/** ISO timestamp of the assignment; the week is given apart (`2021-W06`). */
	assignedAt: string;
	week: string;
	language?: Language;
	channel?: Channel;
}

export function testSeed(review: TestReview): ReviewSeed {
	const scorecard = testScorecard(review.clientId);
	return {
		id: review.id,
		clientId: review.clientId,
		ticketId: `ticket-${review.id}`,
		ticketDay: review.assignedAt.slice(0, 10),
		heroId: review.heroId,
		reviewerId: review.reviewerId,
		scorecardId: scorecard.id,
		scorecardVersion: scorecard.version,
		week: review.week,
		assignedAt: review.assignedAt,
		runId: null,
		ticket: {
			subject: `Ticket of ${review.id}`,
			language: review.language ?? 'en',
			channel: review.channel ?? 'chat',
			createdAt: review.assignedAt,
			csat: null,
			escalation: 0
		}
	};
}

/** Creates the review (as the server would when it assigns one). */
export function assignReview(doc: Y.Doc, review: TestReview): void {
	seedReview(doc, testSeed(review), testScorecard(review.clientId));
}

/** Answers every category, then submits; throws with the problems when it cannot. */
export function answerAndSubmit(doc: Y.Doc, id: string, answers: Record<string, number | 'na'>, by: string, at: string): void {
	const review = reviewMap(doc, id);
	if (!review) throw new Error(`No review ${id} in this room`);
	for (const [categoryId, value] of Object.entries(answers)) setAnswer(review, categoryId, value, by, at);
	const problems = submitReview(doc, review, by, at);
	if (problems.length > 0) throw new Error(problems.join('; '));
}
