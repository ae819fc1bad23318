/** What the PGlite worker and the tab that owns it agree on, beyond PGlite's own messages. */

/** Names the database across tabs: PGlite elects one leader per id. */
export const DATABASE_ID = 'ops-console';
/**
 * A file beside the OPFS database, written once the database has opened for the first time.
 * Without it, a database directory is the leftover of a first start that was cut short.
 */
export const OPFS_READY_MARKER = `${DATABASE_ID}.ready`;
export const IDB_DATA_DIR = `idb://${DATABASE_ID}`;

/** Posted by the worker when opening the database threw (wasm missing, storage refused…). */
export const INIT_FAILED = 'ops-console:init-failed';

export interface InitFailedMessage {
	type: typeof INIT_FAILED;
	message: string;
}

export function isInitFailed(data: unknown): data is InitFailedMessage {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === INIT_FAILED &&
		typeof (data as { message?: unknown }).message === 'string'
	);
}
