import { PGlite } from '@electric-sql/pglite';
import { OpfsAhpFS } from '@electric-sql/pglite/opfs-ahp';
import { serveAsLeader } from './leader';
import { DATABASE_ID, IDB_DATA_DIR, INIT_FAILED, OPFS_READY_MARKER } from './worker-protocol';

/**
 * The one PGlite of this origin. Every tab starts this worker, but it opens the database only in
 * the tab that wins the leader election (a Web Lock, see leader.ts); the other tabs' workers
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

/** Attempts to open a database that has opened before, and the pause before the next one. */
const REOPEN_ATTEMPTS = 6;
const REOPEN_PAUSE_MS = 250;

/**
 * Opens the OPFS database, recovering from the two ways a start can fail that are not bugs:
 *
 * - **A first start cut short** (the tab closed during initdb). PGlite's OPFS file system then
 *   finds its state file, treats the database as existing, and initdb runs out of pooled file
 *   handles: the store would fail on every visit. A database that never finished opening holds
 *   nothing of the user's (nothing is written before it opens), so it is removed and created
 *   again. The marker file says which case we are in.
 * - **A leader hand-over**: the closing tab's worker may still hold its access handles for a
 *   moment, so a database that has opened before is tried again a few times before giving up.
 *   It is never removed.
 */
async function openOpfs(): Promise<PGlite> {
	const root = await navigator.storage.getDirectory();
	const opened = await exists(root, OPFS_READY_MARKER);
	for (let attempt = 1; ; attempt++) {
		const fs = new OpfsAhpFS(DATABASE_ID);
		try {
			const pg = await PGlite.create({ fs });
			if (!opened) await root.getFileHandle(OPFS_READY_MARKER, { create: true });
			return pg;
		} catch (error) {
			await closeQuietly(fs);
			if (!opened) {
				if (attempt > 1) throw error;
				console.warn('The local database never finished its first start; creating it again', error);
				await root.removeEntry(DATABASE_ID, { recursive: true }).catch(() => undefined);
				continue;
			}
			if (attempt >= REOPEN_ATTEMPTS) throw error;
			await new Promise((resolve) => setTimeout(resolve, REOPEN_PAUSE_MS * attempt));
		}
	}
}

async function exists(directory: FileSystemDirectoryHandle, name: string): Promise<boolean> {
	try {
		await directory.getFileHandle(name);
		return true;
	} catch {
		return false;
	}
}

/** Releases the access handles of a file system whose database failed to open. */
async function closeQuietly(fs: OpfsAhpFS): Promise<void> {
	try {
		await fs.closeFs();
	} catch {
		// Handles that were never opened, or PGlite's module that never started: nothing to free.
	}
}

void serveAsLeader(async () => {
	try {
		if (await hasOpfsAccessHandles()) return await openOpfs();
		console.warn('No OPFS sync access handles here: using IndexedDB, which is much slower');
		return await PGlite.create({ dataDir: IDB_DATA_DIR });
	} catch (error) {
		// The tabs would otherwise wait forever for a database that will not open; tell ours why.
		const message = error instanceof Error ? error.message : String(error);
		postMessage({ type: INIT_FAILED, message });
		throw error;
	}
}).catch(() => undefined);
