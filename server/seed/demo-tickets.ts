import * as Y from 'yjs';
import type { Industry, Language } from '#domain/access';
import { generateDemoTickets, type DemoTicketClient } from '#domain/demo-tickets/index';
import { projectTickets } from '#domain/projections/tickets';
import { dayIn, writeTicket, type Ticket } from '#domain/tickets';
import { parseRoom, roomName } from '#protocol/rooms';
import { applyProjection } from '../../src/lib/sync/apply-projection';
import type { Queryable, Store } from '../db/store';

export interface DemoTicketsResult {
	/** False when the workspace already had demo tickets. */
	seeded: boolean;
	tickets: number;
	rooms: number;
}

export interface DemoTicketsOptions {
	seed: number;
	/** The last day with tickets (`yyyy-mm-dd`): the day the demo is seeded. */
	endDay: string;
	days?: number;
}

/** Day rooms written per transaction. */
const BATCH = 40;

/**
 * Seeds 90 days of tickets per demo client (src/lib/domain/demo-tickets): each client's day
 * room `tickets.<clientId>.<day>` holds its tickets as the import writes them, and the `ticket`
 * table holds their projection.
 *
 * Written straight into the room log (one update per room) and the table, not through the sync
 * service: a thousand rooms through it would load, store and unload each in turn, and at start
 * no room is open yet. Run it at start only, before the server serves. A workspace that has
 * demo tickets is left alone; each batch of rooms is one transaction, so a crash leaves whole
 * days, and a workspace with some demo tickets is not seeded again.
 */
export async function seedDemoTickets(store: Store, options: DemoTicketsOptions): Promise<DemoTicketsResult> {
	const { rows: existing } = await store.query(`select 1 from ticket where source = 'demo' limit 1`);
	if (existing.length > 0) return { seeded: false, tickets: 0, rooms: 0 };

	const clients = await demoClients(store);
	const tickets = generateDemoTickets({ seed: options.seed, clients, endDay: options.endDay, days: options.days });
	const zones = new Map(clients.map((c) => [c.id, c.timeZone]));
	const byRoom = new Map<string, Ticket[]>();
	for (const ticket of tickets) {
		const name = roomName('tickets', ticket.clientId, dayIn(ticket.createdAt, zones.get(ticket.clientId)!));
		(byRoom.get(name) ?? byRoom.set(name, []).get(name)!).push(ticket);
	}

	const rooms = [...byRoom];
	for (let start = 0; start < rooms.length; start += BATCH) {
		await store.transaction(async (tx) => {
			for (const [name, dayTickets] of rooms.slice(start, start + BATCH)) await writeRoom(tx, name, dayTickets);
		});
	}
	return { seeded: true, tickets: tickets.length, rooms: rooms.length };
}

async function writeRoom(tx: Queryable, name: string, tickets: Ticket[]): Promise<void> {
	const doc = new Y.Doc();
	try {
		doc.transact(() => {
			for (const ticket of tickets) writeTicket(doc, ticket);
		});
		await tx.query('insert into room_update (room, data) values ($1, $2)', [name, Y.encodeStateAsUpdate(doc)]);
		await applyProjection(
			{ query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows },
			projectTickets(parseRoom(name)!, doc)
		);
	} finally {
		doc.destroy();
	}
}

/** Every client with its industry, languages, zone and the heroes assigned to it. */
async function demoClients(store: Queryable): Promise<DemoTicketClient[]> {
	const { rows } = await store.query<{ id: string; industry: Industry; languages: Language[]; time_zone: string; heroes: { id: string; name: string }[] | null }>(
		`select c.id, c.industry, c.languages, c.time_zone,
		        (select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.id)
		           from client_assignment a join app_user u on u.id = a.user_id
		          where a.client_id = c.id and u.role = 'hero') as heroes
		   from client c order by c.id`
	);
	return rows.map((row) => ({ id: row.id, industry: row.industry, languages: row.languages, timeZone: row.time_zone, heroes: row.heroes ?? [] }));
}
