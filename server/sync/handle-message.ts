import * as Y from 'yjs';
import { CLOSE } from '#protocol/rooms';
import type { Connection } from './connection';
import { syncStep2Message } from './fanout';
import { isWellFormedUpdate, readInbound } from './inbound';
import { frameRefusal } from './limit';
import type { Room } from './room';

/**
 * One client frame against its room. Returns null when handled, or the close code when the
 * connection must go; it never throws and never half-applies: a frame either parses completely
 * and is applied in one Yjs transaction, or changes nothing.
 *
 * Read-only connections: step 1 is answered (reading is what they are for) and awareness is
 * relayed (presence), but step 2 and update messages are dropped wholesale, unread.
 */
export function handleMessage(room: Room, connection: Connection, frame: Uint8Array, isBinary: boolean, maxBytes: number): number | null {
	const refusal = frameRefusal(frame, isBinary, maxBytes);
	if (refusal !== null) return refusal;
	const message = readInbound(frame);
	if (!message) return CLOSE.malformed;
	switch (message.kind) {
		case 'sync-step1':
			connection.send(syncStep2Message(room.doc, message.stateVector));
			return null;
		case 'sync-step2':
		case 'sync-update':
			if (!connection.canWrite) return null;
			if (!isWellFormedUpdate(message.update)) return CLOSE.malformed;
			try {
				Y.applyUpdate(room.doc, message.update, connection);
			} catch {
				return CLOSE.malformed;
			}
			return null;
		case 'awareness':
			room.presence.apply(connection, message.update);
			return null;
		case 'query-awareness': {
			const snapshot = room.presence.snapshot();
			if (snapshot) connection.send(snapshot);
			return null;
		}
	}
}
