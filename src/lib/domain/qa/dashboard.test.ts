import { describe, expect, it } from 'vitest';
import { dashboardQuery, defaultFrom, toCategoryStats, toDisputeWeeks, toIqsGroups, toIqsPoints, toReviewerStats, toScoreBuckets } from './dashboard';

describe('defaultFrom', () => {
	it('is the Monday eleven ISO weeks before the week of the day', () => {
		// 2026-12-07 is a Monday; 2026-12-13 the Sunday of the same week.
		expect(defaultFrom('2026-12-07')).toBe('2026-09-21');
		expect(defaultFrom('2026-12-13')).toBe('2026-09-21');
		expect(defaultFrom('2026-12-14')).toBe('2026-09-28');
		expect(defaultFrom('2026-12-09', 1)).toBe('2026-12-07');
	});
});

describe('dashboardQuery', () => {
	it('defaults the period, the grouping, and every client', () => {
		expect(dashboardQuery.parse({ to: '2026-12-09' })).toEqual({ clientId: undefined, from: '2026-09-21', to: '2026-12-09', groupBy: 'hero' });
		expect(dashboardQuery.parse({ clientId: ' c1 ', from: '2026-01-01', to: '2026-01-01', groupBy: 'language' })).toEqual({ clientId: 'c1', from: '2026-01-01', to: '2026-01-01', groupBy: 'language' });
		expect(dashboardQuery.parse({ clientId: '', to: '2026-12-09' }).clientId).toBeUndefined();
	});

	it.each([
		[{ groupBy: 'week' }, 'groupBy'],
		[{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
		[{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
		[{ from: '2025-01-01', to: '2026-01-02' }, 'to']
	])('refuses %o (%s)', (input, field) => {
		const result = dashboardQuery.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual([field]);
	});

	it('takes 366 days, not 367', () => {
		expect(dashboardQuery.safeParse({ from: '2024-01-01', to: '2024-12-31' }).success).toBe(true);
		expect(dashboardQuery.safeParse({ from: '2023-12-31', to: '2024-12-31' }).success).toBe(false);
	});
});

describe('row mapping', () => {
	it('adds the sums of a week and key, takes means from nanos and sorts by code unit', () => {
		expect(
			toIqsPoints([
				{ week: '2026-W02', sums: { b: [1, 1, 750_000_000], B: [1, 1, '500000000'] } },
				{ week: '2026-W01', sums: '{"z": [1, 0, 0]}' },
				{ week: '2026-W02', sums: { b: [1, 1, 666_666_667] } }
			])
		).toEqual([
			{ week: '2026-W01', key: 'z', iqs: null, reviews: 1, rated: 0 },
			{ week: '2026-W02', key: 'B', iqs: 0.5, reviews: 1, rated: 1 },
			// (0.75 + 0.666666667) / 2 = 0.7083333335: half up, as iqs rounds.
			{ week: '2026-W02', key: 'b', iqs: 0.708333334, reviews: 2, rated: 2 }
		]);
		expect(toIqsGroups([{ week: '2026-W02', sums: { b: [2, 1, 750_000_000] } }, { week: '2026-W03', sums: { b: [1, 1, 0], a: [1, 1, 1_000_000_000] } }])).toEqual([
			{ key: 'a', iqs: 1, reviews: 1, rated: 1 },
			{ key: 'b', iqs: 0.375, reviews: 3, rated: 2 }
		]);
	});

	it('adds sums past 2⁵³ nanos exactly', () => {
		// 9,007,202 reviews whose scores add up to S = 9,007,199,302,343,001 nanos: S / n is exactly
		// 999,999,700.5 nanos, which rounds half up to 0.999999701. S is odd and past 2⁵³, so as a
		// float it is S − 1, which would round down.
		const n = 9_007_202;
		const expected = { key: 'a', iqs: 0.999999701, reviews: n, rated: n };
		expect(toIqsGroups([{ week: 'W1', sums: { a: [n, n, '9007199302343001'] } }])).toEqual([expected]);
		// Two terms that are safe integers, whose sum is not.
		const half = n / 2;
		expect(toIqsGroups([{ week: 'W1', sums: { a: [half, half, 2 ** 52] } }, { week: 'W2', sums: { a: [half, half, 4_503_599_674_972_505] } }])).toEqual([expected]);
	});

	it('computes fail and dispute rates exactly, and null without answers', () => {
		const names = new Map([['tone', 'Tone']]);
		expect(toCategoryStats([{ category_id: 'tone', reviews: 4, na: 1, scored: 3, failed: 1, mean_nanos: 666666667 }], names)).toEqual([
			{ categoryId: 'tone', name: 'Tone', reviews: 4, na: 1, scored: 3, mean: 0.666666667, failRate: 0.333333333 }
		]);
		expect(toCategoryStats([{ category_id: 'x', reviews: 2, na: 2, scored: 0, failed: 0, mean_nanos: null }], names)[0]).toMatchObject({ name: 'x', mean: null, failRate: null });
		expect(toDisputeWeeks([{ week: 'W', reviews: 3, disputes: 4, disputed: 2, accepted: 1 }])[0]!.rate).toBe(0.666666667);
	});

	it('fills the ten score buckets', () => {
		const buckets = toScoreBuckets([{ bucket: 9, reviews: 3 }, { bucket: 0, reviews: 1 }]);
		expect(buckets.map((b) => b.reviews)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
		expect(buckets.map((b) => b.from)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
	});

	it('computes means and spreads exactly from the sums, rounded once to 9 decimals', () => {
		const sums = (client_id: string, reviewer_id: string, scores: number[], unscored = 0) => ({
			client_id,
			reviewer_id,
			reviews: scores.length + unscored,
			rated: scores.length,
			nanos: String(scores.reduce((a, b) => a + b, 0)),
			squares: String(scores.reduce((a, b) => a + BigInt(b) * BigInt(b), 0n))
		});
		// One client: d scored 0.75 and 0, a 0.5 and 0.875; the client's mean is 0.53125.
		expect(toReviewerStats([sums('c', 'd', [750_000_000, 0]), sums('c', 'a', [500_000_000, 875_000_000], 1)])).toEqual([
			{ reviewerId: 'a', reviews: 3, rated: 2, mean: 0.6875, sd: 0.1875, deviation: 0.15625 },
			{ reviewerId: 'd', reviews: 2, rated: 2, mean: 0.375, sd: 0.375, deviation: -0.15625 }
		]);
		// |0.375 − 0.833333333| / 2 = 0.2291666665 exactly: half up. The client's mean 0.604166666½
		// makes each deviation ∓0.2291666665: half away from zero.
		expect(toReviewerStats([sums('c', 'x', [375_000_000]), sums('c', 'y', [833_333_333]), sums('c', 'z', [375_000_000, 833_333_333])])).toEqual([
			{ reviewerId: 'x', reviews: 1, rated: 1, mean: 0.375, sd: 0, deviation: -0.229166667 },
			{ reviewerId: 'y', reviews: 1, rated: 1, mean: 0.833333333, sd: 0, deviation: 0.229166667 },
			{ reviewerId: 'z', reviews: 2, rated: 2, mean: 0.604166667, sd: 0.229166667, deviation: 0 }
		]);
		// Each review against its own client's mean (0.3 in c1, 0.2 in c2); f scored nothing.
		expect(
			toReviewerStats([sums('c1', 'b', [600_000_000]), sums('c1', 'e', [0, 300_000_000]), sums('c2', 'b', [200_000_000]), sums('c2', 'e', [200_000_000, 200_000_000]), sums('c2', 'f', [], 2)])
		).toEqual([
			{ reviewerId: 'b', reviews: 2, rated: 2, mean: 0.4, sd: 0.2, deviation: 0.15 },
			{ reviewerId: 'e', reviews: 4, rated: 4, mean: 0.175, sd: 0.108972474, deviation: -0.075 },
			{ reviewerId: 'f', reviews: 2, rated: 0, mean: null, sd: null, deviation: null }
		]);
	});
});
