import type * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';

/**
 * A projection turns one room's Y.Doc into rows of SQL tables that lists, search and charts
 * query. Projections are pure (no IO, no clock): the browser's sync core applies their result in
 * the same transaction as the room's log rows (src/lib/sync/apply-projection.ts), and the
 * server's jobs can run the very same functions over the rooms they read.
 */

export type SqlValue = string | number | boolean | null;

export interface TableRows {
	/** A table of the store's schema (a plain SQL identifier). */
	table: string;
	/**
	 * Which rows of `table` belong to this room: every row whose columns equal these values is
	 * replaced by `rows`. Rows the room no longer yields thereby disappear.
	 */
	scope: Record<string, SqlValue>;
	/** This room's rows now; all with the same columns. Empty deletes the room's rows. */
	rows: Record<string, SqlValue>[];
}

export type Projection = (room: RoomName, doc: Y.Doc) => TableRows[];
