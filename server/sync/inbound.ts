import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MESSAGE, SYNC_STEP } from '#protocol/messages';

/** A client frame, fully read: nothing of it reaches a room before it parsed completely. */
export type Inbound =
	| { kind: 'sync-step1'; stateVector: Uint8Array }
	| { kind: 'sync-step2' | 'sync-update'; update: Uint8Array }
	| { kind: 'awareness'; update: Uint8Array }
	| { kind: 'query-awareness' };

/**
 * Reads one frame; null when it is malformed, truncated, has trailing bytes, or is of a type
 * clients do not send. Only framing and the cheap bodies are checked here; a Yjs update's
 * structs are checked by `isWellFormedUpdate` just before it is applied (not for read-only
 * connections, whose updates are dropped unread).
 */
export function readInbound(frame: Uint8Array): Inbound | null {
	try {
		const decoder = decoding.createDecoder(frame);
		const message = read(decoder);
		return message && !decoding.hasContent(decoder) ? message : null;
	} catch {
		// lib0 throws on reads past the end (truncated frames, lengths that lie).
		return null;
	}
}

function read(decoder: decoding.Decoder): Inbound | null {
	switch (decoding.readVarUint(decoder)) {
		case MESSAGE.sync:
			switch (decoding.readVarUint(decoder)) {
				case SYNC_STEP.step1: {
					const stateVector = decoding.readVarUint8Array(decoder);
					Y.decodeStateVector(stateVector);
					return { kind: 'sync-step1', stateVector };
				}
				case SYNC_STEP.step2:
					return { kind: 'sync-step2', update: decoding.readVarUint8Array(decoder) };
				case SYNC_STEP.update:
					return { kind: 'sync-update', update: decoding.readVarUint8Array(decoder) };
				default:
					return null;
			}
		case MESSAGE.awareness: {
			const update = decoding.readVarUint8Array(decoder);
			return isWellFormedAwareness(update) ? { kind: 'awareness', update } : null;
		}
		case MESSAGE.queryAwareness:
			return { kind: 'query-awareness' };
		default:
			return null;
	}
}

/** Decodes every struct and the delete set without touching any doc. */
export function isWellFormedUpdate(update: Uint8Array): boolean {
	try {
		Y.decodeUpdate(update);
		return true;
	} catch {
		return false;
	}
}

/**
 * The awareness encoding (y-protocols/awareness), read in full: y-protocols applies entries
 * one by one, so a bad entry half-way would leave a half-applied update behind.
 */
function isWellFormedAwareness(update: Uint8Array): boolean {
	try {
		const decoder = decoding.createDecoder(update);
		const count = decoding.readVarUint(decoder);
		for (let i = 0; i < count; i++) {
			decoding.readVarUint(decoder);
			decoding.readVarUint(decoder);
			JSON.parse(decoding.readVarString(decoder));
		}
		return !decoding.hasContent(decoder);
	} catch {
		return false;
	}
}
