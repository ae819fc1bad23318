import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TableRows } from '#domain/projections';
import {
	categoriesQuery,
	disputesQuery,
	distributionQuery,
	iqsGroupsQuery,
	iqsSeriesQuery,
	reviewersQuery,
	toCategoryStats,
	toDisputeWeeks,
	toIqsGroups,
	toIqsPoints,
	toReviewerStats,
	toScoreBuckets,
	type DashboardScope,
	type SqlQuery
} from '#domain/qa/dashboard';
import { disputesMap, projectQa, type Dispute } from '#domain/qa/room';
import { isoWeek } from '#domain/qa/sampling';
import { iqsBy } from '#domain/qa/scoring';
import { parseRoom } from '#protocol/rooms';
import { migrate } from '../../src/lib/db/migrate';
import { freshPglite } from '../../tests/helpers/pglite';
import { answerAndSubmit, assignReview } from '../../tests/sync/qa-helpers';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { applyToStore } from '../sync/project';

// The dashboard's series read from the rollups the projection keeps (qa_review_week,
// qa_review_week_group, qa_category_day) equal the same series read from every review, over
// seeded random reviews: five clients in time zones from −5 h to +13 h, heroes and reviewers
// working for several clients, reviews submitted at once, days or months after their week,
// some exactly at a client's midnight, disputes; periods of one day to a year, across DST
// changes, one client or several.

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
const CLIENTS = ZONES.map((_, i) => `client-${i + 1}`);
const DAY_MS = 86_400_000;
const REVIEWS_PER_CLIENT = 160;

/** mulberry32: a small seeded generator, so every run draws the same data and periods. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const rand = random(20261207);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

let store: Store;
const projected: TableRows[][] = [];

/** When a review is submitted: mostly days after assignment, sometimes months, sometimes at a midnight. */
function submission(assigned: number): string {
	const draw = rand();
	if (draw < 0.08) return new Date(assigned + int(10, 120) * DAY_MS + int(0, DAY_MS - 1)).toISOString();
	// Midnight in Paris (winter, summer), New York, Kolkata, Auckland, UTC: a period's exact start.
	if (draw < 0.2) return `${day(assigned + int(0, 4) * DAY_MS)}T${pick(['23:00', '22:00', '05:00', '04:00', '18:30', '11:00', '12:00', '00:00'])}:00.000Z`;
	return new Date(assigned + int(0, 4 * DAY_MS)).toISOString();
}

function answers(): Record<string, number | 'na'> {
	return { greeting: int(0, 1), accuracy: rand() < 0.05 ? 1 : int(2, 5), tone: rand() < 0.15 ? 'na' : int(1, 3) };
}

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	for (const [i, id] of CLIENTS.entries()) {
		await store.query(`insert into client (id, name, industry, languages, time_zone) values ($1, $1, 'banking', '{en,fr,de}', $2)`, [id, ZONES[i]]);
	}
	const start = Date.parse('2021-01-01T00:00:00Z');
	let n = 0;
	for (const clientId of CLIENTS) {
		const rooms = new Map<string, Y.Doc>();
		for (let i = 0; i < REVIEWS_PER_CLIENT; i++) {
			const assigned = start + int(0, 180 * DAY_MS);
			const assignedAt = new Date(assigned).toISOString();
			const month = assignedAt.slice(0, 7);
			const doc = rooms.get(month) ?? rooms.set(month, new Y.Doc()).get(month)!;
			const id = `r${++n}`;
			const heroId = rand() < 0.05 ? null : pick(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
			assignReview(doc, { id, clientId, heroId, reviewerId: pick(['v1', 'v2', 'v3', 'v4']), assignedAt, week: isoWeek(day(assigned)), language: pick(['en', 'fr', 'de'] as const) });
			if (rand() < 0.9) answerAndSubmit(doc, id, answers(), 'v1', submission(assigned));
			for (let d = 0; rand() < 0.12 && d < 2; d++) {
				const status = pick(['open', 'accepted', 'rejected'] as const);
				const dispute: Dispute = {
					id: `${id}-d${d}`, reviewId: id, categoryId: pick(['greeting', 'accuracy', 'tone']), heroId: heroId ?? 'h1', comment: '', originalValue: null,
					createdAt: assignedAt, status, resolvedBy: status === 'open' ? null : 'v1', resolvedAt: status === 'open' ? null : assignedAt, newValue: null, reason: null
				};
				disputesMap(doc).set(dispute.id, dispute);
			}
		}
		for (const [month, doc] of rooms) {
			const rows = projectQa(parseRoom(`qa.${clientId}.${month}`)!, doc);
			projected.push(rows);
			await applyToStore(store)(rows);
		}
	}
});
afterAll(async () => {
	await store?.close();
});

async function rows<T>(query: SqlQuery): Promise<T[]> {
	return (await store.query<T>(query.sql, query.params)).rows;
}

/** Every series of a scope as the dashboard maps it. */
async function series(scope: DashboardScope) {
	return {
		iqsHero: toIqsPoints(await rows(iqsSeriesQuery(scope, 'hero'))),
		iqsClient: toIqsPoints(await rows(iqsSeriesQuery(scope, 'client'))),
		iqsLanguage: toIqsPoints(await rows(iqsSeriesQuery(scope, 'language'))),
		categories: toCategoryStats(await rows(categoriesQuery(scope)), new Map()),
		distribution: toScoreBuckets(await rows(distributionQuery(scope))),
		reviewers: toReviewerStats(await rows(reviewersQuery(scope))),
		disputes: toDisputeWeeks(await rows(disputesQuery(scope)))
	};
}

function periods(): { from: string; to: string; clientIds: string[] }[] {
	const fixed = [
		['2020-12-01', '2021-11-30'],
		['2021-03-28', '2021-03-28'], // Paris springs forward
		['2021-03-14', '2021-03-15'], // New York springs forward
		['2021-04-04', '2021-04-04'], // Auckland falls back
		['2021-02-01', '2021-02-28'],
		['2021-07-01', '2021-07-31'] // only late submissions
	].map(([from, to]) => ({ from: from!, to: to!, clientIds: CLIENTS }));
	const drawn = Array.from({ length: 36 }, () => {
		const from = Date.parse('2020-12-20') + int(0, 220) * DAY_MS;
		const length = pick([1, 2, 7, int(3, 40), int(30, 200), 366]);
		const clientIds = rand() < 0.5 ? CLIENTS : CLIENTS.filter(() => rand() < 0.5);
		return { from: day(from), to: day(from + (length - 1) * DAY_MS), clientIds: clientIds.length ? clientIds : [pick(CLIENTS)] };
	});
	return [...fixed, ...drawn];
}

describe('the dashboard from rollups', () => {
	it('has rollups that cover every submitted review, and weeks that straddle periods', async () => {
		const [{ n }] = await rows<{ n: number }>({ sql: `select count(*)::int as n from qa_review where status = 'submitted'`, params: [] });
		const [{ m }] = await rows<{ m: number }>({ sql: `select sum(reviews)::int as m from qa_review_week`, params: [] });
		expect(m).toBe(n);
		expect(n).toBeGreaterThan(CLIENTS.length * REVIEWS_PER_CLIENT * 0.8);
		const [{ late }] = await rows<{ late: number }>({ sql: `select count(*)::int as late from qa_review_week where last_at - first_at > interval '10 days'`, params: [] });
		expect(late).toBeGreaterThan(10);
	});

	it('equals the series read from every review, for any period and clients', async () => {
		let compared = 0;
		for (const period of periods()) {
			const scope = { ...period, heroId: null };
			const fromRollups = await series(scope);
			const fromReviews = await series({ ...scope, source: 'reviews' });
			expect(fromRollups, JSON.stringify(period)).toEqual(fromReviews);
			compared += fromReviews.iqsHero.length;
		}
		// The periods are not all empty.
		expect(compared).toBeGreaterThan(1000);
	});

	it('gives GET /api/qa/iqs the numbers iqsBy computes from the reviews, per hero, language and week', async () => {
		for (const period of periods().slice(0, 12)) {
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
