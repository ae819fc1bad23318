import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';
import { IDB_DATA_DIR, INIT_FAILED, OPFS_DATA_DIR } from './worker-protocol';

/**
 * The one PGlite of this origin. Every tab starts this worker, but PGlite's `worker()` runs
 * `init` only in the tab that wins the leader election (a Web Lock); the other tabs' workers
 * stay idle and their queries are forwarded to the leader. When the leader tab closes, the next
 * tab in line takes the lock and opens the same database.
 *
 * Storage: `opfs-ahp://` (OPFS sync access handles) measured fast (6–18 ms per statement) and
 * kept every acknowledged write across reloads. `idb://` is only a fallback for browsers without
 * sync access handles: it costs 0.25–0.7 s per statement. `relaxedDurability` is never set: it
 * lost acknowledged writes in our measurements.
 */

/** Sync access handles exist only in dedicated workers, which is why we decide here. */
async function hasOpfsAccessHandles(): Promise<boolean> {
	if (typeof FileSystemFileHandle === 'undefined') return false;
	if (!('createSyncAccessHandle' in FileSystemFileHandle.prototype)) return false;
	try {
		// Present but unusable happens too (e.g. Firefox private windows reject here).
		await navigator.storage.getDirectory();
		return true;
	} catch {
		return false;
	}
}

void worker({
	async init() {
		try {
			const opfs = await hasOpfsAccessHandles();
			if (!opfs) {
				console.warn('No OPFS sync access handles here: using IndexedDB, which is much slower');
			}
			return await PGlite.create({ dataDir: opfs ? OPFS_DATA_DIR : IDB_DATA_DIR });
		} catch (error) {
			// PGlite's worker swallows init errors and the tabs wait forever; tell our tab why.
			const message = error instanceof Error ? error.message : String(error);
			postMessage({ type: INIT_FAILED, message });
			throw error;
		}
	}
});
