import type * as Y from 'yjs';
import type { Projection, TableRows } from '#domain/projections/types';
import { parseRoom, type RoomKind, type RoomName } from '#protocol/rooms';
import { applyProjection } from '../../src/lib/sync/apply-projection';
import type { Queryable, Store } from '../db/store';
import type { Logger } from '../log';

/**
 * Server-side projections of rooms clients edit (QA reviews): after each stored write of a room
 * whose kind has an entry in `projections` (src/lib/domain/projections/server.ts), the room's
 * doc is projected — the browser's own projection — and the rows replace the room's rows in the
 * server's store, in one transaction.
 *
 * - Never in the way of storage: it runs after the write committed and after "saved" went out;
 *   an error (a projection that throws, a failing store) is logged with the room's name and
 *   nothing else happens — the next write of the room projects the whole room again.
 * - Coalesced: one projection per stored write (not per update), and at most one application
 *   waiting behind the one running, holding the newest rows (older ones are superseded whole).
 * - Rows are computed when the write is stored, from the doc then: a room can be unloaded and
 *   destroyed while its rows are still being applied.
 * - Nothing on load: the tables persist, and a room's rows only change when the room does.
 */

export type ApplyRows = (tables: TableRows[]) => Promise<void>;

export interface ProjectDeps {
	projections: Partial<Record<RoomKind, Projection>>;
	apply: ApplyRows;
	logger: Logger;
}

/** The projector of room `name`, or null when the server does not project its kind. */
export function roomProjector(name: string, doc: Y.Doc, deps: ProjectDeps): RoomProjector | null {
	const room = parseRoom(name);
	const projection = room ? deps.projections[room.kind] : undefined;
	return room && projection ? new RoomProjector(room, doc, projection, deps.apply, deps.logger) : null;
}

/** Applies rows to `store` in one transaction: delete the room's rows, insert its rows now. */
export function applyToStore(store: Store): ApplyRows {
	return (tables) => store.transaction((tx) => applyProjection(rowsOf(tx), tables));
}

export class RoomProjector {
	/** Rows waiting for the next application; null when none is scheduled. */
	private latest: TableRows[] | null = null;
	/** The chain of applications; it never rejects. */
	private tail: Promise<void> = Promise.resolve();

	constructor(
		private readonly room: RoomName,
		private readonly doc: Y.Doc,
		private readonly projection: Projection,
		private readonly apply: ApplyRows,
		private readonly logger: Logger
	) {}

	/** A write of the room was stored: project the doc and schedule applying its rows. Never throws. */
	stored(): void {
		let rows: TableRows[];
		try {
			rows = this.projection(this.room, this.doc);
		} catch (error) {
			this.logger.error(`sync: could not project ${this.room.name} (tried again at its next write)`, error);
			return;
		}
		const scheduled = this.latest !== null;
		this.latest = rows;
		if (!scheduled) this.tail = this.tail.then(() => this.applyLatest());
	}

	/** Resolves once the rows of every write stored so far are applied (or failed and were logged). */
	idle(): Promise<void> {
		return this.tail;
	}

	private async applyLatest(): Promise<void> {
		const rows = this.latest;
		this.latest = null;
		if (!rows) return;
		try {
			await this.apply(rows);
		} catch (error) {
			this.logger.error(`sync: could not apply the projection of ${this.room.name} (tried again at its next write)`, error);
		}
	}
}

/** The store's query as the shared projection code takes it (rows, not a result object). */
const rowsOf = (db: Queryable) => ({
	query: async <T>(sql: string, params?: unknown[]): Promise<T[]> => (await db.query<T>(sql, params)).rows
});
