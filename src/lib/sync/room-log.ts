import * as Y from 'yjs';
import type { TableRows } from '$lib/domain/projections';
import { applyProjection } from './apply-projection';
import type { SyncDb, SyncQueryable } from './db';

/**
 * The browser's SQL for rooms: the shared `room_update` log (migrations/0003_room_log.sql) and
 * the device's bookkeeping in `room_sync` (0006). Everything a write changes — log rows, own
 * client ids, the last "saved" vector, projected rows — goes in one transaction.
 */

export interface StoredRoom {
	/** The log's updates in seq order. */
	updates: Uint8Array[];
	seqs: number[];
	/** Yjs client ids this device edited the room with, across reloads. */
	ownClients: number[];
	/** What the server last said it stored, or null when it never said. */
	saved: Uint8Array | null;
}

export async function loadRoom(db: SyncDb, room: string): Promise<StoredRoom> {
	return db.transaction(async (tx) => {
		const rows = await tx.query<{ seq: number | string; data: Uint8Array }>(
			'select seq, data from room_update where room = $1 order by seq',
			[room]
		);
		const [sync] = await tx.query<{ own_clients: string[]; saved_vector: Uint8Array | null }>(
			'select own_clients::text[] as own_clients, saved_vector from room_sync where room = $1',
			[room]
		);
		return {
			updates: rows.map((row) => bytes(row.data)),
			seqs: rows.map((row) => Number(row.seq)),
			ownClients: (sync?.own_clients ?? []).map(Number),
			saved: sync?.saved_vector ? bytes(sync.saved_vector) : null
		};
	});
}

/** Rooms this device holds edits of that the server has not confirmed (as of the last write). */
export async function roomsWithPendingEdits(db: SyncDb): Promise<string[]> {
	const rows = await db.query<{ room: string }>('select room from room_sync where pending > 0 order by room');
	return rows.map((row) => row.room);
}

export interface RoomWrite {
	room: string;
	/** Updates to append as one row (already merged), or null. */
	append: Uint8Array | null;
	/** Replace these rows by the room's whole state instead of appending. */
	compact: { replaces: number[]; state: Uint8Array } | null;
	/** Client ids to add to the room's own set. */
	newClients: number[];
	/** A new "saved" vector to remember, or null. */
	saved: Uint8Array | null;
	/** This device's unconfirmed operations after this write. */
	pending: number;
	/** The room's projected rows after this write, or null to leave them. */
	projection: TableRows[] | null;
}

/** Writes one batch; returns the seq of the row it added, or null when it added none. */
export async function writeRoom(db: SyncDb, write: RoomWrite): Promise<number | null> {
	return db.transaction(async (tx) => {
		let seq: number | null = null;
		if (write.compact) {
			await tx.query('delete from room_update where room = $1 and seq = any($2::bigint[])', [
				write.room,
				write.compact.replaces
			]);
			seq = await insertUpdate(tx, write.room, write.compact.state);
		} else if (write.append) {
			seq = await insertUpdate(tx, write.room, write.append);
		}
		await tx.query(
			`insert into room_sync (room, own_clients, saved_vector, pending) values ($1, $2::bigint[], $3, $4)
			 on conflict (room) do update set
			   own_clients = array(select distinct unnest(room_sync.own_clients || excluded.own_clients) order by 1),
			   saved_vector = coalesce(excluded.saved_vector, room_sync.saved_vector),
			   pending = excluded.pending,
			   updated_at = now()`,
			[write.room, write.newClients, write.saved, write.pending]
		);
		if (write.projection) await applyProjection(tx, write.projection);
		return seq;
	});
}

/**
 * Removes everything this device holds of a room — log rows, bookkeeping, projected rows — in
 * one transaction. `projected` names the projection's tables and scopes (its rows are ignored).
 */
export async function forgetRoom(db: SyncDb, room: string, projected: TableRows[]): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.query('delete from room_update where room = $1', [room]);
		await tx.query('delete from room_sync where room = $1', [room]);
		await applyProjection(tx, projected.map(({ table, scope }) => ({ table, scope, rows: [] })));
	});
}

async function insertUpdate(tx: SyncQueryable, room: string, data: Uint8Array): Promise<number> {
	const [row] = await tx.query<{ seq: number | string }>(
		'insert into room_update (room, data) values ($1, $2) returning seq',
		[room, data]
	);
	return Number(row!.seq);
}

/** A room's state from its log alone (tests and tools; the registry keeps its own doc). */
export async function readStoredDoc(db: SyncDb, room: string): Promise<Y.Doc> {
	const { updates } = await loadRoom(db, room);
	const doc = new Y.Doc();
	if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
	return doc;
}

/** PGlite hands out Uint8Arrays, node-postgres Buffers: Yjs wants plain views either way. */
function bytes(data: Uint8Array): Uint8Array {
	return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
