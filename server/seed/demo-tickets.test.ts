import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTickets } from '#domain/tickets';
import { freshPglite } from '../../tests/helpers/pglite';
import { migrate } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { seedDemoWorkspace } from './demo';
import { seedDemoTickets } from './demo-tickets';

let store: Store;
beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await seedDemoWorkspace(store, { seed: 7, password: 'demo-password' });
});
afterAll(async () => {
	await store.close();
});

describe('seedDemoTickets', () => {
	it('writes each day room and its projection, once', async () => {
		const result = await seedDemoTickets(store, { seed: 7, endDay: '2026-11-22', days: 14 });
		expect(result.seeded).toBe(true);
		const { rows } = await store.query<{ tickets: number; rooms: number; logged: number }>(
			`select (select count(*)::int from ticket) as tickets, (select count(distinct client_id || day)::int from ticket) as rooms,
			        (select count(*)::int from room_update where room like 'tickets.%') as logged`
		);
		expect(rows[0]).toEqual({ tickets: result.tickets, rooms: result.rooms, logged: result.rooms });

		// A room's stored update holds exactly the tickets its rows say.
		const { rows: [room] } = await store.query<{ room: string; data: Uint8Array }>(`select room, data from room_update where room like 'tickets.%' order by room limit 1`);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, room!.data);
		const [, clientId, day] = room!.room.split('.');
		const { rows: projected } = await store.query<{ id: string }>(`select id from ticket where client_id = $1 and day = $2 order by created_at, id`, [clientId, day]);
		expect(readTickets(doc).map((t) => t.id)).toEqual(projected.map((r) => r.id));

		expect(await seedDemoTickets(store, { seed: 7, endDay: '2026-11-22', days: 14 })).toEqual({ seeded: false, tickets: 0, rooms: 0 });
	});
});
