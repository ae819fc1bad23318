import type * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import { noteBody, readNoteMeta } from '../notes';
import type { TableRows } from './types';

/** `notes.<clientId>` → one `client_note` row; none while the note was never written. */
export function projectNotes(room: RoomName, doc: Y.Doc): TableRows[] {
	const body = noteBody(doc).toString();
	const meta = readNoteMeta(doc);
	const written = body.length > 0 || meta.updatedAt !== null;
	return [
		{
			table: 'client_note',
			scope: { client_id: room.id },
			rows: written
				? [
						{
							client_id: room.id,
							body,
							updated_at: meta.updatedAt,
							updated_by: meta.updatedBy,
							updated_by_name: meta.updatedByName
						}
					]
				: []
		}
	];
}
