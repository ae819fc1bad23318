import { nextVersion, type Scorecard } from '../../src/lib/domain/qa/scorecard';
import type { ReviewSeed } from '../../src/lib/domain/qa/room';

/**
 * The QA room's unit tests' fixtures: one scorecard (binary greeting ×1, critical 1–5 accuracy ×3,
 * 1–3 upsell ×1 with N/A) and a review seed of hero-1 for associate asso-1 on client-1.
 */
export const scorecard: Scorecard = nextVersion(
	null,
	{
		name: 'Email quality',
		categories: [
			{ id: 'greeting', name: 'Greeting', weight: 1, scale: 'binary', allowNA: false, critical: false, bonus: false },
			{ id: 'accuracy', name: 'Accuracy', weight: 3, scale: '5', allowNA: false, critical: true, bonus: false },
			{ id: 'upsell', name: 'Upsell', weight: 1, scale: '3', allowNA: true, critical: false, bonus: false }
		]
	},
	{ id: 'card-1', clientId: 'client-1', createdAt: '2026-11-01T00:00:00Z', createdBy: 'dir' }
);

export const seed = (id: string, over: Partial<ReviewSeed> = {}): ReviewSeed => ({
	id,
	clientId: 'client-1',
	ticketId: `ticket-${id}`,
	ticketDay: '2026-11-16',
	heroId: 'hero-1',
	reviewerId: 'asso-1',
	scorecardId: 'card-1',
	scorecardVersion: 1,
	week: '2026-W47',
	assignedAt: '2026-11-16T06:00:00.000Z',
	runId: 'run-1',
	ticket: { subject: 'Refund', language: 'fr', channel: 'email', createdAt: '2026-11-16T05:00:00.000Z', csat: 4, escalation: 1 },
	...over
});
