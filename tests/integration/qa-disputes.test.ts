import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispute } from '../../src/lib/domain/qa/room';
import type { IqsGroup } from '../../src/lib/domain/qa/scoring';
import type { QaReview } from '../../server/services/qa';
import type { DisputeView } from '../../server/services/qa-disputes';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';
import { answerAndSubmit, assignReview, type TestReview } from '../sync/qa-helpers';

/**
 * Disputes through the real built server: a hero raises one on a category of their own
 * submitted review, a director or the client's associate resolves it, and IQS follows an accept
 * (not a reject). The reviews are written by a director's peer into March 2021's room, a month
 * nothing else uses; every refused call is checked to change nothing.
 */

let server: RunningServer;
const who = {} as Record<'director' | 'associate' | 'associate2' | 'hero' | 'admin', Session>;
let clientId: string;
let heroId: string;
let assigned: Session;
let outsider: Session;
let peer: TestPeer;
let otherHeroEmail: string;
const anonymous = () => new ApiClient(server.url);

const MARCH = 'from=2021-03-01&to=2021-03-31';
const ours = (d: { reviewId: string }) => d.reviewId.startsWith('qa-dis-');

// The scorecard of tests/sync/qa-helpers.ts: greeting binary ×1, accuracy 1–5 ×2 (critical),
// tone 1–3 ×1 (N/A allowed).
//   qa-dis-a (hero): greeting 1 → 1, accuracy 2 → 0.25, tone 2 → 0.5: (1 + 0.5 + 0.5) / 4 = 0.5
//   qa-dis-b (hero): greeting 1, accuracy 4 → 0.75, tone N/A: (1 + 1.5) / 3 = 0.833333333
//   qa-dis-c (another hero), submitted; qa-dis-d (hero), still open.
beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1', SYNC_FLUSH_DEBOUNCE_MS: '20', SYNC_FLUSH_MAX_WAIT_MS: '100' } });
	for (const role of ['director', 'associate', 'associate2', 'hero', 'admin'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	heroId = who.hero.me.id;
	// A client of the hero's that exactly one demo associate has: the other is the outsider.
	clientId = who.hero.me.clientIds.find((id) => who.associate.me.clientIds.includes(id) !== who.associate2.me.clientIds.includes(id))!;
	[assigned, outsider] = who.associate.me.clientIds.includes(clientId) ? [who.associate, who.associate2] : [who.associate2, who.associate];
	const users = (await (await who.admin.api.get('/api/admin/users')).json()) as { id: string; email: string; role: string; clientIds: string[] }[];
	const otherHero = users.find((u) => u.role === 'hero' && u.id !== heroId && u.clientIds.includes(clientId))!;
	const otherHeroId = otherHero.id;
	otherHeroEmail = otherHero.email;

	const reviewer = who.director.me.id;
	const base = { clientId, reviewerId: reviewer, week: '2021-W10', assignedAt: '2021-03-08T09:00:00.000Z' };
	const reviews: [TestReview, Record<string, number | 'na'> | null, string][] = [
		[{ ...base, id: 'qa-dis-a', heroId }, { greeting: 1, accuracy: 2, tone: 2 }, '2021-03-09T12:00:00.000Z'],
		[{ ...base, id: 'qa-dis-b', heroId }, { greeting: 1, accuracy: 4, tone: 'na' }, '2021-03-10T12:00:00.000Z'],
		[{ ...base, id: 'qa-dis-c', heroId: otherHeroId }, { greeting: 1, accuracy: 5, tone: 3 }, '2021-03-10T13:00:00.000Z'],
		[{ ...base, id: 'qa-dis-d', heroId }, null, '']
	];
	peer = new TestPeer(server.url, `qa.${clientId}.2021-03`, who.director.cookie);
	await eventually(() => expect(peer.provider.synced).toBe(true));
	for (const [review, answers, at] of reviews) {
		assignReview(peer.doc, review);
		if (answers) answerAndSubmit(peer.doc, review.id, answers, reviewer, at);
	}
	await eventually(() => expect(peer.allSaved()).toBe(true));
	await eventually(async () => expect((await ok(who.director.api, `/api/qa/reviews?clientId=${clientId}&${MARCH}`)).map((r: QaReview) => r.id)).toContain('qa-dis-c'));
});
afterAll(async () => {
	peer?.destroy();
	expect(await server.stop()).toBe(0);
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses of several shapes
async function ok(api: ApiClient, path: string): Promise<any> {
	const response = await api.get(path);
	expect(response.status, await response.clone().text()).toBe(200);
	return response.json();
}

const disputes = async (api: ApiClient, query = ''): Promise<DisputeView[]> => ((await ok(api, `/api/qa/disputes?clientId=${clientId}${query}`)) as DisputeView[]).filter(ours);
const heroIqs = async (): Promise<number> => ((await ok(who.director.api, `/api/qa/iqs?clientId=${clientId}&groupBy=hero&${MARCH}`)) as IqsGroup[]).find((g) => g.key === heroId)!.iqs!;
const raise = (api: ApiClient, reviewId: string, body: unknown) => api.post(`/api/qa/reviews/${reviewId}/disputes`, body);
const resolve = (api: ApiClient, id: string, body: unknown) => api.post(`/api/qa/disputes/${id}/resolve`, body);

/** What refused calls must leave as it was: every dispute, the hero's reviews, the IQS. */
async function state(): Promise<string> {
	const reviews = ((await ok(who.director.api, `/api/qa/reviews?clientId=${clientId}&${MARCH}`)) as QaReview[]).filter((r) => r.id.startsWith('qa-dis-'));
	return JSON.stringify([await disputes(who.director.api), reviews, await heroIqs()]);
}

async function expectRefused(call: () => Promise<Response>, status: number, message?: RegExp): Promise<void> {
	const before = await state();
	const response = await call();
	const body = (await response.json()) as { message: string };
	expect(response.status, body.message).toBe(status);
	if (message) expect(body.message).toMatch(message);
	expect(await state()).toBe(before);
}

describe('QA disputes', () => {
	let first: string;

	it('a hero disputes a category of their review; an associate of the client accepts it and IQS changes', async () => {
		expect(await heroIqs()).toBeCloseTo((0.5 + 0.833333333) / 2, 8);
		const raised = await raise(who.hero.api, 'qa-dis-a', { categoryId: 'accuracy', comment: '  I checked the order twice.  ' });
		expect(raised.status, await raised.clone().text()).toBe(201);
		first = ((await raised.json()) as { id: string }).id;

		const [own] = await disputes(who.hero.api);
		expect(own).toMatchObject({ id: first, reviewId: 'qa-dis-a', categoryId: 'accuracy', heroId, comment: 'I checked the order twice.', originalValue: 2, status: 'open', ticketId: 'ticket-qa-dis-a', reviewScore: 0.5 });
		expect((await disputes(assigned.api, '&status=open')).map((d) => d.id)).toEqual([first]);
		expect(await disputes(assigned.api, '&status=accepted')).toEqual([]);

		const accepted = await resolve(assigned.api, first, { decision: 'accept', newValue: 4, note: 'Right, it was correct.' });
		expect(accepted.status, await accepted.clone().text()).toBe(200);
		expect((await accepted.json()) as Dispute).toMatchObject({ id: first, status: 'accepted', originalValue: 2, newValue: 4, reason: 'Right, it was correct.', resolvedBy: assigned.me.id });
		// qa-dis-a: (1 + 1.5 + 0.5) / 4 = 0.75.
		expect(await heroIqs()).toBeCloseTo((0.75 + 0.833333333) / 2, 8);
		const reviews = (await ok(who.hero.api, `/api/qa/reviews?clientId=${clientId}&${MARCH}`)) as QaReview[];
		expect(reviews.find((r) => r.id === 'qa-dis-a')!.categories.find((c) => c.categoryId === 'accuracy')).toEqual({ categoryId: 'accuracy', value: 4, score: 0.75 });
		expect((await disputes(who.hero.api))[0]).toMatchObject({ status: 'accepted', newValue: 4, reviewScore: 0.75 });
	});

	it('resolving twice is a conflict', async () => {
		await expectRefused(() => resolve(who.director.api, first, { decision: 'accept', newValue: 5 }), 409, /accepted already/);
		await expectRefused(() => resolve(assigned.api, first, { decision: 'reject', reason: 'No' }), 409);
	});

	it('a reject keeps the answer and IQS, and the category may be disputed again', async () => {
		const raised = await raise(who.hero.api, 'qa-dis-b', { categoryId: 'greeting', comment: 'I did greet.' });
		expect(raised.status).toBe(201);
		const { id } = (await raised.json()) as { id: string };
		const iqs = await heroIqs();
		await expectRefused(() => resolve(who.director.api, id, { decision: 'reject' }), 400, /^reason: /);
		await expectRefused(() => resolve(who.director.api, id, { decision: 'reject', reason: '   ' }), 400);
		const rejected = await resolve(who.director.api, id, { decision: 'reject', reason: 'The greeting came after the question.' });
		expect(rejected.status).toBe(200);
		expect((await rejected.json()) as Dispute).toMatchObject({ status: 'rejected', newValue: null, reason: 'The greeting came after the question.', resolvedBy: who.director.me.id });
		expect(await heroIqs()).toBe(iqs);
		expect((await raise(who.hero.api, 'qa-dis-b', { categoryId: 'greeting', comment: 'Please look again.' })).status).toBe(201);
		// Open first, then newest first.
		expect((await disputes(who.director.api)).map((d) => [d.reviewId, d.categoryId, d.status])).toEqual([
			['qa-dis-b', 'greeting', 'open'],
			['qa-dis-b', 'greeting', 'rejected'],
			['qa-dis-a', 'accuracy', 'accepted']
		]);
		expect((await disputes(who.director.api, '&status=rejected')).map((d) => d.id)).toEqual([id]);
	});

	it('refuses bad input and changes nothing', async () => {
		await expectRefused(() => raise(who.hero.api, 'qa-dis-a', { categoryId: 'tone', comment: '' }), 400, /^comment: /);
		await expectRefused(() => raise(who.hero.api, 'qa-dis-a', { categoryId: 'tone', comment: 'x'.repeat(2001) }), 400, /^comment: /);
		await expectRefused(() => raise(who.hero.api, 'qa-dis-a', { categoryId: 'speed', comment: 'Hm' }), 400, /Unknown category "speed"/);
		await expectRefused(() => raise(who.hero.api, 'qa-dis-a', 'not json{'), 400);
		await expectRefused(() => raise(who.hero.api, 'qa-dis-b', { categoryId: 'greeting', comment: 'Twice open' }), 409, /already disputed/);
		await expectRefused(() => raise(who.hero.api, 'qa-dis-d', { categoryId: 'tone', comment: 'Open review' }), 400, /submitted/);
		await expectRefused(() => raise(who.hero.api, 'qa-nope', { categoryId: 'tone', comment: 'Hm' }), 404);
		const [open] = await disputes(who.director.api, '&status=open');
		await expectRefused(() => resolve(who.director.api, open!.id, { decision: 'accept', newValue: 2 }), 400, /fail \(0\) or pass \(1\)/);
		await expectRefused(() => resolve(who.director.api, open!.id, { decision: 'accept', newValue: 'na' }), 400, /cannot be N\/A/);
		await expectRefused(() => resolve(who.director.api, open!.id, { decision: 'accept' }), 400, /^newValue: /);
		await expectRefused(() => resolve(who.director.api, open!.id, { decision: 'maybe' }), 400);
		await expectRefused(() => resolve(who.director.api, 'no-such-dispute', { decision: 'reject', reason: 'No' }), 404);
		expect((await who.director.api.get(`/api/qa/disputes?clientId=${clientId}&status=closed`)).status).toBe(400);
	});

	it('walls by role and client', async () => {
		const [open] = await disputes(who.director.api, '&status=open');
		const body = { categoryId: 'tone', comment: 'Not mine' };
		await expectRefused(() => raise(who.hero.api, 'qa-dis-c', body), 403, /not yours/);
		await expectRefused(() => raise(who.director.api, 'qa-dis-a', body), 403);
		await expectRefused(() => raise(assigned.api, 'qa-dis-a', body), 403);
		await expectRefused(() => raise(who.admin.api, 'qa-dis-a', body), 403);
		await expectRefused(() => raise(anonymous(), 'qa-dis-a', body), 401);
		const reject = { decision: 'reject', reason: 'No' };
		await expectRefused(() => resolve(outsider.api, open!.id, reject), 403);
		await expectRefused(() => resolve(who.hero.api, open!.id, reject), 403);
		await expectRefused(() => resolve(who.admin.api, open!.id, reject), 403);
		await expectRefused(() => resolve(anonymous(), open!.id, reject), 401);
		expect((await outsider.api.get(`/api/qa/disputes?clientId=${clientId}`)).status).toBe(403);
		expect((await who.admin.api.get(`/api/qa/disputes?clientId=${clientId}`)).status).toBe(403);
		expect((await anonymous().get(`/api/qa/disputes?clientId=${clientId}`)).status).toBe(401);
		// Heroes list their own disputes only.
		const other = await signIn(server.url, otherHeroEmail);
		expect((await raise(other.api, 'qa-dis-c', { categoryId: 'tone', comment: 'Mine' })).status).toBe(201);
		const all = await disputes(who.director.api);
		expect(all.map((d) => d.reviewId)).toContain('qa-dis-c');
		const own = (await ok(who.hero.api, `/api/qa/disputes?clientId=${clientId}`)) as DisputeView[];
		expect(own.map((d) => d.id)).toEqual(all.filter((d) => d.heroId === heroId).map((d) => d.id));
		expect((await disputes(other.api)).map((d) => d.reviewId)).toEqual(['qa-dis-c']);
	});
});
