import { describe, expect, it } from 'vitest';
import { reviewWeeks, scoreBucket, type ReviewRow } from './review-weeks';

const scope = { client_id: 'c1', month: '2026-11' };
const review = (id: string, week: string, score: number | null, submitted_at: string | null, more: Partial<ReviewRow> = {}): ReviewRow => ({
	id,
	...scope,
	week,
	hero_id: 'h1',
	reviewer_id: 'v1',
	language: 'en',
	status: submitted_at === null ? 'open' : 'submitted',
	submitted_at,
	score,
	...more
});

describe('reviewWeeks', () => {
	it('adds submitted reviews per week: span of submissions, sums in nanos, heroes, disputes', () => {
		const { weeks, groups } = reviewWeeks(
			scope,
			[
				review('r1', '2026-W47', 0.75, '2026-11-18T10:00:00.000Z'),
				review('r2', '2026-W47', 0.333333333, '2026-11-17T08:00:00+02:00', { hero_id: null, language: 'fr' }),
				review('r3', '2026-W47', null, '2026-12-20T00:00:00.000Z', { reviewer_id: 'v2' }),
				review('r4', '2026-W48', 1, '2026-11-24T00:00:00.000Z'),
				review('r5', '2026-W48', null, null)
			],
			[
				{ review_id: 'r1', status: 'accepted' },
				{ review_id: 'r1', status: 'open' },
				{ review_id: 'r3', status: 'rejected' },
				{ review_id: 'r5', status: 'open' }
			]
		);
		expect(weeks).toEqual([
			{
				...scope,
				week: '2026-W47',
				first_at: '2026-11-17T08:00:00+02:00',
				last_at: '2026-12-20T00:00:00.000Z',
				reviews: 3,
				rated: 2,
				score_nanos: 1_083_333_333,
				disputes: 3,
				disputed: 2,
				accepted: 1,
				heroes: JSON.stringify({ h1: [2, 1, 750_000_000], '': [1, 1, 333_333_333] })
			},
			{ ...scope, week: '2026-W48', first_at: '2026-11-24T00:00:00.000Z', last_at: '2026-11-24T00:00:00.000Z', reviews: 1, rated: 1, score_nanos: 1_000_000_000, disputes: 0, disputed: 0, accepted: 0, heroes: JSON.stringify({ h1: [1, 1, 1_000_000_000] }) }
		]);
		const group = (week: string, dimension: string, key: string) => groups.find((g) => g.week === week && g.dimension === dimension && g.key === key);
		expect(group('2026-W47', 'language', 'en')).toEqual({ ...scope, week: '2026-W47', dimension: 'language', key: 'en', reviews: 2, rated: 1, score_nanos: 750_000_000, square_nanos: '562500000000000000' });
		expect(group('2026-W47', 'reviewer', 'v1')).toMatchObject({ reviews: 2, rated: 2, score_nanos: 1_083_333_333, square_nanos: String(750_000_000n ** 2n + 333_333_333n ** 2n) });
		expect(group('2026-W47', 'reviewer', 'v2')).toMatchObject({ reviews: 1, rated: 0, score_nanos: 0, square_nanos: '0' });
		// Buckets count scored reviews only: 0.75 in the eighth tenth, 0.333… in the fourth, 100 % in the last.
		expect(groups.filter((g) => g.dimension === 'bucket').map((g) => [g.week, g.key, g.reviews])).toEqual([
			['2026-W47', '7', 1],
			['2026-W47', '3', 1],
			['2026-W48', '9', 1]
		]);
	});

	it('has no row without a submitted review', () => {
		expect(reviewWeeks(scope, [review('r1', '2026-W47', null, null)], [])).toEqual({ weeks: [], groups: [] });
	});

	it('puts a score in its tenth, 100 % in the last', () => {
		expect([0, 99_999_999, 100_000_000, 899_999_999, 900_000_000, 1_000_000_000].map(scoreBucket)).toEqual([0, 0, 1, 8, 9, 9]);
	});
});
