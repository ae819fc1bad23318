import { projectTickets } from '#domain/projections/tickets';
import { dayIn, ticketId, writeTicket, type Ticket, type TicketDraft, type TicketWrite } from '#domain/tickets';
import { parseRoom, roomName } from '#protocol/rooms';
import { applyProjection } from '../../src/lib/sync/apply-projection';
import type { Queryable, Store } from '../db/store';
import { ServiceError } from '../errors';
import type { ClientService, Viewer } from './clients';
import type { RoomWriter } from './kb';

/** A draft the import read, with the row it came from (for the report of rejected rows). */
export interface NumberedDraft {
	row: number;
	draft: TicketDraft;
}

export interface ImportReport {
	/** Tickets the workspace did not have. */
	imported: number;
	/** Tickets it had, changed by this import. */
	updated: number;
	/** Tickets it had exactly so (an import run twice changes nothing). */
	unchanged: number;
	rejected: { row: number; reason: string }[];
}

/**
 * Tickets: the server alone writes them, into the client's day rooms
 * `tickets.<clientId>.<yyyy-mm-dd>` (the day of creation in the client's time zone), and
 * projects each room it wrote into its own `ticket` table — the same projection the browser
 * runs — for the jobs and the API.
 *
 * Imports are idempotent by source and external id: a ticket's id is a hash of both, and a
 * ticket is rewritten only when it changed. Each ticket is written whole; an import that stops
 * half-way (a crash) leaves whole tickets of some days, and running it again completes it.
 */
export class TicketService {
	constructor(
		private readonly store: Store,
		private readonly rooms: RoomWriter,
		private readonly clients: ClientService
	) {}

	/** Directors import for every client, associates for their own; heroes and admins never. */
	async assertCanImport(viewer: Viewer, clientId: string): Promise<{ timeZone: string; languages: string[] }> {
		if (viewer.role !== 'director' && viewer.role !== 'associate') throw new ServiceError(403, 'Your role may not import tickets.');
		const client = await this.clients.getFor(viewer, clientId);
		return { timeZone: client.timeZone, languages: client.languages };
	}

	/**
	 * Writes the drafts an import read as tickets of `clientId`. A draft whose hero e-mail names
	 * no hero of the workspace is rejected with that reason; the others are written.
	 */
	async importDrafts(
		viewer: Viewer,
		clientId: string,
		drafts: NumberedDraft[],
		onProgress?: (done: number, total: number) => void
	): Promise<ImportReport> {
		const { timeZone } = await this.assertCanImport(viewer, clientId);
		const heroes = await this.heroesByEmail(drafts.map(({ draft }) => draft.heroEmail).filter((email) => email !== null));
		const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, rejected: [] };

		const byDay = new Map<string, Ticket[]>();
		for (const { row, draft } of drafts) {
			const heroId = draft.heroEmail === null ? null : heroes.get(draft.heroEmail.toLowerCase());
			if (heroId === undefined) {
				report.rejected.push({ row, reason: `hero_email: no hero has the address ${draft.heroEmail}` });
				continue;
			}
			const { heroEmail: _, ...fields } = draft;
			const ticket: Ticket = { ...fields, id: ticketId(clientId, draft.source, draft.externalId), clientId, heroId };
			const day = dayIn(ticket.createdAt, timeZone);
			const list = byDay.get(day) ?? byDay.set(day, []).get(day)!;
			list.push(ticket);
		}

		const total = drafts.length - report.rejected.length;
		let done = 0;
		for (const [day, tickets] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
			const counts = await this.writeDay(clientId, day, tickets);
			report.imported += counts.imported;
			report.updated += counts.updated;
			report.unchanged += counts.unchanged;
			done += tickets.length;
			onProgress?.(done, total);
		}
		report.rejected.sort((a, b) => a.row - b.row);
		return report;
	}

	/**
	 * Writes one day room's tickets (no access check: the import and the demo seed call it) and
	 * projects the room into the `ticket` table.
	 */
	async writeDay(clientId: string, day: string, tickets: readonly Ticket[]): Promise<Record<TicketWrite, number>> {
		const name = roomName('tickets', clientId, day);
		const room = parseRoom(name);
		if (!room) throw new ServiceError(400, `Not a day: ${day}`);
		const counts: Record<TicketWrite, number> = { imported: 0, updated: 0, unchanged: 0 };
		const projection = await this.rooms.withRoom(name, (doc) => {
			for (const ticket of tickets) counts[writeTicket(doc, ticket)]++;
			return projectTickets(room, doc);
		});
		// Even when nothing changed: a table that missed an earlier write (a failed transaction
		// after the room was stored) is mended by importing again.
		await this.store.transaction((tx) => applyProjection(rowsOf(tx), projection));
		return counts;
	}

	/** Projects a day room again from what it holds (after a restore, or to repair the table). */
	async reproject(clientId: string, day: string): Promise<void> {
		const name = roomName('tickets', clientId, day);
		const room = parseRoom(name);
		if (!room) throw new ServiceError(400, `Not a day: ${day}`);
		const projection = await this.rooms.readRoom(name, (doc) => projectTickets(room, doc));
		await this.store.transaction((tx) => applyProjection(rowsOf(tx), projection));
	}

	private async heroesByEmail(emails: string[]): Promise<Map<string, string>> {
		const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
		if (wanted.length === 0) return new Map();
		const { rows } = await this.store.query<{ id: string; email: string }>(
			`select id, lower(email) as email from app_user where role = 'hero' and lower(email) = any($1::text[])`,
			[wanted]
		);
		return new Map(rows.map((row) => [row.email, row.id]));
	}
}

/** The store's query as the shared projection code takes it (rows, not a result object). */
const rowsOf = (db: Queryable) => ({
	query: async <T>(sql: string, params?: unknown[]): Promise<T[]> => (await db.query<T>(sql, params)).rows
});
