/** What the PGlite worker and the tab that owns it agree on, beyond PGlite's own messages. */

/** Names the database across tabs: PGlite elects one leader per id. */
export const DATABASE_ID = 'ops-console';
export const OPFS_DATA_DIR = `opfs-ahp://${DATABASE_ID}`;
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
