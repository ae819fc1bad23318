import type { Config } from '../env';

/** The sync server's knobs, read from the validated configuration (server/env.ts). */
export interface SyncOptions {
	/** The console's public origin; browsers' `Origin` must match it (else http(s)://<Host>). */
	origin?: string;
	/** Largest inbound message; larger ones close the connection with 4413. */
	maxMessageBytes: number;
	/** A dirty room is written this long after its last change… */
	flushDebounceMs: number;
	/** …but never later than this after its first unsaved change. */
	flushMaxWaitMs: number;
	/** A room's log is compacted into one row once it has this many rows. */
	compactRows: number;
	/** A room nobody uses is written, unloaded and destroyed after this long. */
	roomIdleMs: number;
	/** Awareness changes are coalesced and relayed at most this often per room. */
	awarenessThrottleMs: number;
}

export function syncOptions(config: Config): SyncOptions {
	return {
		origin: config.ORIGIN,
		maxMessageBytes: config.SYNC_MAX_MESSAGE_BYTES,
		flushDebounceMs: config.SYNC_FLUSH_DEBOUNCE_MS,
		flushMaxWaitMs: config.SYNC_FLUSH_MAX_WAIT_MS,
		compactRows: config.SYNC_COMPACT_ROWS,
		roomIdleMs: config.SYNC_ROOM_IDLE_MS,
		awarenessThrottleMs: config.SYNC_AWARENESS_THROTTLE_MS
	};
}
