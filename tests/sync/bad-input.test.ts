import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRandom } from '../../src/lib/domain/random';
import { MESSAGE } from '../../src/lib/protocol/messages';
import { CLOSE } from '../../src/lib/protocol/rooms';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, mapOf, mapUpdate, RawPeer, signIn, syncFrame, TestPeer } from './helpers';

/**
 * Hostile and broken frames: each closes only its own connection, with the documented code;
 * the server keeps serving the others and the room's state does not change.
 */

const LIMIT = 64 * 1024;
const ROOM = 'playbook.bad-input';
let server: RunningServer;
let cookie: string;
let witness: TestPeer;
let before: { map: Record<string, unknown>; vector: Uint8Array };

async function roomState() {
	const peer = new RawPeer(server.url, ROOM, { cookie });
	const doc = await peer.fetchState();
	peer.close();
	return { map: mapOf(doc), vector: Y.encodeStateVector(doc) };
}

/** Opens a connection, waits until it joined the room, sends `frame`, returns the close code. */
async function send(frame: Uint8Array | string): Promise<number> {
	const peer = new RawPeer(server.url, ROOM, { cookie });
	await peer.next(MESSAGE.access);
	peer.send(frame);
	const { code } = await peer.closed;
	return code;
}

function frame(...parts: (number | Uint8Array)[]): Uint8Array {
	const encoder = encoding.createEncoder();
	for (const part of parts) {
		if (typeof part === 'number') encoding.writeVarUint(encoder, part);
		else encoding.writeVarUint8Array(encoder, part);
	}
	return encoding.toUint8Array(encoder);
}

beforeAll(async () => {
	server = await startServer({ env: { SYNC_MAX_MESSAGE_BYTES: String(LIMIT) } });
	cookie = (await signIn(server.url, 'director@demo.test')).cookie;
	witness = new TestPeer(server.url, ROOM, cookie);
	await eventually(() => expect(witness.provider.synced).toBe(true));
	witness.map.set('kept', 'yes');
	await eventually(() => expect(witness.allSaved()).toBe(true));
	before = await roomState();
});
afterAll(async () => {
	witness.destroy();
	expect(await server.stop()).toBe(0);
});

describe('bad input closes only the sender, and changes nothing', () => {
	it('random bytes → 1002', async () => {
		const random = createRandom(7);
		for (let i = 0; i < 25; i++) {
			const bytes = Uint8Array.from({ length: random.int(1, 64) }, () => random.int(0, 255));
			expect({ i, code: await send(bytes) }).toEqual({ i, code: CLOSE.malformed });
		}
	});

	it('truncated frames and truncated updates inside whole frames → 1002', async () => {
		const whole = syncFrame(2, mapUpdate('truncated', 'x'.repeat(300)));
		for (const cut of [1, 2, 3, 10, whole.length - 1]) expect(await send(whole.slice(0, cut))).toBe(CLOSE.malformed);
		const update = mapUpdate('truncated', 'y'.repeat(300));
		for (const cut of [1, 5, update.length - 40]) expect(await send(syncFrame(2, update.slice(0, cut)))).toBe(CLOSE.malformed);
	});

	it('message types clients do not send, unknown sync steps, trailing bytes → 1002', async () => {
		expect(await send(frame(MESSAGE.auth, 0))).toBe(CLOSE.malformed);
		expect(await send(frame(MESSAGE.saved, new Uint8Array([0])))).toBe(CLOSE.malformed);
		expect(await send(frame(MESSAGE.access, 1))).toBe(CLOSE.malformed);
		expect(await send(frame(42))).toBe(CLOSE.malformed);
		expect(await send(frame(MESSAGE.sync, 3, new Uint8Array([0])))).toBe(CLOSE.malformed);
		expect(await send(frame(MESSAGE.sync, 0, new Uint8Array([0]), 7))).toBe(CLOSE.malformed);
		expect(await send(frame(MESSAGE.sync, 0, new Uint8Array([5, 1])))).toBe(CLOSE.malformed);
	});

	it('awareness that is not the awareness encoding → 1002', async () => {
		const badJson = encoding.createEncoder();
		encoding.writeVarUint(badJson, 1);
		encoding.writeVarUint(badJson, 123);
		encoding.writeVarUint(badJson, 1);
		encoding.writeVarString(badJson, '{"not json');
		expect(await send(frame(MESSAGE.awareness, encoding.toUint8Array(badJson)))).toBe(CLOSE.malformed);
		expect(await send(frame(MESSAGE.awareness, new Uint8Array([9, 1])))).toBe(CLOSE.malformed);
	});

	it('text frames → 1003', async () => {
		expect(await send('hello')).toBe(CLOSE.unsupportedData);
	});

	it('over the message limit → 4413, even when the update itself is fine; far over → ws closes 1009', async () => {
		expect(await send(syncFrame(2, mapUpdate('huge', 'z'.repeat(LIMIT + 10))))).toBe(CLOSE.tooLarge);
		expect(await send(new Uint8Array(LIMIT * 4 + 1))).toBe(CLOSE.frameTooLarge);
	});

	it('left the room as it was, and kept serving everyone else', async () => {
		expect(await roomState()).toEqual(before);
		expect(witness.closes).toEqual([]);
		const other = new TestPeer(server.url, ROOM, cookie);
		try {
			await eventually(() => expect(other.map.get('kept')).toBe('yes'));
			other.map.set('after', 1);
			await eventually(() => expect(witness.map.get('after')).toBe(1));
		} finally {
			other.destroy();
		}
		expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
	});
});
