import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { readReviews } from '../../src/lib/domain/qa/room';
import { DEFAULT_SAMPLING_SETTINGS } from '../../src/lib/domain/qa/sampling';
import { dayIn } from '../../src/lib/domain/tickets';
import type { JobRun } from '../../server/jobs/types';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';

let server: RunningServer;
let director: Session;
let associate: Session;
let hero: Session;
/** A client of associate@demo.test, and one that is not theirs. */
let own: Client;
let other: Client;
const peers: TestPeer[] = [];

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	director = await signIn(server.url, 'director@demo.test');
	associate = await signIn(server.url, 'associate@demo.test');
	hero = await signIn(server.url, 'hero@demo.test');
	const mine = (await (await associate.api.get('/api/clients')).json()) as Client[];
	const all = (await (await director.api.get('/api/clients')).json()) as Client[];
	own = mine[0]!;
	other = all.find((c) => !mine.some((m) => m.id === c.id))!;
}, 120_000);
afterAll(async () => {
	for (const peer of peers) peer.destroy();
	expect(await server.stop()).toBe(0);
});

const sampling = (clientId: string) => `/api/qa/sampling?clientId=${encodeURIComponent(clientId)}`;

async function runJob(): Promise<JobRun> {
	const started = await director.api.post('/api/jobs/qa-sampling/run');
	expect(started.status).toBe(202);
	const { runId } = (await started.json()) as { runId: string };
	return eventually(async () => {
		const run = (await (await director.api.get(`/api/jobs/runs/${runId}`)).json()) as JobRun;
		expect(run.status).not.toBe('running');
		return run;
	}, 60_000);
}

describe('QA sampling rules API', () => {
	it('lets directors and assigned associates read, and directors only write', async () => {
		const read = await director.api.get(sampling(own.id));
		expect(read.status).toBe(200);
		expect(await read.json()).toEqual({ clientId: own.id, settings: DEFAULT_SAMPLING_SETTINGS, updatedAt: null, updatedBy: null });
		expect((await associate.api.get(sampling(own.id))).status).toBe(200);

		expect((await associate.api.get(sampling(other.id))).status).toBe(403);
		expect((await hero.api.get(sampling(own.id))).status).toBe(403);
		expect((await new ApiClient(server.url).get(sampling(own.id))).status).toBe(401);
		expect((await associate.api.request('PUT', sampling(own.id), { perHero: 4 })).status).toBe(403);
		expect((await director.api.get('/api/qa/sampling')).status).toBe(400);
		expect((await director.api.get(sampling('no-such-client'))).status).toBe(404);
		const bad = await director.api.request('PUT', sampling(own.id), { perHero: 3, csatMin: 5, csatMax: 2 });
		expect(bad.status).toBe(400);
		expect(((await bad.json()) as { message: string }).message).toMatch(/csatMin/);
	});
});

describe('the qa-sampling job on the built server', () => {
	it("tops a client's week up when its rules ask for more, visible to a director's peer; a re-run adds nothing", async () => {
		// The demo replayed the job's past slots: raising perHero is what leaves something to do.
		const saved = await director.api.request('PUT', sampling(own.id), { perHero: 5 });
		expect(saved.status).toBe(200);
		expect(((await saved.json()) as { settings: { perHero: number }; updatedBy: string }).updatedBy).toBe(director.me.id);
		expect(((await (await associate.api.get(sampling(own.id))).json()) as { settings: { perHero: number } }).settings.perHero).toBe(5);

		const run = await runJob();
		expect(run).toMatchObject({ job: 'qa-sampling', status: 'succeeded', progress: 1, error: null });
		const assigned = Number(/^assigned (\d+) reviews? for \d+ clients? \(week \d{4}-W\d{2}\)/.exec(run.summary ?? '')?.[1]);
		expect(assigned).toBeGreaterThan(0);
		expect(run.inputsHash).toMatch(/^[0-9a-f]{64}$/);

		const room = `qa.${own.id}.${dayIn(run.startedAt, own.timeZone).slice(0, 7)}`;
		const peer = new TestPeer(server.url, room, director.cookie);
		peers.push(peer);
		const added = await eventually(() => {
			const reviews = readReviews(peer.doc).filter((r) => r.seed.runId === run.id);
			expect(reviews.length).toBeGreaterThan(0);
			return reviews;
		}, 20_000);
		for (const review of added) {
			expect(review).toMatchObject({ status: 'open', answers: [], comment: '' });
			expect(review.seed.clientId).toBe(own.id);
			expect(review.seed.heroId).toBeTruthy();
		}
		expect(added.some((r) => r.seed.reviewerId === associate.me.id)).toBe(true);

		const again = await runJob();
		expect(again.summary).toMatch(/^assigned 0 reviews for /);
		expect(again.inputsHash).toBe(run.inputsHash);
		expect(again.outputsHash).toBe(run.outputsHash);
	});
});
