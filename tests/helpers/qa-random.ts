import * as Y from 'yjs';
import type { Store } from '../../server/db/store';
import { applyToStore } from '../../server/sync/project';
import type { TableRows } from '../../src/lib/domain/projections';
import {
	categoriesQuery,
	disputesQuery,
	distributionQuery,
	iqsSeriesQuery,
	reviewersQuery,
	toCategoryStats,
	toDisputeWeeks,
	toIqsPoints,
	toReviewerStats,
	toScoreBuckets,
	type DashboardScope,
	type SqlQuery
} from '../../src/lib/domain/qa/dashboard';
import { disputesMap, projectQa, type Dispute } from '../../src/lib/domain/qa/room';
import { isoWeek } from '../../src/lib/domain/qa/sampling';
import { parseRoom } from '../../src/lib/protocol/rooms';
import { answerAndSubmit, assignReview } from '../sync/qa-helpers';

/**
 * Seeded random QA reviews for comparing the dashboard's rollups with its reviews: five clients
 * in time zones from −5 h to +13 h, heroes and reviewers working for several clients, reviews
 * submitted at once, days or months after their week, some exactly at a client's midnight,
 * disputes; written into month rooms and projected by projectQa, as the sync server does.
 */

export const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
export const CLIENTS = ZONES.map((_, i) => `client-${i + 1}`);
const DAY_MS = 86_400_000;

/** mulberry32: a small seeded generator, so every run draws the same data and periods. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
	};
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Inserts the clients, writes the reviews into their rooms and applies each room's projection; returns the projections. */
export async function seedRandomReviews(store: Store, seed: number, reviewsPerClient: number): Promise<TableRows[][]> {
	const { next, pick, int } = random(seed);
	for (const [i, id] of CLIENTS.entries()) {
		await store.query(`insert into client (id, name, industry, languages, time_zone) values ($1, $1, 'banking', '{en,fr,de}', $2)`, [id, ZONES[i]]);
	}
	// Mostly days after assignment, sometimes months; sometimes at midnight in Paris (winter,
	// summer), New York, Kolkata, Auckland or UTC: a period's exact start.
	const submission = (assigned: number) => {
		const draw = next();
		if (draw < 0.08) return new Date(assigned + int(10, 120) * DAY_MS + int(0, DAY_MS - 1)).toISOString();
		if (draw < 0.2) return `${day(assigned + int(0, 4) * DAY_MS)}T${pick(['23:00', '22:00', '05:00', '04:00', '18:30', '11:00', '12:00', '00:00'])}:00.000Z`;
		return new Date(assigned + int(0, 4 * DAY_MS)).toISOString();
	};
	const answers = (): Record<string, number | 'na'> => ({ greeting: int(0, 1), accuracy: next() < 0.05 ? 1 : int(2, 5), tone: next() < 0.15 ? 'na' : int(1, 3) });
	const start = Date.parse('2021-01-01T00:00:00Z');
	const projected: TableRows[][] = [];
	let n = 0;
	for (const clientId of CLIENTS) {
		const rooms = new Map<string, Y.Doc>();
		for (let i = 0; i < reviewsPerClient; i++) {
			const assigned = start + int(0, 180 * DAY_MS);
			const assignedAt = new Date(assigned).toISOString();
			const month = assignedAt.slice(0, 7);
			const doc = rooms.get(month) ?? rooms.set(month, new Y.Doc()).get(month)!;
			const id = `r${++n}`;
			const heroId = next() < 0.05 ? null : pick(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
			assignReview(doc, { id, clientId, heroId, reviewerId: pick(['v1', 'v2', 'v3', 'v4']), assignedAt, week: isoWeek(day(assigned)), language: pick(['en', 'fr', 'de'] as const) });
			if (next() < 0.9) answerAndSubmit(doc, id, answers(), 'v1', submission(assigned));
			for (let d = 0; next() < 0.12 && d < 2; d++) {
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
	return projected;
}

/** Periods over the data: fixed ones (a year, DST days, a month of late submissions only) and `count` drawn ones. */
export function randomPeriods(seed: number, count: number): { from: string; to: string; clientIds: string[] }[] {
	const { next, pick, int } = random(seed);
	const fixed = [
		['2020-12-01', '2021-11-30'],
		['2021-03-28', '2021-03-28'], // Paris springs forward
		['2021-03-14', '2021-03-15'], // New York springs forward
		['2021-04-04', '2021-04-04'], // Auckland falls back
		['2021-02-01', '2021-02-28'],
		['2021-07-01', '2021-07-31'] // only late submissions
	].map(([from, to]) => ({ from: from!, to: to!, clientIds: CLIENTS }));
	const drawn = Array.from({ length: count }, () => {
		const from = Date.parse('2020-12-20') + int(0, 220) * DAY_MS;
		const length = pick([1, 2, 7, int(3, 40), int(30, 200), 366]);
		const clientIds = next() < 0.5 ? CLIENTS : CLIENTS.filter(() => next() < 0.5);
		return { from: day(from), to: day(from + (length - 1) * DAY_MS), clientIds: clientIds.length ? clientIds : [pick(CLIENTS)] };
	});
	return [...fixed, ...drawn];
}

/** Every series of a scope as the dashboard maps it. */
export async function dashboardSeries(store: Store, scope: DashboardScope) {
	const rows = async <T>(query: SqlQuery) => (await store.query<T>(query.sql, query.params)).rows;
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
