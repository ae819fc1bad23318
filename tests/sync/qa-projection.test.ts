import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewMap, setAnswer } from '../../src/lib/domain/qa/room';
import type { QaReview } from '../../server/services/qa';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from './helpers';
import { answerAndSubmit, assignReview } from './qa-helpers';

/**
 * Rooms clients edit are projected on the server as they are stored: a director's peer assigns a
 * review in a QA month room, an associate's peer answers and submits it, and the server's
 * `qa_review` — read through `GET /api/qa/reviews` — follows every stored change, and still holds
 * it after a restart without anyone opening the room.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'ops-console-qa-projection-'));
const env = { SEED_DEMO: '1', SYNC_FLUSH_DEBOUNCE_MS: '20', SYNC_FLUSH_MAX_WAIT_MS: '100' };
let server: RunningServer;
let director: Session;
let associate: Session;
const peers: TestPeer[] = [];

beforeAll(async () => {
	server = await startServer({ dataDir, env });
	director = await signIn(server.url, 'director@demo.test');
	associate = await signIn(server.url, 'associate@demo.test');
});
afterAll(async () => {
	for (const peer of peers) peer.destroy();
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

function peer(session: Session, room: string): TestPeer {
	const p = new TestPeer(server.url, room, session.cookie);
	peers.push(p);
	return p;
}

async function review(session: Session, clientId: string, id: string): Promise<QaReview | undefined> {
	const response = await session.api.get(`/api/qa/reviews?clientId=${clientId}&from=2021-02-01&to=2021-02-28&status=submitted`);
	expect(response.status, await response.clone().text()).toBe(200);
	return ((await response.json()) as QaReview[]).find((r) => r.id === id);
}

describe('server-side projection of QA rooms', () => {
	it("projects an associate's submitted review into the server's tables, follows later edits, and keeps them across a restart", async () => {
		const clientId = associate.me.clientIds[0]!;
		const room = `qa.${clientId}.2021-02`;
		const id = 'sync-projection-1';

		// Directors may write QA rooms: the director's peer assigns the review, as the server would.
		const writer = peer(director, room);
		await eventually(() => expect(writer.provider.synced).toBe(true));
		assignReview(writer.doc, { id, clientId, heroId: 'hero-of-test', reviewerId: associate.me.id, assignedAt: '2021-02-08T09:00:00.000Z', week: '2021-W06' });
		await eventually(() => expect(writer.allSaved()).toBe(true));

		const reviewer = peer(associate, room);
		await eventually(() => expect(reviewMap(reviewer.doc, id)).not.toBeNull());
		// greeting 1 → 1, accuracy 4 → (4 − 1) / 4 = 0.75 (weight 2), tone 2 → (2 − 1) / 2 = 0.5:
		// (1 + 0.75 × 2 + 0.5) / (1 + 2 + 1) = 3 / 4 = 0.75.
		answerAndSubmit(reviewer.doc, id, { greeting: 1, accuracy: 4, tone: 2 }, associate.me.id, '2021-02-09T12:00:00.000Z');
		await eventually(() => expect(reviewer.allSaved()).toBe(true));
		await eventually(async () => expect(await review(director, clientId, id)).toMatchObject({ status: 'submitted', score: 0.75, heroId: 'hero-of-test' }));

		// An edit after submission: accuracy 5 → 1, so (1 + 2 + 0.5) / 4 = 0.875.
		setAnswer(reviewMap(reviewer.doc, id)!, 'accuracy', 5, associate.me.id, '2021-02-09T13:00:00.000Z');
		await eventually(async () => expect((await review(associate, clientId, id))?.score).toBe(0.875));
		const stored = await review(director, clientId, id);
		expect(stored?.categories).toEqual([
			{ categoryId: 'accuracy', value: 5, score: 1 },
			{ categoryId: 'greeting', value: 1, score: 1 },
			{ categoryId: 'tone', value: 2, score: 0.5 }
		]);

		// Restart with nobody connected: the table persists, nothing has to load the room.
		for (const p of peers.splice(0)) p.destroy();
		expect(await server.stop()).toBe(0);
		server = await startServer({ dataDir, env });
		director = await signIn(server.url, 'director@demo.test');
		expect(await review(director, clientId, id)).toEqual(stored);
	});
});
