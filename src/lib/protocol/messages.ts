import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Message types on the sync socket. Every frame is binary: `varUint type` then the body.
 * 0–3 are y-websocket's own (y-protocols sync, awareness, auth, query-awareness); 100 and up are
 * this project's, sent by the server only. A stock WebsocketProvider logs "Unable to compute
 * message" for types it has no handler for, so the browser registers handlers for 100 and 101:
 *
 *   provider.messageHandlers[MESSAGE.saved] = (_enc, dec) => onSaved(readSaved(dec));
 *
 * Clients never send 2, 100 or 101; the server closes a connection that does (CLOSE.malformed).
 */
export const MESSAGE = {
	/** y-protocols sync: step 1 (state vector), step 2 (missing updates), update. */
	sync: 0,
	/** y-protocols awareness update (presence, cursors). */
	awareness: 1,
	/** y-protocols auth (permission denied); unused: refusals are close codes. */
	auth: 2,
	/** Asks the other side for all awareness states. */
	queryAwareness: 3,
	/**
	 * "Saved": body is `varUint8Array stateVector` (Y.encodeStateVector). Everything covered by
	 * that state vector is durably stored on the server. Sent to every connection of a room after
	 * each write of the room's log, and once right after connecting.
	 */
	saved: 100,
	/** "Access": body is `varUint` 1 = read-write, 0 = read-only. Sent once, first, on connect. */
	access: 101
} as const;

/** Sub-types of MESSAGE.sync (y-protocols/sync). */
export const SYNC_STEP = { step1: 0, step2: 1, update: 2 } as const;

export type Access = 'read-write' | 'read-only';

export function encodeSaved(stateVector: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE.saved);
	encoding.writeVarUint8Array(encoder, stateVector);
	return encoding.toUint8Array(encoder);
}

/** Reads a saved message's body (the type was already read): client id → clock stored. */
export function readSaved(decoder: decoding.Decoder): Map<number, number> {
	return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

export function encodeAccess(access: Access): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE.access);
	encoding.writeVarUint(encoder, access === 'read-write' ? 1 : 0);
	return encoding.toUint8Array(encoder);
}

/** Reads an access message's body (the type was already read). */
export function readAccess(decoder: decoding.Decoder): Access {
	return decoding.readVarUint(decoder) === 1 ? 'read-write' : 'read-only';
}

/**
 * How many operations of `local` the server has not stored yet, given the last saved state
 * vector: the "N changes waiting" count. Pass only the clients whose edits this device made
 * (its own client ids) as `local` to count this device's edits alone.
 */
export function unsavedCount(local: Map<number, number>, saved: Map<number, number>): number {
	let count = 0;
	for (const [client, clock] of local) count += Math.max(0, clock - (saved.get(client) ?? 0));
	return count;
}
