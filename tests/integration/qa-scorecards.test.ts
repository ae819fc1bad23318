import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import type { ScorecardInput } from '../../src/lib/domain/qa/scorecard';
import type { ScorecardVersion } from '../../server/services/scorecards';
import { startServer, type RunningServer } from '../helpers/server';
import { signIn, type Session } from '../sync/helpers';

/**
 * `/api/qa/scorecards` through the real built server with the demo workspace: every demo client
 * has a scorecard; directors save the next version, others read or are refused.
 */

let server: RunningServer;
const who = {} as Record<'director' | 'associate' | 'hero' | 'admin', Session>;
let clients: Client[];

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['director', 'associate', 'hero', 'admin'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const current = (session: Session, clientId: string) => session.api.get(`/api/qa/scorecards?clientId=${clientId}`);
const versions = async (session: Session, clientId: string) =>
	(await (await session.api.get(`/api/qa/scorecards/versions?clientId=${clientId}`)).json()) as ScorecardVersion[];
const put = (session: Session, clientId: string, body: unknown, query = '') =>
	session.api.request('PUT', `/api/qa/scorecards?clientId=${clientId}${query}`, body);
const asInput = (scorecard: ScorecardVersion): ScorecardInput => ({ name: scorecard.name, categories: scorecard.categories });

describe('GET /api/qa/scorecards', () => {
	it('gives every demo client a current scorecard by the demo director', async () => {
		for (const client of clients) {
			const response = await current(who.director, client.id);
			expect(response.status).toBe(200);
			const scorecard = (await response.json()) as ScorecardVersion;
			expect(scorecard).toMatchObject({ clientId: client.id, createdByName: who.director.me.name, createdBy: who.director.me.id });
			expect(scorecard.categories.length).toBeGreaterThanOrEqual(5);
		}
	});

	it('lets assigned associates and heroes read; refuses others', async () => {
		const heroClient = who.hero.me.clientIds[0]!;
		expect((await current(who.hero, heroClient)).status).toBe(200);
		expect((await current(who.associate, who.associate.me.clientIds[0]!)).status).toBe(200);
		const foreign = clients.find((c) => !who.hero.me.clientIds.includes(c.id))!;
		expect((await current(who.hero, foreign.id)).status).toBe(403);
		expect((await current(who.admin, heroClient)).status).toBe(403);
		expect((await current(who.director, 'no-such-client')).status).toBe(404);
		expect((await who.director.api.get('/api/qa/scorecards')).status).toBe(400);
	});
});

describe('PUT /api/qa/scorecards', () => {
	it('saves the next version as a director (201), an identical save changes nothing (200)', async () => {
		const client = clients[1]!;
		const before = await versions(who.director, client.id);
		const latest = before[0]!;
		const input = asInput(latest);
		input.categories = [...input.categories, { id: 'empathy-plus', name: 'Follow-up promised and kept', weight: 1, scale: 'binary', allowNA: true }];

		const created = await put(who.director, client.id, input, `&baseVersion=${latest.version}`);
		expect(created.status).toBe(201);
		const saved = (await created.json()) as ScorecardVersion;
		expect(saved).toMatchObject({ id: latest.id, version: latest.version + 1, createdByName: who.director.me.name });
		expect(saved.categories.at(-1)).toMatchObject({ id: 'empathy-plus', critical: false, bonus: false });

		const again = await put(who.director, client.id, input);
		expect(again.status).toBe(200);
		expect(((await again.json()) as ScorecardVersion).version).toBe(saved.version);

		const list = await versions(who.director, client.id);
		expect(list.map((v) => v.version)).toEqual([saved.version, ...before.map((v) => v.version)]);
		expect(((await (await current(who.director, client.id)).json()) as ScorecardVersion).version).toBe(saved.version);
		// An older version is still there as it was.
		const old = await who.director.api.get(`/api/qa/scorecards?clientId=${client.id}&version=${latest.version}`);
		expect(((await old.json()) as ScorecardVersion).categories).toEqual(latest.categories);
	});

	it('refuses a save started from an older version with 409', async () => {
		const client = clients[1]!;
		const [latest] = await versions(who.director, client.id);
		const response = await put(who.director, client.id, { ...asInput(latest!), name: 'Stale edit' }, `&baseVersion=${latest!.version - 1}`);
		expect(response.status).toBe(409);
		expect(((await response.json()) as { message: string }).message).toMatch(/Someone saved a newer version; reload/);
	});

	it('refuses associates, heroes and admins with 403', async () => {
		const clientId = who.associate.me.clientIds[0]!;
		const latest = (await current(who.associate, clientId).then((r) => r.json())) as ScorecardVersion;
		const body = { ...asInput(latest), name: 'Mine now' };
		expect((await put(who.associate, clientId, body)).status).toBe(403);
		expect((await put(who.hero, who.hero.me.clientIds[0]!, body)).status).toBe(403);
		expect((await put(who.admin, clientId, body)).status).toBe(403);
		expect(((await current(who.director, clientId).then((r) => r.json())) as ScorecardVersion).version).toBe(latest.version);
	});

	it('answers 400 with the schema’s message for invalid input', async () => {
		const client = clients[2]!;
		const latest = (await current(who.director, client.id).then((r) => r.json())) as ScorecardVersion;
		const input = asInput(latest);
		const cases: [unknown, RegExp][] = [
			[{ ...input, categories: [...input.categories, { ...input.categories[0]!, id: 'copy' }] }, /Two categories are named/],
			[{ ...input, categories: input.categories.map((c, i) => (i === 0 ? { ...c, weight: 0 } : c)) }, /Weight must be a number above 0/],
			[{ ...input, categories: input.categories.map((c, i) => (i === 0 ? { ...c, critical: true, bonus: true } : c)) }, /cannot be both critical and bonus/],
			[{ name: '', categories: input.categories }, /^name: Name is required/],
			['not json', /not valid JSON/]
		];
		for (const [body, message] of cases) {
			const response = await put(who.director, client.id, body);
			expect(response.status).toBe(400);
			expect(((await response.json()) as { message: string }).message).toMatch(message);
		}
		expect((await versions(who.director, client.id))[0]!.version).toBe(latest.version);
	});
});

describe('GET /api/qa/scorecards/versions', () => {
	it('lists every version newest first, for readers too', async () => {
		const withTwo = [];
		for (const client of clients) if ((await versions(who.director, client.id)).length >= 2) withTwo.push(client.id);
		// The demo gives a few clients a second version (and the tests above one more).
		expect(withTwo.length).toBeGreaterThan(1);
		const heroList = await versions(who.hero, who.hero.me.clientIds[0]!);
		expect(heroList.length).toBeGreaterThan(0);
		expect(heroList.map((v) => v.version)).toEqual([...heroList.map((v) => v.version)].sort((a, b) => b - a));
		expect((await who.admin.api.get(`/api/qa/scorecards/versions?clientId=${clients[0]!.id}`)).status).toBe(403);
	});
});
