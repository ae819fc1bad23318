import type { LocalStore } from '$lib/db/types';
import { CLOSE, SCHEMA_VERSION } from '$lib/protocol/rooms';
import { storageJournal } from './journal';
import { userColor } from './presence';
import { RoomRegistry } from './registry';

export interface BrowserRegistryOptions {
	user: { id: string; name: string };
	/** A room answered 4401: the session ended. */
	onSignedOut: () => void;
	/** A room answered 4426: this tab runs an older editor schema than the server. */
	onStale: () => void;
}

export interface BrowserRegistry {
	registry: RoomRegistry;
	/** Removes the window listeners and closes every room (writing what is queued). */
	close(): Promise<void>;
}

/**
 * The tab's room registry, wired to the browser: the sync endpoint on this origin, the local
 * store, the network events (`offline` disconnects every room at once instead of waiting for
 * sockets to time out; `online` reconnects them), and a flush when the page is hidden or left,
 * so nothing queued is lost with the tab. Create once, next to the local store.
 */
export function createBrowserRegistry(store: LocalStore, options: BrowserRegistryOptions): BrowserRegistry {
	let signedOut = false;
	let stale = false;
	const registry = new RoomRegistry({
		db: store,
		url: `${location.origin.replace(/^http/, 'ws')}/sync`,
		params: { schema: String(SCHEMA_VERSION) },
		user: { ...options.user, color: userColor(options.user.id) },
		journal: localJournal(),
		onClosed: (_room, code) => {
			if (code === CLOSE.unauthenticated && !signedOut) {
				signedOut = true;
				options.onSignedOut();
			} else if (code === CLOSE.staleClient && !stale) {
				stale = true;
				options.onStale();
			}
		}
	});
	registry.setOnline(navigator.onLine);

	const onNetwork = () => registry.setOnline(navigator.onLine);
	const onHide = () => {
		if (document.visibilityState === 'hidden') void registry.flushAll();
	};
	const onPageHide = () => void registry.flushAll();
	window.addEventListener('online', onNetwork);
	window.addEventListener('offline', onNetwork);
	document.addEventListener('visibilitychange', onHide);
	window.addEventListener('pagehide', onPageHide);

	// Rooms left with unconfirmed changes by an earlier visit sync in the background.
	void store.ready.then(
		() => registry.resume().catch((error: unknown) => console.error('sync: could not resume rooms', error)),
		() => undefined
	);

	return {
		registry,
		close: async () => {
			window.removeEventListener('online', onNetwork);
			window.removeEventListener('offline', onNetwork);
			document.removeEventListener('visibilitychange', onHide);
			window.removeEventListener('pagehide', onPageHide);
			await registry.close();
		}
	};
}

/** The journal in this origin's localStorage; none where storage is refused (some private modes). */
function localJournal() {
	try {
		return storageJournal(window.localStorage, (message, error) => console.error(message, error));
	} catch {
		return null;
	}
}
