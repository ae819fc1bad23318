import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { readTickets } from '../../src/lib/domain/tickets';
import { startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';

/**
 * `POST /api/tickets/import` through the real built server: tickets land in their day rooms (read
 * back by a real y-websocket peer) and a second run changes nothing; bad files change nothing.
 */

let server: RunningServer;
const who = {} as Record<'director' | 'associate' | 'associate2' | 'hero', Session>;
let client: Client;
const peers: TestPeer[] = [];

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['director', 'associate', 'associate2', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
	const clients = (await (await who.director.api.get('/api/clients')).json()) as Client[];
	// A client of both the hero and the first associate, served in English.
	client = clients.find((c) => who.hero.me.clientIds.includes(c.id) && who.associate.me.clientIds.includes(c.id) && c.languages.includes('en'))!;
});
afterAll(async () => {
	for (const peer of peers) peer.destroy();
	expect(await server.stop()).toBe(0);
});

const transcript = (at: string, text: string) => JSON.stringify([{ author: 'customer', at, body: text }, { author: 'hero', at: at.replace(':00Z', ':30Z'), body: 'Done.' }]).replaceAll('"', '""');
const CSV = [
	'Ticket ID,Created at,Subject,Transcript,Channel,Language,Agent email,CSAT',
	`T-1,2026-10-01T09:00:00Z,Where is my parcel,"${transcript('2026-10-01T09:00:00Z', 'Hello, where is my parcel?')}",email,en,hero@demo.test,5`,
	`T-2,2026-10-01T23:30:00Z,Refund,"${transcript('2026-10-01T23:30:00Z', 'I want my money back')}",chat,en,,`,
	`T-3,31/02/2026,Bad date,"${transcript('2026-10-01T09:00:00Z', 'x')}",email,en,,`,
	`T-1,2026-10-02T09:00:00Z,Again,"${transcript('2026-10-02T09:00:00Z', 'x')}",email,en,,`
].join('\n');

const importFile = (session: Session, body: string, query: string, headers: Record<string, string> = {}) =>
	session.api.request('POST', `/api/tickets/import?${query}`, body, { 'content-type': 'text/csv', ...headers });

async function dayRoom(day: string) {
	const peer = new TestPeer(server.url, `tickets.${client.id}.${day}`, who.director.cookie);
	peers.push(peer);
	await eventually(() => expect(peer.provider.synced).toBe(true));
	return peer;
}

describe('POST /api/tickets/import', () => {
	it('imports a CSV into day rooms, reports each rejected row, and is idempotent', async () => {
		const response = await importFile(who.director, CSV, `source=csv&clientId=${client.id}`);
		expect(response.status).toBe(200);
		const report = await response.json();
		expect(report).toMatchObject({ imported: 2, updated: 0, unchanged: 0 });
		expect(report.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
		expect(report.rejected[0].reason).toMatch(/created_at/);
		expect(report.rejected[1].reason).toBe('duplicate of row 1');

		const tickets = await eventually(async () => {
			const peer = await dayRoom(new Intl.DateTimeFormat('en-CA', { timeZone: client.timeZone }).format(new Date('2026-10-01T09:00:00Z')));
			const list = readTickets(peer.doc).filter((t) => t.source === 'csv');
			expect(list.length).toBeGreaterThan(0);
			return list;
		});
		const first = tickets.find((t) => t.externalId === 'T-1')!;
		expect(first).toMatchObject({ subject: 'Where is my parcel', channel: 'email', csat: 5, clientId: client.id });
		expect(first.heroId).toBe(who.hero.me.id);

		const again = await (await importFile(who.director, CSV, `source=csv&clientId=${client.id}`)).json();
		expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
	});

	it('streams its progress as NDJSON when asked', async () => {
		const response = await importFile(who.associate, CSV.replaceAll('T-', 'S-'), `source=csv&clientId=${client.id}`, { accept: 'application/x-ndjson' });
		expect(response.headers.get('content-type')).toBe('application/x-ndjson');
		const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
		expect(lines[0]).toEqual({ progress: 0 });
		expect(lines.at(-2)).toEqual({ progress: 1 });
		expect(lines.at(-1).report).toMatchObject({ imported: 2 });
	});

	it('refuses whole files it cannot read, and changes nothing', async () => {
		const missing = await importFile(who.director, CSV.replace('Created at,', 'Opened,'), `source=csv&clientId=${client.id}`);
		expect(missing.status).toBe(400);
		expect((await missing.json()).message).toBe('missing column: created_at');

		const notExport = await importFile(who.director, JSON.stringify({ users: [] }), `source=zendesk&clientId=${client.id}`, { 'content-type': 'application/json' });
		expect(notExport.status).toBe(400);
		expect((await notExport.json()).message).toMatch(/not a Zendesk ticket export/);

		const badSource = await importFile(who.director, CSV, `source=xlsx&clientId=${client.id}`);
		expect(badSource.status).toBe(400);
		expect((await badSource.json()).message).toMatch(/source must be one of csv, zendesk/);

		const badMapping = await importFile(who.director, CSV, `source=csv&clientId=${client.id}&mapping=${encodeURIComponent('{"external_id":"Nope"}')}`);
		expect(badMapping.status).toBe(400);

		// 50 MB: refused from its declared length, before it is read.
		const huge = await importFile(who.director, 'x'.repeat(50 * 1024 * 1024), `source=csv&clientId=${client.id}`);
		expect(huge.status).toBe(413);
		expect((await huge.json()).message).toMatch(/at most 25\.0 MB/);

		// None of these wrote a ticket: a fresh import of new ids still counts them all as new.
		const fresh = await (await importFile(who.director, CSV.replaceAll('T-', 'F-'), `source=csv&clientId=${client.id}`)).json();
		expect(fresh).toMatchObject({ imported: 2, unchanged: 0 });
	});

	it('is for directors and the client’s associates only', async () => {
		const other = who.associate2.me.clientIds.includes(client.id) ? null : who.associate2;
		if (other) expect((await importFile(other, CSV, `source=csv&clientId=${client.id}`)).status).toBe(403);
		expect((await importFile(who.hero, CSV, `source=csv&clientId=${client.id}`)).status).toBe(403);
		const anonymous = await fetch(`${server.url}/api/tickets/import?source=csv&clientId=${client.id}`, { method: 'POST', body: CSV, headers: { 'content-type': 'text/csv' } });
		expect(anonymous.status).toBe(401);
	});
});
