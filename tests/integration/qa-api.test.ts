import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IqsGroup } from '../../src/lib/domain/qa/scoring';
import type { User } from '../../src/lib/domain/directory';
import type { QaReview } from '../../server/services/qa';
import { startServer, type ApiClient, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';
import { answerAndSubmit, assignReview, type TestReview } from '../sync/qa-helpers';

/**
 * `GET /api/qa/reviews` and `GET /api/qa/iqs` through the real built server, over reviews a
 * director's peer writes into a QA month room (which the server projects as it stores them).
 * The demo workspace may hold other reviews (a sampling job, a demo seed): assertions look at
 * the reviews written here, in February 2021, a month nothing else uses.
 */

let server: RunningServer;
const who = {} as Record<'director' | 'associate' | 'associate2' | 'hero' | 'admin', Session>;
let clientId: string;
let heroId: string;
let otherHeroId: string;
let peer: TestPeer;

const FEBRUARY = 'from=2021-02-01&to=2021-02-28';
const ours = (id: string) => id.startsWith('qa-api-');

// The scorecard of tests/sync/qa-helpers.ts: greeting binary ×1, accuracy 1–5 ×2 (critical),
// tone 1–3 ×1 (N/A allowed).
//   qa-api-a (hero, en):  greeting 1 → 1, accuracy 4 → 0.75, tone 2 → 0.5: (1 + 1.5 + 0.5) / 4 = 0.75
//   qa-api-b (hero, fr):  greeting 0 → 0, accuracy 5 → 1, tone N/A: (0 + 2) / 3 = 0.666666667
//   qa-api-c (other, en): accuracy 1 fails the critical category → 0
//   qa-api-d (other):     assigned, still open
const SCORES: Record<string, number> = { 'qa-api-a': 0.75, 'qa-api-b': 0.666666667, 'qa-api-c': 0 };

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1', SYNC_FLUSH_DEBOUNCE_MS: '20', SYNC_FLUSH_MAX_WAIT_MS: '100' } });
	for (const role of ['director', 'associate', 'associate2', 'hero', 'admin'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	heroId = who.hero.me.id;
	clientId = who.hero.me.clientIds[0]!;
	const users = (await (await who.admin.api.get('/api/admin/users')).json()) as User[];
	otherHeroId = users.find((u) => u.role === 'hero' && u.id !== heroId && u.clientIds.includes(clientId))!.id;

	const reviewer = who.director.me.id;
	const base = { clientId, reviewerId: reviewer, week: '2021-W06', assignedAt: '2021-02-08T09:00:00.000Z' };
	const reviews: [TestReview, Record<string, number | 'na'> | null, string][] = [
		[{ ...base, id: 'qa-api-a', heroId }, { greeting: 1, accuracy: 4, tone: 2 }, '2021-02-09T12:00:00.000Z'],
		[{ ...base, id: 'qa-api-b', heroId, language: 'fr' }, { greeting: 0, accuracy: 5, tone: 'na' }, '2021-02-10T12:00:00.000Z'],
		[{ ...base, id: 'qa-api-c', heroId: otherHeroId, week: '2021-W07', assignedAt: '2021-02-15T09:00:00.000Z' }, { greeting: 1, accuracy: 1, tone: 3 }, '2021-02-17T12:00:00.000Z'],
		[{ ...base, id: 'qa-api-d', heroId: otherHeroId, week: '2021-W07', assignedAt: '2021-02-16T09:00:00.000Z' }, null, '']
	];
	peer = new TestPeer(server.url, `qa.${clientId}.2021-02`, who.director.cookie);
	await eventually(() => expect(peer.provider.synced).toBe(true));
	for (const [review, answers, at] of reviews) {
		assignReview(peer.doc, review);
		if (answers) answerAndSubmit(peer.doc, review.id, answers, reviewer, at);
	}
	await eventually(() => expect(peer.allSaved()).toBe(true));
	// Stored, then projected just after: wait for the last review to show.
	await eventually(async () => expect((await reviewsOf(who.director.api, `clientId=${clientId}&${FEBRUARY}`)).map((r) => r.id)).toContain('qa-api-c'));
});
afterAll(async () => {
	peer?.destroy();
	expect(await server.stop()).toBe(0);
});

async function ok(api: ApiClient, path: string): Promise<Response> {
	const response = await api.get(path);
	expect(response.status, await response.clone().text()).toBe(200);
	return response;
}

async function reviewsOf(api: ApiClient, query: string): Promise<QaReview[]> {
	return ((await (await ok(api, `/api/qa/reviews?${query}`)).json()) as QaReview[]).filter((r) => ours(r.id));
}

async function iqsOf(api: ApiClient, query: string): Promise<IqsGroup[]> {
	return (await (await ok(api, `/api/qa/iqs?${query}`)).json()) as IqsGroup[];
}

describe('GET /api/qa/reviews', () => {
	it('lists the submitted reviews of the period with their scores and answers, by submission', async () => {
		const reviews = await reviewsOf(who.director.api, `clientId=${clientId}&${FEBRUARY}`);
		expect(reviews.map((r) => [r.id, r.score])).toEqual(Object.entries(SCORES));
		expect(reviews[0]).toMatchObject({ clientId, heroId, reviewerId: who.director.me.id, status: 'submitted', submittedAt: '2021-02-09T12:00:00.000Z', week: '2021-W06', language: 'en', criticalFailed: false, scorecardVersion: 1 });
		expect(reviews[2]!.criticalFailed).toBe(true);
		expect(reviews[1]!.categories).toEqual([
			{ categoryId: 'accuracy', value: 5, score: 1 },
			{ categoryId: 'greeting', value: 0, score: 0 },
			{ categoryId: 'tone', value: 'na', score: null }
		]);
		// Both ends of the period are included.
		expect((await reviewsOf(who.director.api, `clientId=${clientId}&from=2021-02-10&to=2021-02-17`)).map((r) => r.id)).toEqual(['qa-api-b', 'qa-api-c']);
		expect(await reviewsOf(who.director.api, `clientId=${clientId}&from=2021-03-01&to=2021-03-31`)).toEqual([]);
	});

	it('lists open reviews only with status=open', async () => {
		const open = await reviewsOf(who.director.api, `clientId=${clientId}&${FEBRUARY}&status=open`);
		expect(open.map((r) => [r.id, r.status, r.score, r.submittedAt])).toEqual([['qa-api-d', 'open', null, null]]);
	});

	it('exports CSV that reads back to the same numbers', async () => {
		const response = await ok(who.director.api, `/api/qa/reviews?clientId=${clientId}&${FEBRUARY}&format=csv`);
		expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="qa-reviews-.*\.csv"$/);
		const records = (parse(await response.text(), { columns: true }) as Record<string, string>[]).filter((r) => ours(r.id!));
		expect(records.map((r) => [r.id, Number(r.score)])).toEqual(Object.entries(SCORES));
		expect(records.map((r) => [r['category:greeting'], r['category:accuracy'], r['category:tone']])).toEqual([
			['1', '4', '2'],
			['0', '5', 'na'],
			['1', '1', '3']
		]);
		expect(records.map((r) => r.criticalFailed)).toEqual(['false', 'false', 'true']);
	});
});

describe('GET /api/qa/iqs', () => {
	it('groups IQS by hero, language and week', async () => {
		const byHero = await iqsOf(who.director.api, `clientId=${clientId}&groupBy=hero&${FEBRUARY}`);
		// hero: (0.75 + 0.666666667) / 2 = 0.7083333335, rounded half up to 9 decimals.
		expect(byHero.find((g) => g.key === heroId)).toEqual({ key: heroId, iqs: 0.708333334, reviews: 2, rated: 2 });
		expect(byHero.find((g) => g.key === otherHeroId)).toEqual({ key: otherHeroId, iqs: 0, reviews: 1, rated: 1 });
		// en: (0.75 + 0) / 2; fr: 0.666666667 alone.
		const byLanguage = await iqsOf(who.director.api, `clientId=${clientId}&groupBy=language&${FEBRUARY}`);
		expect(byLanguage.map((g) => [g.key, g.iqs, g.reviews])).toEqual([
			['en', 0.375, 2],
			['fr', 0.666666667, 1]
		]);
		const byWeek = await iqsOf(who.director.api, `clientId=${clientId}&groupBy=week&${FEBRUARY}`);
		expect(byWeek.map((g) => [g.key, g.iqs])).toEqual([
			['2021-W06', 0.708333334],
			['2021-W07', 0]
		]);
	});
});

describe('who sees what', () => {
	it('shows a hero their own reviews and IQS only', async () => {
		const own = await reviewsOf(who.hero.api, `clientId=${clientId}&${FEBRUARY}`);
		expect(own.map((r) => r.id)).toEqual(['qa-api-a', 'qa-api-b']);
		const all = (await (await ok(who.hero.api, `/api/qa/reviews?clientId=${clientId}&${FEBRUARY}`)).json()) as QaReview[];
		expect(all.every((r) => r.heroId === heroId)).toBe(true);
		expect(await iqsOf(who.hero.api, `clientId=${clientId}&groupBy=hero&${FEBRUARY}`)).toEqual([{ key: heroId, iqs: 0.708333334, reviews: 2, rated: 2 }]);
		expect((await who.hero.api.get(`/api/qa/reviews?clientId=${clientId}&${FEBRUARY}&status=open`)).status).toBe(403);
		const notTheirs = (await (await who.director.api.get('/api/clients')).json()) as { id: string }[];
		const other = notTheirs.find((c) => !who.hero.me.clientIds.includes(c.id))!.id;
		expect((await who.hero.api.get(`/api/qa/reviews?clientId=${other}&${FEBRUARY}`)).status).toBe(403);
	});

	it('lets associates read their clients only, and admins nothing', async () => {
		// The two demo associates cover every client between them.
		const [assigned, outsider] = who.associate.me.clientIds.includes(clientId) ? [who.associate, who.associate2] : [who.associate2, who.associate];
		expect((await reviewsOf(assigned.api, `clientId=${clientId}&${FEBRUARY}`)).map((r) => r.id)).toEqual(Object.keys(SCORES));
		const clients = (await (await who.director.api.get('/api/clients')).json()) as { id: string }[];
		const foreign = clients.find((c) => !outsider.me.clientIds.includes(c.id))!.id;
		expect((await outsider.api.get(`/api/qa/reviews?clientId=${foreign}&${FEBRUARY}`)).status).toBe(403);
		expect((await outsider.api.get(`/api/qa/iqs?clientId=${foreign}&groupBy=week`)).status).toBe(403);
		expect((await who.admin.api.get(`/api/qa/reviews?clientId=${clientId}&${FEBRUARY}`)).status).toBe(403);
		expect((await who.admin.api.get(`/api/qa/iqs?clientId=${clientId}&groupBy=hero`)).status).toBe(403);
		const anonymous = await fetch(`${server.url}/api/qa/reviews?clientId=${clientId}&${FEBRUARY}`);
		expect(anonymous.status).toBe(401);
	});
});

describe('bad parameters', () => {
	it.each([
		['/api/qa/reviews?from=2021-02-01&to=2021-02-28', 'clientId'],
		['/api/qa/reviews?clientId=CLIENT&to=2021-02-28', 'from'],
		['/api/qa/reviews?clientId=CLIENT&from=2021-02-01&to=2021-02-30', 'to'],
		['/api/qa/reviews?clientId=CLIENT&from=01/02/2021&to=2021-02-28', 'from'],
		['/api/qa/reviews?clientId=CLIENT&from=2021-03-01&to=2021-02-28', 'to'],
		['/api/qa/reviews?clientId=CLIENT&from=2020-01-01&to=2021-01-01', 'to'],
		['/api/qa/reviews?clientId=CLIENT&from=2021-02-01&to=2021-02-28&format=xml', 'format'],
		['/api/qa/reviews?clientId=CLIENT&from=2021-02-01&to=2021-02-28&status=draft', 'status'],
		['/api/qa/iqs?clientId=CLIENT&groupBy=team', 'groupBy'],
		['/api/qa/iqs?clientId=CLIENT', 'groupBy'],
		['/api/qa/iqs?clientId=CLIENT&groupBy=week&from=2021-02-28&to=2021-02-01', 'to']
	])('%s → 400 naming %s', async (path, field) => {
		const response = await who.director.api.get(path.replace('CLIENT', clientId));
		expect(response.status).toBe(400);
		expect(((await response.json()) as { message: string }).message).toMatch(new RegExp(`^${field}: `));
	});
});
