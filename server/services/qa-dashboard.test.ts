import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableRows } from '#domain/projections/types';
import { dashboardSeriesQuery, iqsGroupsQuery, toDashboardSeries, toIqsGroups, type DashboardGroupBy, type DashboardScope, type DashboardSeriesRow, type SqlQuery } from '#domain/qa/dashboard';
import { iqsBy } from '#domain/qa/scoring';
import { migrate } from '../../src/lib/db/migrate';
import { freshPglite } from '../../tests/helpers/pglite';
import { CLIENTS, dashboardSeries, randomPeriods, seedRandomReviews } from '../../tests/helpers/qa-random';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { applyToStore } from '../sync/project';
import { ClientService } from './clients';
import { QaDashboardService } from './qa-dashboard';

// The dashboard's series read from the rollups the projection keeps (qa_review_week,
// qa_review_week_group, qa_category_day) equal the same series read from every review, over
// seeded random reviews (tests/helpers/qa-random.ts) and periods of one day to a year, across
// DST changes, one client or several; and the whole dashboard, read in one statement, equals
// the series read one query each.

const REVIEWS_PER_CLIENT = 160;
let store: Store;
let projected: TableRows[][] = [];

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	projected = await seedRandomReviews(store, 20261207, REVIEWS_PER_CLIENT);
});
afterAll(async () => {
	await store?.close();
});

async function rows<T>(query: SqlQuery): Promise<T[]> {
	return (await store.query<T>(query.sql, query.params)).rows;
}

describe('the dashboard from rollups', () => {
	it('has rollups that cover every submitted review, and weeks that straddle periods', async () => {
		const { n } = (await rows<{ n: number }>({ sql: `select count(*)::int as n from qa_review where status = 'submitted'`, params: [] }))[0]!;
		const { m } = (await rows<{ m: number }>({ sql: `select sum(reviews)::int as m from qa_review_week`, params: [] }))[0]!;
		expect(m).toBe(n);
		expect(n).toBeGreaterThan(CLIENTS.length * REVIEWS_PER_CLIENT * 0.8);
		const { late } = (await rows<{ late: number }>({ sql: `select count(*)::int as late from qa_review_week where last_at - first_at > interval '10 days'`, params: [] }))[0]!;
		expect(late).toBeGreaterThan(10);
	});

	it('equals the series read from every review, for any period and clients', async () => {
		let compared = 0;
		for (const period of randomPeriods(7, 36)) {
			const scope = { ...period, heroId: null };
			const fromReviews = await dashboardSeries(store, { ...scope, source: 'reviews' });
			expect(await dashboardSeries(store, scope), JSON.stringify(period)).toEqual(fromReviews);
			compared += fromReviews.iqsHero.length;
		}
		// The periods are not all empty.
		expect(compared).toBeGreaterThan(1000);
	});

	it('gives GET /api/qa/iqs the numbers iqsBy computes from the reviews, per hero, language and week', async () => {
		for (const period of randomPeriods(11, 6)) {
			for (const clientId of period.clientIds) {
				const reviews = await rows<{ hero_id: string | null; language: string; week: string; score: number | null }>({
					sql: `select r.hero_id, r.language, r.week, r.score from qa_review r join client c on c.id = r.client_id
					       where r.client_id = $1 and r.status = 'submitted'
					         and r.submitted_at >= $2::date::timestamp at time zone c.time_zone and r.submitted_at < ($3::date + 1)::timestamp at time zone c.time_zone`,
					params: [clientId, period.from, period.to]
				});
				for (const groupBy of ['hero', 'language', 'week'] as const) {
					const expected = iqsBy(reviews, (r) => (groupBy === 'hero' ? (r.hero_id ?? '') : groupBy === 'language' ? r.language : r.week), (r) => r.score);
					const scope = { clientIds: [clientId], from: period.from, to: period.to, heroId: null };
					expect(toIqsGroups(await rows(iqsGroupsQuery(scope, groupBy)))).toEqual(expected);
					expect(toIqsGroups(await rows(iqsGroupsQuery({ ...scope, source: 'reviews' }, groupBy)))).toEqual(expected);
				}
			}
		}
	});

	it('writes in the migration the rollups the projection writes', async () => {
		const before = wrapPglite(await freshPglite());
		const files = readMigrationFiles();
		await migrate(before, files.filter((file) => file.name < '0028'), 'server');
		const kept = new Set(['qa_review', 'qa_review_category', 'qa_dispute']);
		for (const tables of projected) await applyToStore(before)(tables.filter((t) => kept.has(t.table)));
		await migrate(before, files, 'server');
		const dump = async (db: Store, table: string) =>
			(await db.query(`select * from ${table} order by client_id, month, week${table === 'qa_review_week_group' ? ', dimension, key' : ''}`)).rows;
		for (const table of ['qa_review_week', 'qa_review_week_group']) {
			const expected = await dump(store, table);
			expect(expected.length).toBeGreaterThan(100);
			expect(await dump(before, table)).toEqual(expected);
		}
		await before.close();
	});
});

describe('the whole dashboard in one statement', () => {
	async function oneStatement(scope: DashboardScope, groupBy: DashboardGroupBy, staff: boolean) {
		return toDashboardSeries((await rows<DashboardSeriesRow>(dashboardSeriesQuery(scope, groupBy, staff)))[0]!);
	}

	it('answers what each series\' own query answers, from the rollups, from every review, and for a hero', async () => {
		let compared = 0;
		for (const [i, period] of randomPeriods(13, 12).entries()) {
			for (const scope of [
				{ ...period, heroId: null },
				{ ...period, heroId: null, source: 'reviews' as const },
				{ ...period, heroId: ['h1', 'h2', 'h3'][i % 3]! }
			]) {
				const separate = await dashboardSeries(store, scope);
				const staff = scope.heroId === null;
				for (const [groupBy, iqs] of [['hero', separate.iqsHero], ['client', separate.iqsClient], ['language', separate.iqsLanguage]] as const) {
					const { userNames: _names, ...series } = await oneStatement(scope, groupBy, staff);
					expect(series, JSON.stringify({ scope, groupBy })).toEqual({
						iqs,
						categories: separate.categories,
						distribution: separate.distribution,
						reviewers: staff ? separate.reviewers : null,
						disputes: staff ? separate.disputes : null
					});
				}
				compared += separate.iqsHero.length;
			}
		}
		expect(compared).toBeGreaterThan(500);
	});

	it('names each category after the newest scorecard version of the clients shown that has it, and the people in its series', async () => {
		await store.query(`insert into app_user (id, email, name, role, password_hash) values ('dir', 'dir@x.test', 'Dee', 'director', 'x'), ('v1', 'v1@x.test', 'Val', 'associate', 'x'), ('h2', 'h2@x.test', 'Hal', 'hero', 'x')`);
		const version = (clientId: string, version: number, createdAt: string, categories: { id: string; name: string }[]) =>
			store.query(`insert into qa_scorecard (id, client_id, version, name, categories, created_at, created_by) values ($1, $2, $3, 'QA', $4, $5, 'dir')`, [
				`sc-${clientId}`,
				clientId,
				version,
				JSON.stringify(categories.map((c) => ({ ...c, weight: 1, scale: 'binary', allowNA: false, critical: false, bonus: false }))),
				createdAt
			]);
		await version('client-1', 1, '2021-01-01T00:00:00.000Z', [{ id: 'tone', name: 'Tone' }, { id: 'greeting', name: 'Greeting (old)' }]);
		await version('client-1', 2, '2021-03-01T00:00:00.000400Z', [{ id: 'tone', name: 'Tone of voice' }]);
		// The same millisecond as client-1's second version (versions are told apart to the
		// millisecond, as their times are written): the higher version wins.
		await version('client-2', 3, '2021-03-01T00:00:00.000Z', [{ id: 'tone', name: 'Tone (v3)' }, { id: 'accuracy', name: 'Accuracy' }, { id: 'greeting', name: 'Greeting' }]);
		// Newer, but of a client not always shown.
		await version('client-3', 1, '2021-06-01T00:00:00.000Z', [{ id: 'accuracy', name: 'Accuracy elsewhere' }]);
		const dashboard = new QaDashboardService(store, new ClientService(store));
		const board = await dashboard.dashboard({ id: 'dir', role: 'director' }, { clientId: 'client-1', from: '2020-12-01', to: '2021-11-30', groupBy: 'hero' });
		expect(board.categories.map((c) => [c.categoryId, c.name])).toEqual([
			['accuracy', 'accuracy'],
			['greeting', 'Greeting (old)'],
			['tone', 'Tone of voice']
		]);
		const both = await dashboard.dashboard({ id: 'dir', role: 'director' }, { clientId: undefined, from: '2020-12-01', to: '2021-11-30', groupBy: 'hero' });
		expect(both.clientIds).toEqual(CLIENTS);
		expect(both.categories.map((c) => [c.categoryId, c.name])).toEqual([
			['accuracy', 'Accuracy elsewhere'],
			['greeting', 'Greeting'],
			['tone', 'Tone (v3)']
		]);
		// The reviewers and heroes shown who have an account are named (of the generated ones, v1 and h2).
		expect(board.reviewers!.map((r) => r.reviewerId).sort()).toEqual(['v1', 'v2', 'v3', 'v4']);
		expect(board.iqs.some((p) => p.key === 'h2')).toBe(true);
		expect(board.names.users).toEqual({ v1: 'Val', h2: 'Hal' });
		expect(board.names.clients).toEqual({ 'client-1': 'client-1' });
		// Heroes are named only when IQS is grouped by them; a hero sees their own name and no reviewer's.
		const byLanguage = await dashboard.dashboard({ id: 'dir', role: 'director' }, { clientId: 'client-1', from: '2020-12-01', to: '2021-11-30', groupBy: 'language' });
		expect(byLanguage.names.users).toEqual({ v1: 'Val' });
		await store.query(`insert into client_assignment (user_id, client_id) values ('h2', 'client-1')`);
		const own = await dashboard.dashboard({ id: 'h2', role: 'hero' }, { clientId: 'client-1', from: '2020-12-01', to: '2021-11-30', groupBy: 'hero' });
		expect(own.reviewers).toBeNull();
		expect(own.iqs.every((p) => p.key === 'h2')).toBe(true);
		expect(own.names.users).toEqual({ h2: 'Hal' });
	});
});
