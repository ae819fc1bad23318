import type { Store } from '../db/store';

/** A room's stored rows, in seq order. */
export interface LoadedLog {
	updates: Uint8Array[];
	seqs: number[];
	bytes: number;
}

/**
 * The `room_update` table (migrations/0003_room_log.sql): the only SQL of the sync server.
 * Rows are Yjs updates; a room's state is all of them applied, in any order.
 */
export class RoomLog {
	constructor(private readonly store: Store) {}

	async load(room: string): Promise<LoadedLog> {
		const { rows } = await this.store.query<{ seq: number | string; data: Uint8Array }>(
			'select seq, data from room_update where room = $1 order by seq',
			[room]
		);
		let bytes = 0;
		const updates = rows.map((row) => {
			bytes += row.data.byteLength;
			// pg hands out Buffers; Yjs only needs Uint8Array views of the same bytes.
			return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
		});
		return { updates, seqs: rows.map((row) => Number(row.seq)), bytes };
	}

	async append(room: string, update: Uint8Array): Promise<number> {
		const { rows } = await this.store.query<{ seq: number | string }>(
			'insert into room_update (room, data) values ($1, $2) returning seq',
			[room, update]
		);
		return Number(rows[0]!.seq);
	}

	/**
	 * Replaces exactly the rows `replaces` by `state` in one transaction. Deleting by the seqs
	 * this process knows (not "everything below n") keeps rows another instance appended
	 * meanwhile, whose updates this process may not have seen yet.
	 */
	async compact(room: string, replaces: number[], state: Uint8Array): Promise<number> {
		return this.store.transaction(async (tx) => {
			await tx.query('delete from room_update where room = $1 and seq = any($2::bigint[])', [room, replaces]);
			const { rows } = await tx.query<{ seq: number | string }>(
				'insert into room_update (room, data) values ($1, $2) returning seq',
				[room, state]
			);
			return Number(rows[0]!.seq);
		});
	}
}
