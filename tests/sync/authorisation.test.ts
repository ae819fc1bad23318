import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { MESSAGE, readAccess } from '../../src/lib/protocol/messages';
import { CLOSE, SCHEMA_VERSION, type RoomKind } from '../../src/lib/protocol/rooms';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, mapOf, mapUpdate, RawPeer, signIn, sleep, syncFrame, TestPeer, withDataDir, type Session } from './helpers';

/**
 * Every cell of the authorisation table (src/lib/protocol/room-access.ts), observed from the
 * outside: each role opens each room kind, for a client assigned to them and one that is not,
 * tries to write, and reads back what the server kept. The expectations are written out here
 * by hand — the specification, not a copy of the implementation's table.
 */

type Cell = 'rw' | 'ro' | '—';
type Who = 'admin' | 'director' | 'associate' | 'hero';
/** [assigned client, unassigned client]; rooms without a client use the first. */
const EXPECTED: Record<RoomKind, Record<Who, [Cell, Cell]>> = {
	kb: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['rw', '—'], hero: ['—', '—'] },
	'kb-published': { admin: ['—', '—'], director: ['ro', 'ro'], associate: ['ro', '—'], hero: ['ro', '—'] },
	playbook: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['—', '—'], hero: ['—', '—'] },
	onboarding: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['rw', '—'], hero: ['—', '—'] },
	qa: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['rw', '—'], hero: ['—', '—'] },
	schedule: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['rw', '—'], hero: ['ro', '—'] },
	billing: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['—', '—'], hero: ['—', '—'] },
	tickets: { admin: ['—', '—'], director: ['ro', 'ro'], associate: ['ro', '—'], hero: ['—', '—'] },
	notes: { admin: ['—', '—'], director: ['rw', 'rw'], associate: ['rw', '—'], hero: ['—', '—'] },
	directory: { admin: ['ro', 'ro'], director: ['ro', 'ro'], associate: ['ro', 'ro'], hero: ['ro', 'ro'] }
};

function roomFor(kind: RoomKind, clientId: string): string {
	switch (kind) {
		case 'kb':
		case 'kb-published':
			return `${kind}.art-${clientId}`;
		case 'playbook':
			return 'playbook.onboarding-basics';
		case 'onboarding':
			return `onboarding.onb-${clientId}`;
		case 'qa':
		case 'billing':
			return `${kind}.${clientId}.2026-11`;
		case 'schedule':
			return `schedule.${clientId}.2026-W47`;
		case 'tickets':
			return `tickets.${clientId}.2026-11-22`;
		case 'notes':
			return `notes.${clientId}`;
		case 'directory':
			return 'directory';
	}
}

let server: RunningServer;
let dataDir: string;
let clients: Client[];
const sessions = {} as Record<Who, Session>;

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'ops-console-sync-auth-'));
	const first = await startServer({ dataDir });
	clients = (await (await (await signIn(first.url, 'director@demo.test')).api.get('/api/clients')).json()) as Client[];
	await first.stop();
	// One article per client: kb rooms are authorised by their article's client.
	const values = clients.map((c) => `('art-${c.id}', '${c.id}', 'Probe', 'en')`).join(', ');
	await withDataDir(dataDir, `insert into kb_article (id, client_id, title, language) values ${values}`);
	// One onboarding per client: onboarding rooms are authorised by their project's client.
	const projects = clients.map((c) => `('onb-${c.id}', '${c.id}', 'probe-template')`).join(', ');
	await withDataDir(
		dataDir,
		`insert into playbook_template (id) values ('probe-template');
		 insert into onboarding (id, client_id, template_id) values ${projects}`
	);
	server = await startServer({ dataDir });
	for (const who of ['admin', 'director', 'associate', 'hero'] as Who[]) {
		sessions[who] = await signIn(server.url, `${who}@demo.test`);
	}
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
	rmSync(dataDir, { recursive: true, force: true });
});

/** Opens `room`, tries to write, and says what the server allowed. */
async function probe(cookie: string, room: string): Promise<Cell | number> {
	const peer = new RawPeer(server.url, room, { cookie });
	const first = await Promise.race([
		peer.closed.then(({ code }) => code),
		peer.next(MESSAGE.access).then(readAccess, () => 'no access frame')
	]);
	if (typeof first === 'number') return first;
	const key = `probe-${Math.random().toString(36).slice(2)}`;
	peer.send(syncFrame(2, mapUpdate(key, true)));
	// Frames of one connection are handled in order: this read sees the write, or its absence.
	const state = await peer.fetchState();
	peer.close();
	const cell: Cell = key in mapOf(state) ? 'rw' : 'ro';
	expect(cell === 'rw' ? 'read-write' : 'read-only').toBe(first);
	return cell;
}

describe('authorisation table, role × room kind × read/write', () => {
	for (const kind of Object.keys(EXPECTED) as RoomKind[]) {
		it(`${kind}`, async () => {
			const seen: Record<string, [Cell, Cell]> = {};
			for (const who of Object.keys(EXPECTED[kind]) as Who[]) {
				const own = sessions[who].me.clientIds;
				const assigned = own[0] ?? clients[0]!.id;
				const unassigned = clients.find((c) => !own.includes(c.id) && c.id !== assigned)!.id;
				const cells = [await probe(sessions[who].cookie, roomFor(kind, assigned)), await probe(sessions[who].cookie, roomFor(kind, unassigned))];
				seen[who] = cells.map((c) => (c === CLOSE.forbidden ? '—' : c)) as [Cell, Cell];
			}
			expect(seen).toEqual(EXPECTED[kind]);
		});
	}
});

describe('refusals carry the contract close codes', () => {
	const director = () => sessions.director.cookie;

	it('4401 without a session, with a forged one, and before the room name is even looked at', async () => {
		expect((await new RawPeer(server.url, 'directory').closed).code).toBe(CLOSE.unauthenticated);
		expect((await new RawPeer(server.url, 'directory', { cookie: 'session=abc.def' }).closed).code).toBe(CLOSE.unauthenticated);
		expect((await new RawPeer(server.url, 'no-such-kind.x').closed).code).toBe(CLOSE.unauthenticated);
	});

	it('4400 for names outside the contract', async () => {
		const client = clients[0]!.id;
		for (const name of ['nope', 'kb', 'kb.', 'directory.x', `qa.${client}`, `qa.${client}.2026-13`, `schedule.${client}.2026-11`, 'kb.Upper-Case', 'kb.a.b', '%E0%A4%A']) {
			expect({ name, code: (await new RawPeer(server.url, name, { cookie: director() }).closed).code }).toEqual({ name, code: CLOSE.badRoom });
		}
	});

	it('4403 for rooms of clients or articles that do not exist', async () => {
		for (const name of ['qa.nosuchclient1.2026-11', 'kb.art-nosuch', 'kb-published.art-nosuch', 'onboarding.onb-nosuch']) {
			expect((await new RawPeer(server.url, name, { cookie: director() }).closed).code).toBe(CLOSE.forbidden);
		}
	});

	it('4403 for a foreign Origin, even with a valid session; the own origin is admitted', async () => {
		const foreign = new RawPeer(server.url, 'directory', { cookie: director(), origin: 'http://evil.example' });
		expect((await foreign.closed).code).toBe(CLOSE.forbidden);
		const own = new RawPeer(server.url, 'directory', { cookie: director(), origin: server.url });
		expect(readAccess(await own.next(MESSAGE.access))).toBe('read-only');
		own.close();
	});

	it('4426 for a stale editor schema; 4400 for a garbled one; current or absent is fine', async () => {
		expect((await new RawPeer(server.url, 'directory?schema=0', { cookie: director() }).closed).code).toBe(CLOSE.staleClient);
		expect((await new RawPeer(server.url, 'directory?schema=x', { cookie: director() }).closed).code).toBe(CLOSE.badRoom);
		expect((await new RawPeer(server.url, `directory?schema=${SCHEMA_VERSION - 1}`, { cookie: director() }).closed).code).toBe(
			CLOSE.staleClient
		);
		const current = new RawPeer(server.url, `directory?schema=${SCHEMA_VERSION}`, { cookie: director() });
		expect(readAccess(await current.next(MESSAGE.access))).toBe('read-only');
		current.close();
	});
});

describe('a read-only connection', () => {
	it("never gets its edits to the server or other clients, but its presence is relayed", async () => {
		const hero = sessions.hero;
		const room = roomFor('schedule', hero.me.clientIds[0]!);
		const director = new TestPeer(server.url, room, sessions.director.cookie);
		const reader = new TestPeer(server.url, room, hero.cookie);
		try {
			await eventually(() => expect(director.provider.synced && reader.provider.synced).toBe(true));
			expect(reader.access).toBe('read-only');
			director.map.set('from-director', 1);
			await eventually(() => expect(reader.map.get('from-director')).toBe(1));

			reader.map.set('from-hero', 1);
			reader.provider.awareness.setLocalStateField('user', { name: 'hero' });
			await eventually(() =>
				expect(director.provider.awareness.getStates().get(reader.doc.clientID)).toEqual({ user: { name: 'hero' } })
			);
			// Whatever the hero sent has been handled by now (presence came after the edit).
			await sleep(200);
			expect(director.map.get('from-hero')).toBeUndefined();
			const observer = new RawPeer(server.url, room, { cookie: sessions.director.cookie });
			expect(mapOf(await observer.fetchState())['from-hero']).toBeUndefined();
			observer.close();
			// The server never acknowledges the hero's edit as saved.
			expect(reader.allSaved()).toBe(false);
		} finally {
			director.destroy();
			reader.destroy();
		}
	});
});
