import { expect, it } from 'vitest';
import { usePostgresStore } from '../helpers/postgres';
import { categoriesQuery, dashboardSeriesQuery, toDashboardSeries, type DashboardSeriesRow } from '../../src/lib/domain/qa/dashboard';
import { categoryDays } from '../../src/lib/domain/qa/category-days';
import { CLIENTS, dashboardSeries, randomPeriods, seedRandomReviews } from '../helpers/qa-random';

// The category breakdown on PostgreSQL as on PGlite: per-day sums (qa_category_day) for the UTC
// days wholly in the client's period, answers for the partial days at its ends.

const pgdb = usePostgresStore('qa_dash', async (store) => {
	await store.exec(`insert into client (id, name, industry, languages, time_zone) values ('c1', 'One', 'banking', '{en}', 'Europe/Paris')`);
});

it('adds whole UTC days from qa_category_day and the period ends from the answers, in the client time zone', async () => {
	const scope = { client_id: 'c1', month: '2026-03' };
	const answer = (review: string, submitted: string | null, value: string, score: number | null, status = 'submitted') => ({
		review_id: review, ...scope, category_id: 'tone', value, score, status, hero_id: 'h1', submitted_at: submitted
	});
	const answers = [
		answer('r1', '2026-03-09T23:30:00.000Z', '1', 0), // 00:30 on 10 March in Paris: in the period, a partial UTC day
		answer('r2', '2026-03-10T12:00:00.000Z', '3', 1), // a whole UTC day
		answer('r3', '2026-03-10T20:00:00.000Z', 'na', null),
		answer('r4', '2026-03-11T22:59:59.000Z', '2', 0.5), // 11 March 23:59:59 in Paris: last second of the period
		answer('r5', '2026-03-11T23:00:00.000Z', '3', 1), // 12 March in Paris: out
		answer('r6', '2026-03-09T22:59:59.000Z', '3', 1, 'open'), // not submitted: out
		answer('r7', '2026-03-09T22:59:59.000Z', '3', 0.333333333) // 23:59:59 on 9 March in Paris: out
	];
	for (const a of answers) {
		await pgdb.store.query(
			`insert into qa_review_category (review_id, client_id, month, category_id, value, score, status, hero_id, submitted_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			[a.review_id, a.client_id, a.month, a.category_id, a.value, a.score, a.status, a.hero_id, a.submitted_at]
		);
	}
	for (const d of categoryDays(scope, answers)) {
		await pgdb.store.query(
			`insert into qa_category_day (client_id, month, day, category_id, answers, na, scored, failed, score_nanos) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			[d.client_id, d.month, d.day, d.category_id, d.answers, d.na, d.scored, d.failed, d.score_nanos]
		);
	}
	const expected = [{ category_id: 'tone', reviews: 4, na: 1, scored: 3, failed: 1, mean_nanos: 500_000_000 }];
	const query = categoriesQuery({ clientIds: ['c1'], from: '2026-03-10', to: '2026-03-11', heroId: null });
	expect((await pgdb.store.query(query.sql, query.params)).rows).toEqual(expected);
	const hero = categoriesQuery({ clientIds: ['c1'], from: '2026-03-10', to: '2026-03-11', heroId: 'h1' });
	expect((await pgdb.store.query(hero.sql, hero.params)).rows).toEqual(expected);
	const other = categoriesQuery({ clientIds: ['c1'], from: '2026-03-10', to: '2026-03-11', heroId: 'h2' });
	expect((await pgdb.store.query(other.sql, other.params)).rows).toEqual([]);
});

// The review rollups (qa_review_week, qa_review_week_group) on PostgreSQL: numeric sums, jsonb
// heroes and the time zones as on PGlite, so every series equals the one read from the reviews.
const randomDb = usePostgresStore('qa_rollups', async (store) => {
	await seedRandomReviews(store, 20261208, 60);
});

it('reads the same series from the rollups as from the reviews', async () => {
	for (const period of randomPeriods(5, 10)) {
		const scope = { ...period, heroId: null };
		const fromReviews = await dashboardSeries(randomDb.store, { ...scope, source: 'reviews' });
		expect(await dashboardSeries(randomDb.store, scope), JSON.stringify(period)).toEqual(fromReviews);
	}
	const year = await dashboardSeries(randomDb.store, { clientIds: CLIENTS, from: '2020-12-01', to: '2021-11-30', heroId: null });
	// The whole dashboard in one statement, as node-postgres hands its JSON over.
	const one = dashboardSeriesQuery({ clientIds: CLIENTS, from: '2020-12-01', to: '2021-11-30', heroId: null }, 'hero', true);
	const { userNames, ...series } = toDashboardSeries((await randomDb.store.query<DashboardSeriesRow>(one.sql, one.params)).rows[0]!);
	expect(series).toEqual({ iqs: year.iqsHero, categories: year.categories, distribution: year.distribution, reviewers: year.reviewers, disputes: year.disputes });
	expect(userNames).toEqual({});
	expect(year.iqsHero.length).toBeGreaterThan(50);
	expect(year.reviewers.length).toBe(4);
});
