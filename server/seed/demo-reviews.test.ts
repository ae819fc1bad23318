import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readReviews, scorecardOf, type ReviewState } from '#domain/qa/room';
import { NA, iqsBy, scoreReview } from '#domain/qa/scoring';
import type { Scorecard } from '#domain/qa/scorecard';
import { freshPglite } from '../../tests/helpers/pglite';
import { migrate } from '../../src/lib/db/migrate';
import { SessionService } from '../auth/sessions';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { qaSampling } from '../jobs/qa-sampling';
import { createLogger } from '../log';
import { ClientService } from '../services/clients';
import { QaSamplingService } from '../services/qa-sampling';
import { ScorecardService } from '../services/scorecards';
import { SyncService } from '../sync/service';
import { seedDemoWorkspace } from './demo';
import { demoRunTimes, seedDemoReviews, type DemoReviewsResult } from './demo-reviews';
import { seedDemoScorecards } from './demo-scorecards';
import { seedDemoTickets } from './demo-tickets';

const SEED = 20261122;
// A Wednesday: the newest run was on Monday 23 November, two days ago.
const NOW = new Date('2026-11-25T10:00:00Z');

let store: Store;
let sync: SyncService;
let result: DemoReviewsResult;
let ms: number;
/** Every seeded review with its scorecard, from the rooms. */
let reviews: (ReviewState & { scorecard: Scorecard })[];

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	sync = new SyncService({
		store,
		sessions: new SessionService(store, 10),
		logger: createLogger('warn'),
		options: { maxMessageBytes: 1 << 20, flushDebounceMs: 50, flushMaxWaitMs: 200, compactRows: 50, roomIdleMs: 60_000, awarenessThrottleMs: 20 }
	});
	await seedDemoWorkspace(store, { seed: SEED, password: 'demo-password' });
	await seedDemoTickets(store, { seed: SEED, endDay: '2026-11-25', days: 56 });
	await seedDemoScorecards(store, { now: NOW });
	const started = performance.now();
	result = await seedDemoReviews({ store, sync, seed: SEED, now: NOW });
	ms = performance.now() - started;
	const { rows: rooms } = await store.query<{ room: string }>(`select distinct room from room_update where room like 'qa.%' order by room`);
	reviews = [];
	for (const { room } of rooms) {
		reviews.push(...(await sync.readRoom(room, (doc) => readReviews(doc).map((r) => ({ ...r, scorecard: scorecardOf(doc, r.seed)! })))));
	}
}, 120_000);
afterAll(async () => {
	await sync.close();
	await store.close();
});

const score = (r: (typeof reviews)[number]) => scoreReview(r.scorecard, r.answers);

describe('seedDemoReviews', () => {
	it('replays six Monday runs, quickly', () => {
		expect(demoRunTimes(NOW, 6).map((d) => d.toISOString())).toEqual([
			'2026-10-19T05:00:00.000Z',
			'2026-10-26T05:00:00.000Z',
			'2026-11-02T05:00:00.000Z',
			'2026-11-09T05:00:00.000Z',
			'2026-11-16T05:00:00.000Z',
			'2026-11-23T05:00:00.000Z'
		]);
		expect(demoRunTimes(new Date('2026-11-23T04:59:00Z'), 1)[0]!.toISOString()).toBe('2026-11-16T05:00:00.000Z');
		expect(result.seeded).toBe(true);
		expect(reviews).toHaveLength(result.reviews);
		expect(new Set(reviews.map((r) => r.seed.week))).toEqual(new Set(['2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']));
		// Generous bound for a loaded test machine; the start-up budget is 3 s.
		expect(ms).toBeLessThan(8_000);
	});

	it('samples like the job: at most 3 per hero and week, tickets of the week before, one row each', async () => {
		const perHeroWeek = new Map<string, number>();
		for (const { seed } of reviews) {
			const key = `${seed.clientId} ${seed.heroId} ${seed.week}`;
			perHeroWeek.set(key, (perHeroWeek.get(key) ?? 0) + 1);
			const assigned = Date.parse(seed.assignedAt);
			const created = Date.parse(seed.ticket.createdAt);
			expect(created).toBeLessThan(assigned);
			expect(assigned - created).toBeLessThan(9 * 86_400_000);
		}
		expect(Math.max(...perHeroWeek.values())).toBe(3);
		const { rows } = await store.query<{ n: number }>('select count(*)::int as n from qa_assignment');
		expect(rows[0]!.n).toBe(result.reviews);

		// The job, run at the newest slot, finds every hero's quota full.
		const job = qaSampling({
			store,
			rooms: sync,
			scorecards: new ScorecardService(store, new ClientService(store)),
			sampling: new QaSamplingService(store, new ClientService(store))
		});
		const outcome = await job.run({
			runId: 'run-check',
			trigger: 'manual',
			startedAt: new Date('2026-11-23T05:00:00Z'),
			signal: new AbortController().signal,
			progress: async () => {}
		});
		const { rows: clients } = await store.query<{ n: number }>("select count(*)::int as n from client");
		expect(outcome.summary).toBe(`assigned 0 reviews for ${clients[0]!.n} clients (week 2026-W47)`);
	});

	it('fills past weeks as submitted by their associate, and leaves the current queue mostly open', () => {
		const current = reviews.filter((r) => r.seed.week === '2026-W48');
		const past = reviews.filter((r) => r.seed.week !== '2026-W48');
		const share = (list: ReviewState[]) => list.filter((r) => r.status === 'submitted').length / list.length;
		expect(share(past)).toBeGreaterThan(0.85);
		expect(share(current)).toBeLessThan(0.4);
		expect(result.submitted).toBe(reviews.filter((r) => r.status === 'submitted').length);
		for (const r of reviews.filter((x) => x.status === 'submitted')) {
			expect(r.submittedBy).toBe(r.seed.reviewerId);
			expect(r.updatedBy).toBe(r.seed.reviewerId);
			expect(r.submittedAt! > r.seed.assignedAt).toBe(true);
			expect(Date.parse(r.submittedAt!)).toBeLessThan(Math.min(NOW.getTime(), Date.parse(r.seed.assignedAt) + 7 * 86_400_000));
		}
		// Some reviews in progress: answered in part, not submitted.
		expect(reviews.some((r) => r.status === 'open' && r.answers.length > 0)).toBe(true);
	});

	it('makes heroes differ, with a few critical failures, N/A, comments and root causes', () => {
		const submitted = reviews.filter((r) => r.status === 'submitted');
		const scores = submitted.map(score);
		const failed = scores.filter((s) => s.criticalFailed).length / submitted.length;
		expect(failed).toBeGreaterThan(0);
		expect(failed).toBeLessThan(0.1);
		expect(submitted.some((r) => r.answers.some((a) => a.value === NA))).toBe(true);
		expect(submitted.filter((r) => r.comment !== '').length / submitted.length).toBeGreaterThan(0.3);
		expect(submitted.some((r) => r.comment === 'Missed the refund deadline')).toBe(true);
		expect(submitted.some((r) => r.rootCause !== null)).toBe(true);

		const heroes = iqsBy(
			submitted.map((r, i) => ({ hero: r.seed.heroId!, score: scores[i]!.score })),
			(r) => r.hero,
			(r) => r.score
		).filter((g) => g.rated >= 5);
		const values = heroes.map((g) => g.iqs!);
		expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.15);
		// Older weeks score against the version current then: some clients have two in use.
		const versions = new Set(reviews.map((r) => `${r.seed.clientId}@${r.seed.scorecardVersion}`));
		expect(versions.size).toBeGreaterThan(new Set(reviews.map((r) => r.seed.clientId)).size);
	});

	it('projects into qa_review through sync, and seeds once', async () => {
		await vi.waitFor(
			async () => {
				const { rows } = await store.query<{ n: number; submitted: number }>(
					`select count(*)::int as n, count(*) filter (where status = 'submitted')::int as submitted from qa_review`
				);
				expect(rows[0]).toEqual({ n: result.reviews, submitted: result.submitted });
			},
			{ timeout: 10_000, interval: 50 }
		);
		expect(await seedDemoReviews({ store, sync, seed: SEED, now: NOW })).toEqual({ seeded: false, reviews: 0, submitted: 0, rooms: 0 });
	});
});
