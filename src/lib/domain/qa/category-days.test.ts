import { describe, expect, it } from 'vitest';
import { categoryDays, type AnswerRow } from './category-days';

const scope = { client_id: 'c1', month: '2026-11' };
const answer = (category_id: string, value: string, score: number | null, submitted_at: string | null, status = 'submitted'): AnswerRow => ({
	review_id: 'r',
	...scope,
	category_id,
	value,
	score,
	status,
	hero_id: 'h1',
	submitted_at
});

describe('categoryDays', () => {
	it('adds submitted answers per UTC day and category: answers, N/A, scored, failed, score nanos', () => {
		const rows = categoryDays(scope, [
			answer('tone', '1', 0, '2026-11-16T23:59:59.999Z'),
			answer('tone', '3', 1, '2026-11-16T00:00:00Z'),
			answer('tone', 'na', null, '2026-11-16T10:00:00Z'),
			answer('tone', '2', 0.333333333, '2026-11-17T00:00:00Z'),
			answer('greeting', '1', 0.666666667, '2026-11-17T08:00:00+02:00'),
			answer('tone', '3', null, null, 'open')
		]);
		expect(rows).toEqual([
			{ ...scope, day: '2026-11-16', category_id: 'tone', answers: 3, na: 1, scored: 2, failed: 1, score_nanos: 1_000_000_000 },
			{ ...scope, day: '2026-11-17', category_id: 'tone', answers: 1, na: 0, scored: 1, failed: 0, score_nanos: 333_333_333 },
			{ ...scope, day: '2026-11-17', category_id: 'greeting', answers: 1, na: 0, scored: 1, failed: 0, score_nanos: 666_666_667 }
		]);
	});

	it('has no row without a submitted answer', () => {
		expect(categoryDays(scope, [answer('tone', '3', null, null, 'open')])).toEqual([]);
	});
});
