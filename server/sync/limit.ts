import { CLOSE } from '#protocol/rooms';

/**
 * Size limits. We check the message limit ourselves so the client gets the contract's 4413.
 * ws must still cap what it buffers, or one client could make us hold any amount of memory: its
 * `maxPayload` is set to a multiple of the limit, so messages between the two get 4413 and only
 * absurd ones (over 4 × the limit) get ws's own 1009 before we see them.
 */
export const HARD_LIMIT_FACTOR = 4;

export function hardFrameLimit(maxMessageBytes: number): number {
	return maxMessageBytes * HARD_LIMIT_FACTOR;
}

/** The close code for a frame that may not be processed at all, or null when it may. */
export function frameRefusal(frame: Uint8Array, isBinary: boolean, maxMessageBytes: number): number | null {
	if (frame.byteLength > maxMessageBytes) return CLOSE.tooLarge;
	if (!isBinary) return CLOSE.unsupportedData;
	return null;
}
