import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, mapOf, RawPeer, signIn, sleep, TestPeer } from './helpers';

/**
 * Edits survive a graceful restart (shutdown writes what the debounce still held) and a crash:
 * SIGKILL in the middle of a write burst loses nothing the server acknowledged as saved, and
 * once the clients reconnect, everyone — server included — holds the union of all edits.
 */

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'ops-console-sync-persist-'));
	scratch.push(dir);
	return dir;
}

const portOf = (server: RunningServer) => new URL(server.url).port;

async function serverState(server: RunningServer, cookie: string, room: string): Promise<Y.Doc> {
	const peer = new RawPeer(server.url, room, { cookie });
	const doc = await peer.fetchState();
	peer.close();
	return doc;
}

describe('persistence', () => {
	it('keeps edits across a graceful restart, including those still waiting for the debounce', async () => {
		const dir = dataDir();
		// A debounce far longer than the test: only shutdown can have written the last edit.
		const env = { SYNC_FLUSH_DEBOUNCE_MS: '60000', SYNC_FLUSH_MAX_WAIT_MS: '60000' };
		const first = await startServer({ dataDir: dir, env });
		const { cookie } = await signIn(first.url, 'director@demo.test');
		const room = 'playbook.restart';
		const peer = new TestPeer(first.url, room, cookie);
		await eventually(() => expect(peer.provider.synced).toBe(true));
		for (let i = 0; i < 20; i++) peer.map.set(`key-${i}`, i);
		await eventually(async () => expect(Object.keys(mapOf(await serverState(first, cookie, room)))).toHaveLength(20));
		expect(peer.allSaved()).toBe(false);
		// Stopped with the client still connected: shutdown must write, close sockets and exit.
		const stopping = Date.now();
		expect(await first.stop()).toBe(0);
		expect(Date.now() - stopping).toBeLessThan(5000);
		expect(peer.closes).toContain(1001);
		// The last "saved" frame went out before the socket closed.
		expect(peer.allSaved()).toBe(true);
		peer.provider.disconnect();

		const second = await startServer({ dataDir: dir, env });
		const restored = mapOf(await serverState(second, (await signIn(second.url, 'director@demo.test')).cookie, room));
		expect(restored).toEqual(mapOf(peer.doc));
		peer.destroy();
		expect(await second.stop()).toBe(0);
	});

	it('loses nothing acknowledged when SIGKILLed during a write burst; clients restore the rest', async () => {
		const dir = dataDir();
		const env = { SYNC_FLUSH_DEBOUNCE_MS: '20', SYNC_FLUSH_MAX_WAIT_MS: '100' };
		const first = await startServer({ dataDir: dir, env });
		const associate = await signIn(first.url, 'associate@demo.test');
		const room = `qa.${associate.me.clientIds[0]}.2026-11`;
		const users = [associate, await signIn(first.url, 'director@demo.test'), await signIn(first.url, 'director2@demo.test')];
		const peers = users.map((user) => new TestPeer(first.url, room, user.cookie));
		await eventually(() => expect(peers.every((p) => p.provider.synced)).toBe(true));

		// Each client writes a key every 5 ms; the server dies half-way and the burst goes on
		// offline for a while.
		let n = 0;
		const burst = setInterval(() => {
			n += 1;
			peers.forEach((peer, i) => peer.map.set(`c${i}-${n}`, n));
		}, 5);
		await sleep(700);
		first.process.kill('SIGKILL');
		await first.stop();
		const acknowledged = peers.map((peer) => new Map(peer.saved));
		await sleep(200);
		clearInterval(burst);
		for (const peer of peers) peer.provider.disconnect();
		// The test means something only if acknowledgements had arrived before the crash.
		for (const [i, peer] of peers.entries()) expect((acknowledged[i]!.get(peer.doc.clientID) ?? 0) > 10).toBe(true);

		const second = await startServer({ dataDir: dir, env: { ...env, PORT: portOf(first) } });
		const director = await signIn(second.url, 'director@demo.test');
		const stored = Y.decodeStateVector(Y.encodeStateVector(await serverState(second, director.cookie, room)));
		for (const [i, peer] of peers.entries()) {
			const id = peer.doc.clientID;
			expect({ peer: i, stored: (stored.get(id) ?? 0) >= acknowledged[i]!.get(id)! }).toEqual({ peer: i, stored: true });
		}

		// The old cookies still hold: sessions live in the same database.
		for (const peer of peers) peer.provider.connect();
		const union = Object.assign({}, ...peers.map((p) => mapOf(p.doc))) as Record<string, unknown>;
		expect(Object.keys(union).length).toBeGreaterThan(3 * 100);
		await eventually(() => {
			for (const peer of peers) expect(mapOf(peer.doc)).toEqual(union);
		}, 20_000);
		await eventually(async () => expect(mapOf(await serverState(second, director.cookie, room))).toEqual(union));
		await eventually(() => expect(peers.every((p) => p.allSaved())).toBe(true));
		for (const peer of peers) peer.destroy();
		expect(await second.stop()).toBe(0);
	});
});
