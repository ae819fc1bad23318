import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/lib/domain/qa/dashboard';
import type { Dispute } from '../../src/lib/domain/qa/room';
import { disputesMap } from '../../src/lib/domain/qa/room';
import type { IqsGroup } from '../../src/lib/domain/qa/scoring';
import type { User } from '../../src/lib/domain/directory';
import { startServer, type ApiClient, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';
import { answerAndSubmit, assignReview, type TestReview } from '../sync/qa-helpers';

/**
 * `GET /api/qa/dashboard` through the real built server, over reviews and disputes a director's
 * peer writes into the QA month room of April 2021, which nothing else uses.
 *
 * The scorecard of tests/sync/qa-helpers.ts: greeting binary ×1, accuracy 1–5 ×2 (critical),
 * tone 1–3 ×1 (N/A allowed). By hand:
 *   r1 hero,  en, W14, director:  greeting 1, accuracy 4 (0.75), tone 2 (0.5): (1 + 1.5 + 0.5) / 4 = 0.75
 *   r2 hero,  fr, W14, associate: greeting 0, accuracy 4 (0.75), tone N/A:     (0 + 1.5) / 3       = 0.5
 *   r3 other, en, W15, director:  greeting 1, accuracy 1 (critical fail), tone 3                   = 0
 *   r4 other, en, W15, associate: greeting 1, accuracy 5 (1), tone 2 (0.5):    (1 + 2 + 0.5) / 4   = 0.875
 *   r5 other, W15: open (never counted).
 * Client mean 2.125 / 4 = 0.53125. Disputes: r1 greeting accepted, r1 tone open, r2 greeting
 * rejected (W14: 3 disputes on 2 of 2 reviews), r3 accuracy accepted (W15: 1 on 1 of 2).
 */

let server: RunningServer;
const who = {} as Record<'director' | 'associate' | 'associate2' | 'hero' | 'admin', Session>;
let assigned: Session;
let outsider: Session;
let clientId: string;
let heroId: string;
let otherHeroId: string;
let peer: TestPeer;

const APRIL = 'from=2021-04-01&to=2021-04-30';

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1', SYNC_FLUSH_DEBOUNCE_MS: '20', SYNC_FLUSH_MAX_WAIT_MS: '100' } });
	for (const role of ['director', 'associate', 'associate2', 'hero', 'admin'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	heroId = who.hero.me.id;
	clientId = who.hero.me.clientIds[0]!;
	[assigned, outsider] = who.associate.me.clientIds.includes(clientId) ? [who.associate, who.associate2] : [who.associate2, who.associate];
	const users = (await (await who.admin.api.get('/api/admin/users')).json()) as User[];
	otherHeroId = users.find((u) => u.role === 'hero' && u.id !== heroId && u.clientIds.includes(clientId))!.id;

	const director = who.director.me.id;
	const associate = assigned.me.id;
	const w14 = { clientId, week: '2021-W14', assignedAt: '2021-04-05T09:00:00.000Z' };
	const w15 = { clientId, week: '2021-W15', assignedAt: '2021-04-12T09:00:00.000Z' };
	const reviews: [TestReview, Record<string, number | 'na'> | null, string][] = [
		[{ ...w14, id: 'qa-dash-r1', heroId, reviewerId: director }, { greeting: 1, accuracy: 4, tone: 2 }, '2021-04-06T12:00:00.000Z'],
		[{ ...w14, id: 'qa-dash-r2', heroId, reviewerId: associate, language: 'fr' }, { greeting: 0, accuracy: 4, tone: 'na' }, '2021-04-07T12:00:00.000Z'],
		[{ ...w15, id: 'qa-dash-r3', heroId: otherHeroId, reviewerId: director }, { greeting: 1, accuracy: 1, tone: 3 }, '2021-04-13T12:00:00.000Z'],
		[{ ...w15, id: 'qa-dash-r4', heroId: otherHeroId, reviewerId: associate }, { greeting: 1, accuracy: 5, tone: 2 }, '2021-04-14T12:00:00.000Z'],
		[{ ...w15, id: 'qa-dash-r5', heroId: otherHeroId, reviewerId: associate }, null, '']
	];
	peer = new TestPeer(server.url, `qa.${clientId}.2021-04`, who.director.cookie);
	await eventually(() => expect(peer.provider.synced).toBe(true));
	for (const [review, answers, at] of reviews) {
		assignReview(peer.doc, review);
		if (answers) answerAndSubmit(peer.doc, review.id, answers, director, at);
	}
	const dispute = (id: string, reviewId: string, categoryId: string, hero: string, status: Dispute['status']): Dispute => ({
		id, reviewId, categoryId, heroId: hero, comment: '', originalValue: null, createdAt: '2021-04-20T10:00:00.000Z', status,
		resolvedBy: status === 'open' ? null : director, resolvedAt: status === 'open' ? null : '2021-04-21T10:00:00.000Z', newValue: null, reason: null
	});
	for (const d of [
		dispute('qa-dash-d1', 'qa-dash-r1', 'greeting', heroId, 'accepted'),
		dispute('qa-dash-d2', 'qa-dash-r1', 'tone', heroId, 'open'),
		dispute('qa-dash-d3', 'qa-dash-r2', 'greeting', heroId, 'rejected'),
		dispute('qa-dash-d4', 'qa-dash-r3', 'accuracy', otherHeroId, 'accepted')
	])
		disputesMap(peer.doc).set(d.id, d);
	await eventually(() => expect(peer.allSaved()).toBe(true));
	await eventually(async () => expect((await dashboardOf(who.director.api, `clientId=${clientId}&${APRIL}`)).disputes?.[1]?.disputes).toBe(1));
});
afterAll(async () => {
	peer?.destroy();
	expect(await server.stop()).toBe(0);
});

async function dashboardOf(api: ApiClient, query: string): Promise<Dashboard> {
	const response = await api.get(`/api/qa/dashboard?${query}`);
	expect(response.status, await response.clone().text()).toBe(200);
	return (await response.json()) as Dashboard;
}

describe('GET /api/qa/dashboard', () => {
	it('answers every series of the period with the hand-computed numbers', async () => {
		const board = await dashboardOf(who.director.api, `clientId=${clientId}&${APRIL}&groupBy=hero`);
		expect(board).toMatchObject({ from: '2021-04-01', to: '2021-04-30', groupBy: 'hero', clientIds: [clientId] });
		expect(board.iqs).toEqual([
			{ week: '2021-W14', key: heroId, iqs: 0.625, reviews: 2, rated: 2 },
			{ week: '2021-W15', key: otherHeroId, iqs: 0.4375, reviews: 2, rated: 2 }
		]);
		expect(board.categories.map(({ name: _name, ...rest }) => rest)).toEqual([
			{ categoryId: 'accuracy', reviews: 4, na: 0, scored: 4, mean: 0.625, failRate: 0.25 },
			{ categoryId: 'greeting', reviews: 4, na: 0, scored: 4, mean: 0.75, failRate: 0.25 },
			{ categoryId: 'tone', reviews: 4, na: 1, scored: 3, mean: 0.666666667, failRate: 0 }
		]);
		expect(board.categories.every((c) => c.name.length > 0)).toBe(true);
		expect(board.distribution.map((b) => b.reviews)).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 1, 0]);
		expect(board.distribution[9]).toEqual({ bucket: 9, from: 0.9, reviews: 0 });
		expect(board.reviewers).toEqual(
			[
				{ reviewerId: who.director.me.id, reviews: 2, rated: 2, mean: 0.375, sd: 0.375, deviation: -0.15625 },
				{ reviewerId: assigned.me.id, reviews: 2, rated: 2, mean: 0.6875, sd: 0.1875, deviation: 0.15625 }
			].sort((a, b) => (a.reviewerId < b.reviewerId ? -1 : 1))
		);
		expect(board.disputes).toEqual([
			{ week: '2021-W14', reviews: 2, disputes: 3, disputed: 2, accepted: 1, rate: 1 },
			{ week: '2021-W15', reviews: 2, disputes: 1, disputed: 1, accepted: 1, rate: 0.5 }
		]);
		expect(board.names.users[heroId]).toBe(who.hero.me.name);
		expect(board.names.users[assigned.me.id]).toBe(assigned.me.name);
		expect(Object.keys(board.names.clients)).toEqual([clientId]);
	});

	it('groups IQS by client and language, and its weekly IQS is GET /api/qa/iqs?groupBy=week', async () => {
		const byClient = await dashboardOf(who.director.api, `clientId=${clientId}&${APRIL}&groupBy=client`);
		const weekly = (await (await who.director.api.get(`/api/qa/iqs?clientId=${clientId}&groupBy=week&${APRIL}`)).json()) as IqsGroup[];
		expect(byClient.iqs.map((p) => [p.week, p.iqs, p.reviews, p.rated])).toEqual(weekly.map((g) => [g.key, g.iqs, g.reviews, g.rated]));
		expect(byClient.iqs.map((p) => [p.week, p.key, p.iqs])).toEqual([
			['2021-W14', clientId, 0.625],
			['2021-W15', clientId, 0.4375]
		]);
		const byLanguage = await dashboardOf(who.director.api, `clientId=${clientId}&${APRIL}&groupBy=language`);
		expect(byLanguage.iqs.map((p) => [p.week, p.key, p.iqs])).toEqual([
			['2021-W14', 'en', 0.75],
			['2021-W14', 'fr', 0.5],
			['2021-W15', 'en', 0.4375]
		]);
		// Every client at once: no other client has reviews in April 2021.
		const all = await dashboardOf(who.director.api, `${APRIL}&groupBy=client`);
		expect(all.clientIds.length).toBeGreaterThan(1);
		expect(all.iqs).toEqual(byClient.iqs);
		// Both ends of the period are included; a period without reviews has empty series.
		const narrow = await dashboardOf(who.director.api, `clientId=${clientId}&from=2021-04-07&to=2021-04-13`);
		expect(narrow.distribution.map((b) => b.reviews)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
		const empty = await dashboardOf(who.director.api, `clientId=${clientId}&from=2021-05-01&to=2021-05-31`);
		expect([empty.iqs, empty.categories, empty.reviewers, empty.disputes]).toEqual([[], [], [], []]);
		expect(empty.distribution.every((b) => b.reviews === 0)).toBe(true);
	});
});

describe('who sees what', () => {
	it('shows a hero their own reviews only, without reviewers or disputes', async () => {
		for (const query of [`clientId=${clientId}&${APRIL}`, APRIL]) {
			const board = await dashboardOf(who.hero.api, query);
			expect(board.iqs).toEqual([{ week: '2021-W14', key: heroId, iqs: 0.625, reviews: 2, rated: 2 }]);
			expect(board.categories.map((c) => [c.categoryId, c.mean, c.na, c.failRate])).toEqual([
				['accuracy', 0.75, 0, 0],
				['greeting', 0.5, 0, 0.5],
				['tone', 0.5, 1, 0]
			]);
			expect(board.distribution.map((b) => b.reviews)).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
			expect([board.reviewers, board.disputes]).toEqual([null, null]);
			expect(Object.keys(board.names.users)).toEqual([heroId]);
		}
		const clients = (await (await who.director.api.get('/api/clients')).json()) as { id: string }[];
		const other = clients.find((c) => !who.hero.me.clientIds.includes(c.id))!.id;
		expect((await who.hero.api.get(`/api/qa/dashboard?clientId=${other}&${APRIL}`)).status).toBe(403);
	});

	it('lets associates read their clients only, and admins nothing', async () => {
		expect((await dashboardOf(assigned.api, `clientId=${clientId}&${APRIL}`)).reviewers?.length).toBe(2);
		expect((await outsider.api.get(`/api/qa/dashboard?clientId=${clientId}&${APRIL}`)).status).toBe(403);
		// Without a client, only their own clients' reviews.
		const theirs = await dashboardOf(outsider.api, APRIL);
		expect(theirs.clientIds).toEqual(expect.not.arrayContaining([clientId]));
		expect(theirs.iqs).toEqual([]);
		expect((await who.admin.api.get(`/api/qa/dashboard?${APRIL}`)).status).toBe(403);
		expect((await who.director.api.get(`/api/qa/dashboard?clientId=no-such-client&${APRIL}`)).status).toBe(404);
		expect((await fetch(`${server.url}/api/qa/dashboard?${APRIL}`)).status).toBe(401);
	});
});

describe('bad parameters', () => {
	it.each([
		['groupBy=team', 'groupBy'],
		['groupBy=week', 'groupBy'],
		['from=2021-02-30&to=2021-03-01', 'from'],
		['from=01/04/2021', 'from'],
		['from=2021-04-30&to=2021-04-01', 'to'],
		['from=2020-01-01&to=2021-01-01', 'to']
	])('%s → 400 naming %s', async (query, field) => {
		const response = await who.director.api.get(`/api/qa/dashboard?${query}`);
		expect(response.status).toBe(400);
		expect(((await response.json()) as { message: string }).message).toMatch(new RegExp(`^${field}: `));
	});
});
