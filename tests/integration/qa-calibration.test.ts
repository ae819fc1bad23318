import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationOptions, CalibrationSession, CalibrationSummary } from '../../src/lib/domain/qa/calibration-session';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import { signIn, type Session } from '../sync/helpers';

/**
 * Calibration sessions through the real built server and the demo accounts. The two demo
 * associates share exactly one client (src/lib/domain/demo.ts); the director gives it a known
 * scorecard first, so the agreement can be computed by hand:
 *   greeting binary ×1, accuracy 1–5 ×2 (critical), tone 1–3 ×1 (N/A allowed).
 */

let server: RunningServer;
const who = {} as Record<'director' | 'director2' | 'associate' | 'associate2' | 'hero' | 'admin', Session>;
let shared: string;
let onlyFirst: string;
let tickets: string[];
let sessionId: string;

const SCORECARD = {
	name: 'Calibration test',
	categories: [
		{ id: 'greeting', name: 'Greeting', weight: 1, scale: 'binary' },
		{ id: 'accuracy', name: 'Accuracy', weight: 2, scale: '5', critical: true },
		{ id: 'tone', name: 'Tone', weight: 1, scale: '3', allowNA: true }
	]
};

type Values = Record<'greeting' | 'accuracy' | 'tone', number | 'na'>;
const answersOf = (values: Partial<Values>) => Object.entries(values).map(([categoryId, value]) => ({ categoryId, value }));

// Associate A and associate B on tickets T1 and T2 (category scores in brackets):
//   T1  A: greeting 1 [1], accuracy 4 [0.75], tone 2 [0.5]   B: 1 [1], 5 [1], 3 [1]
//   T2  A: greeting 0 [0], accuracy 3 [0.5],  tone N/A       B: 1 [1], 3 [0.5], 2 [0.5]
const A: Values[] = [
	{ greeting: 1, accuracy: 4, tone: 2 },
	{ greeting: 0, accuracy: 3, tone: 'na' }
];
const B: Values[] = [
	{ greeting: 1, accuracy: 5, tone: 3 },
	{ greeting: 1, accuracy: 3, tone: 2 }
];

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of Object.keys({ director: 1, director2: 1, associate: 1, associate2: 1, hero: 1, admin: 1 }) as (keyof typeof who)[]) {
		who[role] = await signIn(server.url, `${role}@demo.test`);
	}
	shared = who.associate.me.clientIds.find((id) => who.associate2.me.clientIds.includes(id))!;
	onlyFirst = who.associate.me.clientIds.find((id) => !who.associate2.me.clientIds.includes(id))!;
	const saved = await who.director.api.request('PUT', `/api/qa/scorecards?clientId=${shared}`, SCORECARD);
	expect(saved.status, await saved.clone().text()).toBe(201);
	const options = (await (await who.director.api.get(`/api/qa/calibrations/options?clientId=${shared}`)).json()) as CalibrationOptions;
	expect(options.scorecard?.name).toBe('Calibration test');
	tickets = options.tickets.slice(0, 2).map((ticket) => ticket.id);
	expect(tickets).toHaveLength(2);
	expect(options.participants.map((p) => p.id)).toEqual(expect.arrayContaining([who.associate.me.id, who.associate2.me.id, who.director.me.id]));
	expect(options.participants.map((p) => p.id)).not.toContain(who.hero.me.id);
}, 120_000);
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

async function status(response: Response, expected: number): Promise<Response> {
	expect(response.status, await response.clone().text()).toBe(expected);
	return response;
}

const list = async (session: Session) => (await (await status(await session.api.get('/api/qa/calibrations'), 200)).json()) as CalibrationSummary[];
const read = async (session: Session, id = sessionId) => (await (await status(await session.api.get(`/api/qa/calibrations/${id}`), 200)).json()) as CalibrationSession;
const put = (session: Session, ticketId: string, values: Partial<Values> | { categoryId: string; value: unknown }[], id = sessionId) =>
	session.api.request('PUT', `/api/qa/calibrations/${id}/answers`, { ticketId, answers: Array.isArray(values) ? values : answersOf(values) });
const submit = (session: Session, id = sessionId) => session.api.post(`/api/qa/calibrations/${id}/submit`);

describe('creating a session', () => {
	it('refuses bad input with 400 and creates nothing', async () => {
		const base = { clientId: shared, name: 'Week 12', ticketIds: tickets, participantIds: [who.associate.me.id, who.associate2.me.id] };
		const foreign = (await (await who.director.api.get(`/api/qa/calibrations/options?clientId=${onlyFirst}`)).json()) as CalibrationOptions;
		const cases: [object, RegExp][] = [
			[{ ...base, participantIds: [who.associate.me.id] }, /at least 2 participants/],
			[{ ...base, participantIds: [who.associate.me.id, who.associate.me.id] }, /more than once/],
			[{ ...base, ticketIds: [tickets[0], 'no-such-ticket'] }, /not tickets of this client: no-such-ticket/],
			[{ ...base, ticketIds: [tickets[0], foreign.tickets[0]!.id] }, /not tickets of this client/],
			[{ ...base, ticketIds: [] }, /at least one ticket/],
			[{ ...base, ticketIds: [tickets[0], tickets[0]] }, /more than once/],
			[{ ...base, participantIds: [who.associate.me.id, who.hero.me.id] }, /not directors or associates of this client/],
			[{ ...base, name: ' ' }, /Name is required/]
		];
		for (const [body, message] of cases) {
			const response = await status(await who.director.api.post('/api/qa/calibrations', body), 400);
			expect(((await response.json()) as { message: string }).message).toMatch(message);
		}
		// associate2 does not serve onlyFirst: neither as creator nor as participant.
		await status(await who.associate2.api.post('/api/qa/calibrations', { ...base, clientId: onlyFirst }), 403);
		await status(await who.associate.api.post('/api/qa/calibrations', { ...base, clientId: onlyFirst, ticketIds: [foreign.tickets[0]!.id] }), 400);
		expect(await list(who.director)).toEqual([]);
	});

	it('creates a session with the client’s current scorecard frozen in it', async () => {
		const body = { clientId: shared, name: 'Week 12', ticketIds: tickets, participantIds: [who.associate.me.id, who.associate2.me.id] };
		const response = await status(await who.director.api.post('/api/qa/calibrations', body), 201);
		sessionId = ((await response.json()) as { id: string }).id;
		const session = await read(who.director);
		expect(session).toMatchObject({ id: sessionId, clientId: shared, name: 'Week 12', status: 'open', mine: 'none', results: null, answers: [] });
		expect(session.scorecard.categories.map((c) => c.id)).toEqual(['greeting', 'accuracy', 'tone']);
		expect(session.tickets.map((t) => t.id)).toEqual(tickets);
		expect(session.tickets[0]!.messages.length).toBeGreaterThan(0);
		expect(session.participants.map((p) => [p.id, p.submitted]).sort()).toEqual(
			[
				[who.associate.me.id, false],
				[who.associate2.me.id, false]
			].sort()
		);
		// A later scorecard version does not change the session's.
		await status(await who.director.api.request('PUT', `/api/qa/scorecards?clientId=${shared}`, { ...SCORECARD, categories: SCORECARD.categories.slice(0, 2) }), 201);
		expect((await read(who.director)).scorecard.categories).toHaveLength(3);
	});
});

describe('role walls', () => {
	it('keeps heroes, admins and the signed out away', async () => {
		for (const role of ['hero', 'admin'] as const) {
			await status(await who[role].api.get('/api/qa/calibrations'), 403);
			await status(await who[role].api.get(`/api/qa/calibrations/${sessionId}`), 403);
			await status(await put(who[role], tickets[0]!, A[0]!), 403);
		}
		const anonymous = new ApiClient(server.url);
		await status(await anonymous.get('/api/qa/calibrations'), 401);
		await status(await anonymous.get(`/api/qa/calibrations/${sessionId}`), 401);
		await status(await anonymous.post(`/api/qa/calibrations/${sessionId}/submit`), 401);
		await status(await who.director.api.get('/api/qa/calibrations/nosuchsession'), 404);
	});

	it('lets only participants answer, and associates see only their clients’ sessions', async () => {
		await status(await put(who.director, tickets[0]!, A[0]!), 403);
		await status(await put(who.director2, tickets[0]!, A[0]!), 403);
		await status(await submit(who.director), 403);

		const foreign = (await (await who.associate.api.get(`/api/qa/calibrations/options?clientId=${onlyFirst}`)).json()) as CalibrationOptions;
		const created = await status(
			await who.associate.api.post('/api/qa/calibrations', {
				clientId: onlyFirst,
				name: 'Theirs',
				ticketIds: [foreign.tickets[0]!.id],
				participantIds: [who.associate.me.id, who.director.me.id]
			}),
			201
		);
		const theirs = ((await created.json()) as { id: string }).id;
		await status(await who.associate2.api.get(`/api/qa/calibrations/${theirs}`), 403);
		await status(await put(who.associate2, foreign.tickets[0]!.id, A[0]!, theirs), 403);
		await status(await who.associate2.api.get(`/api/qa/calibrations?clientId=${onlyFirst}`), 403);
		expect((await list(who.associate2)).map((s) => s.id)).toEqual([sessionId]);
		expect((await list(who.associate)).map((s) => s.id).sort()).toEqual([sessionId, theirs].sort());
		expect((await list(who.director)).map((s) => s.id).sort()).toEqual([sessionId, theirs].sort());
	});
});

describe('scoring blind', () => {
	it('refuses answers off the scorecard with 400 and keeps the saved ones', async () => {
		await status(await put(who.associate, tickets[0]!, { greeting: 1 }), 204);
		const cases: [Parameters<typeof put>[2], RegExp, string?][] = [
			[{ accuracy: 6 }, /scored 1 to 5, got 6/],
			[{ greeting: 2 }, /fail \(0\) or pass \(1\), got 2/],
			[{ accuracy: 'na' }, /"Accuracy" cannot be N\/A/],
			[[{ categoryId: 'speed', value: 1 }], /Unknown category "speed"/],
			[[{ categoryId: 'tone', value: 'high' }], /number or "na"/],
			[{ greeting: 1 }, /not a ticket of this session/, 'not-in-session']
		];
		for (const [values, message, ticket] of cases) {
			const response = await status(await put(who.associate, ticket ?? tickets[0]!, values), 400);
			expect(((await response.json()) as { message: string }).message).toMatch(message);
		}
		expect((await read(who.associate)).answers).toEqual([{ userId: who.associate.me.id, ticketId: tickets[0], categoryId: 'greeting', value: 1 }]);
	});

	it('shows each participant only their own answers, and the creator none', async () => {
		await status(await put(who.associate, tickets[0]!, A[0]!), 204);
		await status(await put(who.associate2, tickets[0]!, { greeting: 1 }), 204);
		const mine = await read(who.associate);
		expect(mine.answers.every((a) => a.userId === who.associate.me.id)).toBe(true);
		expect(mine.answers).toHaveLength(3);
		expect(mine.results).toBeNull();
		expect((await read(who.associate2)).answers).toEqual([{ userId: who.associate2.me.id, ticketId: tickets[0], categoryId: 'greeting', value: 1 }]);
		expect((await read(who.director)).answers).toEqual([]);
		expect((await read(who.director2)).answers).toEqual([]);
	});

	it('refuses an incomplete submit with what is missing', async () => {
		await status(await put(who.associate, tickets[1]!, { greeting: 0, accuracy: 3 }), 204);
		const response = await status(await submit(who.associate), 400);
		expect(((await response.json()) as { message: string }).message).toMatch(/Category "Tone" has no answer \(pick a value or N\/A\)/);
		expect((await read(who.associate)).mine).toBe('open');
	});

	it('waits for everyone: a submit before the last reveals nothing and freezes the submitter', async () => {
		await status(await put(who.associate, tickets[1]!, A[1]!), 204);
		expect(await (await status(await submit(who.associate), 200)).json()).toEqual({ revealed: false });
		await status(await put(who.associate, tickets[1]!, { greeting: 1, accuracy: 3, tone: 'na' }), 409);
		await status(await submit(who.associate), 409);

		const other = await read(who.associate2);
		expect(other.status).toBe('open');
		expect(other.answers.every((a) => a.userId === who.associate2.me.id)).toBe(true);
		expect(other.participants.find((p) => p.id === who.associate.me.id)?.submitted).toBe(true);
		expect((await read(who.director)).answers).toEqual([]);
		const row = (await list(who.associate)).find((s) => s.id === sessionId)!;
		expect(row).toMatchObject({ status: 'open', submitted: 1, participants: 2, tickets: 2, mine: 'submitted' });
	});
});

describe('the reveal', () => {
	it('happens with the last submit and shows everyone’s answers and the agreement', async () => {
		await status(await put(who.associate2, tickets[0]!, B[0]!), 204);
		await status(await put(who.associate2, tickets[1]!, B[1]!), 204);
		expect(await (await status(await submit(who.associate2), 200)).json()).toEqual({ revealed: true });

		for (const viewer of [who.director, who.associate, who.associate2]) {
			const session = await read(viewer);
			expect(session.status).toBe('revealed');
			expect(session.revealedAt).not.toBeNull();
			expect(session.answers).toHaveLength(12);
			const results = session.results!;
			// Pairs per category: greeting (1 − 0) and (1 − 1) → 0.5; accuracy (1 − 0.25) and 1 → 0.875;
			// tone (1 − 0.5) and N/A against 0.5 → 0 → 0.25. All six pooled: 3.25 / 6.
			expect(results.agreement.agreement).toBe(0.541666667);
			expect(results.agreement.comparisons).toBe(6);
			expect(results.agreement.categories).toEqual([
				{ categoryId: 'greeting', agreement: 0.5, comparisons: 2 },
				{ categoryId: 'accuracy', agreement: 0.875, comparisons: 2 },
				{ categoryId: 'tone', agreement: 0.25, comparisons: 2 }
			]);
			// With two reviewers each is compared with the other: the same agreement; A is harsher
			// (0, −1, −0.25, 0, −0.5 over five scored pairs: −0.35), B as lenient.
			const byId = new Map(results.agreement.reviewers.map((r) => [r.reviewerId, r]));
			expect(byId.get(who.associate.me.id)).toEqual({ reviewerId: who.associate.me.id, agreement: 0.541666667, meanDeviation: -0.35, comparisons: 6 });
			expect(byId.get(who.associate2.me.id)).toEqual({ reviewerId: who.associate2.me.id, agreement: 0.541666667, meanDeviation: 0.35, comparisons: 6 });
			// Review scores: T1 A (1 + 1.5 + 0.5) / 4 = 0.75, B 1; T2 A (0 + 1) / 3, B (1 + 1 + 0.5) / 4.
			expect(results.spread.map((s) => [s.ticketId, s.spread, s.min, s.max])).toEqual([
				[tickets[0], 0.25, 0.75, 1],
				[tickets[1], 0.291666667, 0.333333333, 0.625]
			]);
		}
	});

	it('keeps every answer after the reveal: no change and no second submit', async () => {
		await status(await put(who.associate2, tickets[0]!, B[1]!), 409);
		await status(await submit(who.associate2), 409);
		expect((await read(who.associate2)).answers).toHaveLength(12);
		const row = (await list(who.director)).find((s) => s.id === sessionId)!;
		expect(row).toMatchObject({ status: 'revealed', submitted: 2, participants: 2, mine: 'none' });
	});
});

describe('removing a participant', () => {
	// The scorecard is now its second version: greeting (binary) and accuracy (1–5).
	const full = { greeting: 1, accuracy: 4 };
	const create = async (creator: Session, participants: Session[], ticketIds: string[]) => {
		const body = { clientId: shared, name: 'Removal', ticketIds, participantIds: participants.map((p) => p.me.id) };
		return ((await (await status(await creator.api.post('/api/qa/calibrations', body), 201)).json()) as { id: string }).id;
	};
	const remove = (session: Session, id: string, userId: string) => session.api.request('DELETE', `/api/qa/calibrations/${id}/participants/${userId}`);
	const message = async (response: Response) => ((await response.json()) as { message: string }).message;

	it('takes out one who has not submitted: kept, marked, counted nowhere; refuses the rest', async () => {
		const id = await create(who.associate, [who.associate, who.associate2, who.director2], [tickets[0]!]);
		await status(await put(who.director2, tickets[0]!, { greeting: 0, accuracy: 1 }, id), 204);
		await status(await put(who.associate, tickets[0]!, full, id), 204);
		expect(await (await status(await submit(who.associate, id), 200)).json()).toEqual({ revealed: false });

		// Only directors and the creator; never heroes; only participants; never after a submit.
		await status(await remove(who.associate2, id, who.director2.me.id), 403);
		await status(await remove(who.hero, id, who.director2.me.id), 403);
		await status(await remove(who.director, id, who.hero.me.id), 404);
		expect(await message(await status(await remove(who.director, id, who.associate.me.id), 409))).toMatch(/has submitted/);
		expect((await read(who.director, id)).canManage).toBe(true);
		expect((await read(who.associate2, id)).canManage).toBe(false);

		expect(await (await status(await remove(who.associate, id, who.director2.me.id), 200)).json()).toEqual({ revealed: false });
		const after = await read(who.director, id);
		expect(after.participants.map((p) => p.id).sort()).toEqual([who.associate.me.id, who.associate2.me.id].sort());
		expect(after.removed).toEqual([{ id: who.director2.me.id, name: who.director2.me.name, removedAt: expect.any(String), removedByName: who.associate.me.name }]);
		expect((await list(who.director)).find((s) => s.id === id)).toMatchObject({ participants: 2, submitted: 1 });
		// The removed participant can no longer score, and their session reads as an observer's.
		expect(await message(await status(await put(who.director2, tickets[0]!, full, id), 403))).toMatch(/removed from this session/);
		await status(await submit(who.director2, id), 403);
		expect(await read(who.director2, id)).toMatchObject({ mine: 'none', answers: [] });
		// Two must remain.
		expect(await message(await status(await remove(who.director, id, who.associate2.me.id), 409))).toMatch(/at least 2 participants/);
		await status(await remove(who.director, id, who.director2.me.id), 404);

		await status(await put(who.associate2, tickets[0]!, full, id), 204);
		expect(await (await status(await submit(who.associate2, id), 200)).json()).toEqual({ revealed: true });
		const revealed = await read(who.director, id);
		expect(new Set(revealed.answers.map((a) => a.userId))).toEqual(new Set([who.associate.me.id, who.associate2.me.id]));
		expect(revealed.results!.agreement.agreement).toBe(1);
		await status(await remove(who.director, id, who.associate2.me.id), 409);
	});

	it('reveals at once when everyone left has submitted', async () => {
		const id = await create(who.director, [who.associate, who.associate2, who.director2], [tickets[0]!]);
		for (const reviewer of [who.associate, who.associate2]) {
			await status(await put(reviewer, tickets[0]!, full, id), 204);
			await status(await submit(reviewer, id), 200);
		}
		expect((await read(who.director, id)).status).toBe('open');
		expect(await (await status(await remove(who.director, id, who.director2.me.id), 200)).json()).toEqual({ revealed: true });
		const session = await read(who.associate, id);
		expect(session.status).toBe('revealed');
		expect(session.results!.agreement.agreement).toBe(1);
	});
});
