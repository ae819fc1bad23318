import { z } from 'zod';
import { INDUSTRIES, LANGUAGES } from '../domain/access';
import type { Client } from '../domain/directory';
import type { LocalStore } from './local-store';

/**
 * Keeps the browser's `client` table (migrations/0002_local_directory.browser.sql) in step with
 * what the server says the signed-in user may see. Offline, the last copy stays and the UI keeps
 * working from it; the error says why the copy could not be refreshed.
 */

export type DirectoryErrorKind =
	| 'offline'
	| 'signed-out'
	| 'forbidden'
	| 'server'
	| 'bad-response';

export class DirectoryRefreshError extends Error {
	constructor(
		message: string,
		/** Stable, for the UI to pick a translated message and decide whether to retry. */
		readonly kind: DirectoryErrorKind,
		readonly status: number | null = null,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'DirectoryRefreshError';
	}
}

const clientList = z.array(
	z.object({
		id: z.string().min(1),
		name: z.string(),
		industry: z.enum(INDUSTRIES),
		languages: z.array(z.enum(LANGUAGES)),
		timeZone: z.string().min(1)
	})
);

/** Fetches GET /api/clients and replaces the local copy in one transaction; returns the list. */
export async function refreshClients(
	store: Pick<LocalStore, 'transaction'>,
	fetchFn: typeof fetch
): Promise<Client[]> {
	const clients = await fetchClients(fetchFn);
	await store.transaction(async (tx) => {
		// Delete-then-insert inside one transaction: readers (live queries included) see the old
		// list or the new one, never an empty table in between.
		await tx.query('delete from client');
		await tx.query(
			`insert into client (id, name, industry, languages, time_zone)
			 select id, name, industry, array(select jsonb_array_elements_text(languages)), time_zone
			 from jsonb_to_recordset($1::jsonb)
			   as x(id text, name text, industry text, languages jsonb, time_zone text)`,
			[JSON.stringify(clients.map((client) => ({ ...client, time_zone: client.timeZone })))]
		);
	});
	return clients;
}

async function fetchClients(fetchFn: typeof fetch): Promise<Client[]> {
	const fail = (message: string, kind: DirectoryErrorKind, status: number | null, cause?: unknown) =>
		new DirectoryRefreshError(message, kind, status, { cause });
	let response: Response;
	try {
		response = await fetchFn('/api/clients', { headers: { accept: 'application/json' } });
	} catch (cause) {
		// fetch rejects only when no HTTP answer came back at all: offline, DNS, connection reset.
		throw fail('Offline: showing the clients saved on this device', 'offline', null, cause);
	}
	const { status } = response;
	if (status === 401) throw fail('Signed out: sign in again to refresh clients', 'signed-out', status);
	if (status === 403) throw fail('Not allowed to list clients', 'forbidden', status);
	if (!response.ok) throw fail(`The server could not list clients (HTTP ${status})`, 'server', status);
	let body: unknown;
	try {
		body = await response.json();
	} catch (cause) {
		throw fail('The server sent clients in an unreadable form', 'bad-response', status, cause);
	}
	const parsed = clientList.safeParse(body);
	if (!parsed.success) {
		throw fail('The server sent clients in an unexpected shape', 'bad-response', status, parsed.error);
	}
	return parsed.data;
}
