import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/db/migrate';
import { SessionService } from '../../server/auth/sessions';
import { readMigrationFiles } from '../../server/db/open';
import { wrapPglite } from '../../server/db/pglite-store';
import type { Store } from '../../server/db/store';
import { createLogger } from '../../server/log';
import { SyncService } from '../../server/sync/service';
import { freshPglite } from '../helpers/pglite';
import { eventually, TestPeer } from './helpers';

/**
 * The server's own writes (seeding, jobs, publishing) travel like a client's: connected
 * providers receive them, they are stored before `withRoom` resolves, and clients are told so.
 * In process, on a real HTTP server, a real PGlite and real providers.
 */

let store: Store;
let sync: SyncService;
let http: Server;
let url: string;
let cookie: string;

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await store.query(
		`insert into app_user (id, email, name, role, password_hash) values ('dir1', 'd@example.test', 'D', 'director', 'x')`
	);
	const sessions = new SessionService(store, 10);
	cookie = `session=${(await sessions.create('dir1')).token}`;
	sync = new SyncService({
		store,
		sessions,
		logger: createLogger('warn'),
		options: { maxMessageBytes: 1 << 20, flushDebounceMs: 50, flushMaxWaitMs: 200, compactRows: 50, roomIdleMs: 60_000, awarenessThrottleMs: 20 }
	});
	http = createServer((_req, res) => res.end());
	http.on('upgrade', (req, socket, head) => {
		if (!sync.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
	const closed = new Promise((resolve) => http.close(resolve));
	await sync.close();
	await closed;
	await store.close();
});

describe('the server as a peer, with clients connected', () => {
	it("broadcasts withRoom's change, has it stored on return, and acknowledges it to clients", async () => {
		const room = 'playbook.published';
		const a = new TestPeer(url, room, cookie);
		const b = new TestPeer(url, room, cookie);
		try {
			await eventually(() => expect(a.provider.synced && b.provider.synced).toBe(true));
			a.map.set('from-client', 1);
			await eventually(() => expect(b.map.get('from-client')).toBe(1));

			await sync.withRoom(room, (doc) => doc.getMap('m').set('from-server', 'published'));
			const { rows } = await store.query<{ n: number }>('select count(*)::int as n from room_update where room = $1', [room]);
			expect(rows[0]!.n).toBeGreaterThan(0);
			await eventually(() => {
				for (const peer of [a, b]) {
					expect(peer.map.get('from-server')).toBe('published');
					expect(peer.allSaved()).toBe(true);
				}
			});
			expect(await sync.readRoom(room, (doc) => doc.getMap('m').toJSON())).toEqual({ 'from-client': 1, 'from-server': 'published' });
		} finally {
			a.destroy();
			b.destroy();
		}
	});

	it('removes the presence of a connection that closes', async () => {
		const room = 'playbook.presence';
		const a = new TestPeer(url, room, cookie);
		const b = new TestPeer(url, room, cookie);
		try {
			await eventually(() => expect(a.provider.synced && b.provider.synced).toBe(true));
			b.provider.awareness.setLocalStateField('user', { name: 'b' });
			await eventually(() => expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(true));
			// A hard close: no goodbye awareness from the client, the server must clean up.
			(b.provider.ws as unknown as { terminate(): void }).terminate();
			b.provider.shouldConnect = false;
			await eventually(() => expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false));
		} finally {
			a.destroy();
			b.destroy();
		}
	});
});
