import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGliteInterface } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserPglite } from '../../../tests/helpers/pglite';
import type { Client } from '../domain/directory';
import { DirectoryRefreshError, refreshClients } from './directory';
import type { LocalStore } from './local-store';

// The browser store's schema on a real PGlite in Node, fed by a real HTTP server.
const ACME: Client = {
	id: 'c1',
	name: 'Velora Bikes',
	industry: 'mobility',
	languages: ['nl', 'en'],
	timeZone: 'Europe/Amsterdam'
};
const BANK: Client = {
	id: 'c2',
	name: 'Kronvall Bank',
	industry: 'banking',
	languages: ['sv'],
	timeZone: 'Europe/Stockholm'
};

let pg: PGliteInterface;
let store: Pick<LocalStore, 'transaction'>;
let server: Server;
let reply: { status: number; body: string } = { status: 200, body: '[]' };
let base = '';
const fetchFn: typeof fetch = (input, init) => fetch(new URL(String(input), base), init);

async function localRows() {
	const { rows } = await pg.query<Record<string, unknown>>(
		'select id, name, industry, languages, time_zone from client order by id'
	);
	return rows;
}

beforeAll(async () => {
	({ pg } = await browserPglite());
	store = {
		transaction: (fn) =>
			pg.transaction((tx) =>
				fn({
					query: async <T,>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
					exec: async (sql) => void (await tx.exec(sql))
				})
			)
	};
	server = createServer((_req, res) => {
		res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.close();
	await pg.close();
});

beforeEach(async () => {
	reply = { status: 200, body: JSON.stringify([ACME, BANK]) };
	await refreshClients(store, fetchFn);
});

describe('refreshClients', () => {
	it('replaces the local table with what the server lists', async () => {
		reply = { status: 200, body: JSON.stringify([BANK]) };
		expect(await refreshClients(store, fetchFn)).toEqual([BANK]);
		expect(await localRows()).toEqual([
			{ id: 'c2', name: 'Kronvall Bank', industry: 'banking', languages: ['sv'], time_zone: 'Europe/Stockholm' }
		]);
	});

	it('keeps the local rows and says "offline" when the server cannot be reached', async () => {
		const unreachable: typeof fetch = (input, init) => fetch(new URL(String(input), 'http://127.0.0.1:1'), init);
		const error = await refreshClients(store, unreachable).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DirectoryRefreshError);
		expect((error as DirectoryRefreshError).kind).toBe('offline');
		expect(await localRows()).toHaveLength(2);
	});

	it.each([
		[401, 'signed-out'],
		[403, 'forbidden'],
		[503, 'server']
	] as const)('keeps the local rows on HTTP %i (%s)', async (status, kind) => {
		reply = { status, body: '{"message":"no"}' };
		await expect(refreshClients(store, fetchFn)).rejects.toMatchObject({ kind, status });
		expect(await localRows()).toHaveLength(2);
	});

	it('refuses a malformed list and changes nothing', async () => {
		reply = { status: 200, body: JSON.stringify([{ ...ACME, languages: ['xx'] }]) };
		await expect(refreshClients(store, fetchFn)).rejects.toMatchObject({ kind: 'bad-response' });
		reply = { status: 200, body: 'not json' };
		await expect(refreshClients(store, fetchFn)).rejects.toMatchObject({ kind: 'bad-response' });
		expect(await localRows()).toHaveLength(2);
	});

	it('rolls back when the insert fails half-way: the old rows stay', async () => {
		reply = { status: 200, body: JSON.stringify([ACME, { ...ACME, name: 'Duplicate id' }]) };
		await expect(refreshClients(store, fetchFn)).rejects.toThrow(/duplicate key/);
		expect((await localRows()).map((row) => row.id)).toEqual(['c1', 'c2']);
	});
});
