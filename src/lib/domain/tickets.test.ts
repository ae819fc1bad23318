import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoom } from '#protocol/rooms';
import { projectTickets } from './projections/tickets';
import { dayIn, readTickets, ticketDraftSchema, ticketId, writeTicket, type Ticket } from './tickets';

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
	id: ticketId('client-1', 'csv', 'A-1'),
	source: 'csv',
	externalId: 'A-1',
	clientId: 'client-1',
	channel: 'email',
	language: 'fr',
	subject: 'Où est ma commande ?',
	messages: [
		{ author: 'customer', at: '2026-11-02T08:00:00.000Z', body: 'Bonjour, ma commande 1234 n’est pas arrivée.' },
		{ author: 'hero', at: '2026-11-02T09:00:00.000Z', body: 'Elle arrive demain.' }
	],
	tags: ['livraison'],
	createdAt: '2026-11-02T08:00:00.000Z',
	firstResponseAt: '2026-11-02T09:00:00.000Z',
	solvedAt: null,
	heroId: 'h1',
	csat: 4,
	escalation: 1,
	...over
});

describe('ticketId', () => {
	it('is the same for the same source and external id, different otherwise', () => {
		expect(ticketId('c1', 'csv', 'A-1')).toBe(ticketId('c1', 'csv', 'A-1'));
		expect(ticketId('c1', 'csv', 'A-1')).toMatch(/^[a-z2-7]{20}$/);
		expect(ticketId('c1', 'zendesk', 'A-1')).not.toBe(ticketId('c1', 'csv', 'A-1'));
		// Two clients' helpdesks both have a ticket 1.
		expect(ticketId('c2', 'csv', 'A-1')).not.toBe(ticketId('c1', 'csv', 'A-1'));
		// The separator keeps ("c1", "x") and ("c", "1x")-style pairs apart.
		expect(ticketId('c1', 'csv', '')).not.toBe(ticketId('c1', 'csv', '\u0000'));
	});
});

describe('dayIn', () => {
	it("is the day in the client's time zone, not in UTC", () => {
		expect(dayIn('2026-11-02T23:30:00Z', 'UTC')).toBe('2026-11-02');
		expect(dayIn('2026-11-02T23:30:00Z', 'Europe/Paris')).toBe('2026-11-03');
		expect(dayIn('2026-11-02T03:30:00Z', 'America/New_York')).toBe('2026-11-01');
		// Across the spring DST change in Paris (02:00 → 03:00 on 29 March 2026).
		expect(dayIn('2026-03-28T22:59:59Z', 'Europe/Paris')).toBe('2026-03-28');
		expect(dayIn('2026-03-28T23:00:00Z', 'Europe/Paris')).toBe('2026-03-29');
	});
});

describe('ticketDraftSchema', () => {
	const draft = () => {
		const { id: _id, clientId: _c, heroId: _h, ...rest } = ticket();
		return { ...rest, heroEmail: 'hero@demo.test' };
	};
	it('accepts a valid draft and normalises times to UTC', () => {
		const parsed = ticketDraftSchema.parse({ ...draft(), createdAt: '2026-11-02T09:00:00+01:00' });
		expect(parsed.createdAt).toBe('2026-11-02T08:00:00.000Z');
	});
	it('refuses times out of order, bad CSAT, bad escalation, an empty transcript', () => {
		const issues = (value: object) => ticketDraftSchema.safeParse({ ...draft(), ...value }).error?.issues.map((i) => i.message) ?? [];
		expect(issues({ solvedAt: '2026-11-01T00:00:00Z' })).toEqual(['the ticket is solved before it was created']);
		expect(issues({ firstResponseAt: '2026-11-01T00:00:00Z' })).toEqual(['the first response is before the ticket was created']);
		expect(issues({ csat: 6 })).toEqual(['CSAT is from 1 to 5']);
		expect(issues({ escalation: 4 })).toEqual(['escalation must be 1, 2 or 3']);
		expect(issues({ messages: [] })).toEqual(['the transcript has no message']);
		expect(issues({ createdAt: '02/11/2026' })[0]).toMatch(/ISO 8601/);
	});
});

describe('writeTicket', () => {
	it('writes a new ticket, rewrites a changed one, leaves an identical one alone', () => {
		const doc = new Y.Doc();
		expect(writeTicket(doc, ticket())).toBe('imported');
		const before = Y.encodeStateAsUpdate(doc);
		expect(writeTicket(doc, ticket())).toBe('unchanged');
		// Keys in another order are the same ticket.
		const reordered = Object.fromEntries(Object.entries(ticket()).reverse()) as unknown as Ticket;
		expect(writeTicket(doc, reordered)).toBe('unchanged');
		expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
		expect(writeTicket(doc, ticket({ csat: 5 }))).toBe('updated');
		expect(readTickets(doc)).toEqual([ticket({ csat: 5 })]);
	});
});

describe('projectTickets', () => {
	it("yields one row per ticket of the room's client, scoped to the client and day", () => {
		const doc = new Y.Doc();
		writeTicket(doc, ticket());
		writeTicket(doc, ticket({ id: ticketId('client-1', 'csv', 'B-2'), externalId: 'B-2', createdAt: '2026-11-02T07:00:00.000Z', messages: [ticket().messages[0]!], firstResponseAt: null, heroId: null, csat: null }));
		writeTicket(doc, ticket({ id: ticketId('other', 'csv', 'X'), externalId: 'X', clientId: 'other' }));
		const [table] = projectTickets(parseRoom('tickets.client-1.2026-11-02')!, doc);
		expect(table!.table).toBe('ticket');
		expect(table!.scope).toEqual({ client_id: 'client-1', day: '2026-11-02' });
		expect(table!.rows.map((row) => [row.external_id, row.message_count, row.hero_id, row.tags])).toEqual([
			['B-2', 1, null, '["livraison"]'],
			['A-1', 2, 'h1', '["livraison"]']
		]);
	});
});
