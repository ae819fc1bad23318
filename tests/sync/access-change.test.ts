import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../src/lib/protocol/rooms';
import { RoomRegistry } from '../../src/lib/sync/registry';
import { browserPglite } from '../helpers/pglite';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, sleep, socketClass, TestPeer, wsUrl, type Session } from './helpers';

/**
 * Access is decided once per connection, so a change of access must reach live connections:
 * deactivation closes them with 4401, a lost client assignment closes that client's rooms with
 * 4403 (others stay), and a downgrade (read-write → read-only) closes with 4500 so the
 * provider reconnects by itself and comes back read-only.
 */

let server: RunningServer;
let admin: Session;

beforeAll(async () => {
	server = await startServer();
	admin = await signIn(server.url, 'admin@demo.test');
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const qa = (clientId: string) => `qa.${clientId}.2026-11`;

async function connected(...peers: TestPeer[]) {
	await eventually(() => expect(peers.every((p) => p.provider.synced)).toBe(true));
}

describe('access changes reach live connections', () => {
	it('deactivating a user closes their connections with 4401, for good', async () => {
		const hero = await signIn(server.url, 'hero@demo.test');
		const peers = [new TestPeer(server.url, 'directory', hero.cookie), new TestPeer(server.url, `schedule.${hero.me.clientIds[0]!}.2026-W47`, hero.cookie)];
		try {
			await connected(...peers);
			expect((await admin.api.patch(`/api/admin/users/${hero.me.id}`, { active: false })).status).toBe(200);
			await eventually(() => {
				for (const peer of peers) expect(peer.closes).toEqual([CLOSE.unauthenticated]);
			});
			// 44xx is permanent for y-websocket: the providers stopped trying.
			await sleep(500);
			for (const peer of peers) expect(peer.provider.wsconnected || peer.provider.wsconnecting).toBe(false);
		} finally {
			for (const peer of peers) peer.destroy();
		}
	});

	it("removing an associate's client closes that client's room with 4403 and leaves the others", async () => {
		const associate = await signIn(server.url, 'associate@demo.test');
		const [lost, kept] = associate.me.clientIds as [string, string];
		const losing = new TestPeer(server.url, qa(lost), associate.cookie);
		const keeping = new TestPeer(server.url, qa(kept), associate.cookie);
		try {
			await connected(losing, keeping);
			const remaining = associate.me.clientIds.filter((id) => id !== lost);
			expect((await admin.api.patch(`/api/admin/users/${associate.me.id}`, { clientIds: remaining })).status).toBe(200);
			await eventually(() => expect(losing.closes).toEqual([CLOSE.forbidden]));
			// The server remembers the room's client, never the assignment: connecting again fails.
			const again = new TestPeer(server.url, qa(lost), associate.cookie);
			try {
				await eventually(() => expect(again.closes).toEqual([CLOSE.forbidden]));
			} finally {
				again.destroy();
			}
			await sleep(300);
			expect(keeping.closes).toEqual([]);
			keeping.map.set('still-writing', true);
			await eventually(() => expect(keeping.allSaved()).toBe(true));
		} finally {
			losing.destroy();
			keeping.destroy();
		}
	});

	it('a downgrade to read-only closes with 4500 and the provider comes back read-only', async () => {
		const associate = await signIn(server.url, 'associate2@demo.test');
		// Schedules: associates edit them, heroes read them.
		const peer = new TestPeer(server.url, `schedule.${associate.me.clientIds[0]!}.2026-W47`, associate.cookie);
		try {
			await connected(peer);
			expect(peer.access).toBe('read-write');
			expect((await admin.api.patch(`/api/admin/users/${associate.me.id}`, { role: 'hero' })).status).toBe(200);
			await eventually(() => expect(peer.closes).toEqual([CLOSE.reauthorise]));
			await eventually(() => expect(peer.provider.synced && peer.access === 'read-only').toBe(true));
		} finally {
			peer.destroy();
		}
	});

	it('a device that loses access to a room removes it from its local store, and keeps the others', async () => {
		const clients = (await (await admin.api.get('/api/clients')).json()) as { id: string }[];
		const [lost, kept] = clients.slice(-2).map((client) => client.id) as [string, string];
		const associateId = (await signIn(server.url, 'associate@demo.test')).me.id;
		expect((await admin.api.patch(`/api/admin/users/${associateId}`, { clientIds: [lost, kept] })).status).toBe(200);
		const associate = await signIn(server.url, 'associate@demo.test');
		const { pg, db } = await browserPglite();
		const registry = new RoomRegistry({
			db,
			url: wsUrl(server.url),
			WebSocket: socketClass({ cookie: associate.cookie }),
			disableBc: true,
			graceMs: 0,
			user: { id: associate.me.id, name: associate.me.name, color: '#2563eb' }
		});
		try {
			const leases = [registry.open(`notes.${lost}`), registry.open(`notes.${kept}`)];
			for (const lease of leases) {
				await eventually(() => expect(lease.room.status).toBe('online'));
				lease.room.doc.getText('body').insert(0, `notes of ${lease.room.name}`);
			}
			await eventually(() => expect(leases.every((lease) => lease.room.pending === 0)).toBe(true));
			const held = async (room: string, clientId: string) => {
				const [log] = (await pg.query<{ n: number }>('select count(*)::int as n from room_update where room = $1', [room])).rows;
				const [sync] = (await pg.query<{ n: number }>('select count(*)::int as n from room_sync where room = $1', [room])).rows;
				const [note] = (await pg.query<{ n: number }>('select count(*)::int as n from client_note where client_id = $1', [clientId])).rows;
				return [log!.n > 0, sync!.n > 0, note!.n > 0];
			};
			await eventually(async () => expect(await held(`notes.${lost}`, lost)).toEqual([true, true, true]));

			expect((await admin.api.patch(`/api/admin/users/${associate.me.id}`, { clientIds: [kept] })).status).toBe(200);
			await eventually(() => expect(leases[0]!.room.status).toBe('forbidden'));
			await eventually(async () => expect(await held(`notes.${lost}`, lost)).toEqual([false, false, false]));
			expect(await held(`notes.${kept}`, kept)).toEqual([true, true, true]);
			expect(leases[1]!.room.status).toBe('online');
		} finally {
			await registry.close();
			await pg.close();
		}
	});
});
