import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTickets, ticketId, type TicketDraft } from '#domain/tickets';
import { memoryRooms } from '../../tests/helpers/kb';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { freshPglite } from '../../tests/helpers/pglite';
import { migrate } from '../../src/lib/db/migrate';
import { ClientService } from './clients';
import { TicketService, type NumberedDraft } from './tickets';

// A server store with a director, an associate of client-paris only, a hero, and two clients in
// different time zones; rooms in memory.
let store: Store;
let rooms: ReturnType<typeof memoryRooms>;
let tickets: TicketService;
const director = { id: 'dir', role: 'director' as const };
const associate = { id: 'asso', role: 'associate' as const };
const hero = { id: 'hero', role: 'hero' as const };

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await store.query(`insert into app_user (id, email, name, role, password_hash) values
		('dir', 'd@x.test', 'Dee', 'director', 'x'), ('asso', 'a@x.test', 'Ann', 'associate', 'x'),
		('hero', 'hero@x.test', 'Hugo', 'hero', 'x'), ('dir2', 'd2@x.test', 'Dan', 'director', 'x')`);
	await store.query(`insert into client (id, name, industry, languages, time_zone) values
		('client-paris', 'Paris', 'ecommerce', '{fr,en}', 'Europe/Paris'), ('client-ny', 'NY', 'banking', '{en}', 'America/New_York')`);
	await store.query(`insert into client_assignment (user_id, client_id) values ('asso', 'client-paris'), ('hero', 'client-paris')`);
	rooms = memoryRooms();
	tickets = new TicketService(store, rooms.rooms, new ClientService(store));
});
afterAll(async () => {
	await store.close();
});

const draft = (externalId: string, over: Partial<TicketDraft> = {}): TicketDraft => ({
	source: 'csv',
	externalId,
	channel: 'chat',
	language: 'fr',
	subject: `Ticket ${externalId}`,
	messages: [{ author: 'customer', at: '2026-11-02T22:30:00.000Z', body: 'Bonjour' }],
	tags: [],
	createdAt: '2026-11-02T22:30:00.000Z',
	firstResponseAt: null,
	solvedAt: null,
	heroEmail: 'Hero@X.test',
	csat: null,
	escalation: 1,
	...over
});
const numbered = (...drafts: TicketDraft[]): NumberedDraft[] => drafts.map((d, i) => ({ row: i + 1, draft: d }));

describe('TicketService.importDrafts', () => {
	it("files tickets by their day in the client's time zone and projects them", async () => {
		const report = await tickets.importDrafts(
			director,
			'client-paris',
			numbered(draft('A'), draft('B', { createdAt: '2026-11-02T10:00:00Z', messages: [{ author: 'customer', at: '2026-11-02T10:00:00Z', body: 'x' }] }))
		);
		expect(report).toEqual({ imported: 2, updated: 0, unchanged: 0, rejected: [] });
		// 22:30 UTC is 23:30 in Paris: still the 2nd; 10:00 too.
		expect(readTickets(rooms.doc('tickets.client-paris.2026-11-02')).map((t) => t.externalId)).toEqual(['B', 'A']);
		const { rows } = await store.query<{ external_id: string; day: string; hero_id: string }>(
			`select external_id, day, hero_id from ticket where client_id = 'client-paris' order by external_id`
		);
		expect(rows).toEqual([
			{ external_id: 'A', day: '2026-11-02', hero_id: 'hero' },
			{ external_id: 'B', day: '2026-11-02', hero_id: 'hero' }
		]);
	});

	it('is idempotent: the same file again changes nothing, a changed ticket is updated', async () => {
		expect(await tickets.importDrafts(director, 'client-paris', numbered(draft('A'), draft('B', { createdAt: '2026-11-02T10:00:00Z', messages: [{ author: 'customer', at: '2026-11-02T10:00:00Z', body: 'x' }] })))).toEqual({
			imported: 0,
			updated: 0,
			unchanged: 2,
			rejected: []
		});
		expect(await tickets.importDrafts(director, 'client-paris', numbered(draft('A', { csat: 5 })))).toMatchObject({ imported: 0, updated: 1 });
		const { rows } = await store.query<{ csat: number; n: number }>(`select csat, (select count(*)::int from ticket) as n from ticket where id = $1`, [ticketId('client-paris', 'csv', 'A')]);
		expect(rows).toEqual([{ csat: 5, n: 2 }]);
	});

	it('rejects a row whose hero is unknown, and writes the others', async () => {
		const report = await tickets.importDrafts(director, 'client-ny', numbered(draft('N1', { heroEmail: 'nobody@x.test' }), draft('N2', { heroEmail: null })));
		expect(report).toEqual({ imported: 1, updated: 0, unchanged: 0, rejected: [{ row: 1, reason: 'hero_email: no hero has the address nobody@x.test' }] });
		// 22:30 UTC is 17:30 in New York.
		expect(readTickets(rooms.doc('tickets.client-ny.2026-11-02')).map((t) => [t.externalId, t.heroId])).toEqual([['N2', null]]);
	});

	it("keeps two clients' tickets of the same external id apart", async () => {
		const report = await tickets.importDrafts(director, 'client-ny', numbered(draft('A')));
		expect(report).toMatchObject({ imported: 1, rejected: [] });
		const { rows } = await store.query<{ client_id: string }>(`select client_id from ticket where external_id = 'A' order by client_id`);
		expect(rows.map((r) => r.client_id)).toEqual(['client-ny', 'client-paris']);
	});

	it('mends the table from the room when an import is run again', async () => {
		await store.query(`delete from ticket where client_id = 'client-paris'`);
		expect(await tickets.importDrafts(director, 'client-paris', numbered(draft('A', { csat: 5 })))).toMatchObject({ imported: 0, unchanged: 1 });
		const { rows } = await store.query<{ n: number }>(`select count(*)::int as n from ticket where client_id = 'client-paris'`);
		// Both of the day's tickets are back (B was in the room too).
		expect(rows).toEqual([{ n: 2 }]);
	});

	it('lets directors and assigned associates import, nobody else', async () => {
		await expect(tickets.importDrafts(associate, 'client-paris', numbered(draft('A', { csat: 5 })))).resolves.toMatchObject({ unchanged: 1 });
		await expect(tickets.importDrafts(associate, 'client-ny', numbered(draft('X')))).rejects.toMatchObject({ status: 403 });
		await expect(tickets.importDrafts(hero, 'client-paris', numbered(draft('X')))).rejects.toMatchObject({ status: 403 });
		await expect(tickets.importDrafts(director, 'client-nowhere', numbered(draft('X')))).rejects.toMatchObject({ status: 404 });
		const { rows } = await store.query(`select 1 from ticket where external_id = 'X'`);
		expect(rows).toEqual([]);
	});
});
