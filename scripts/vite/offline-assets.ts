import type { Plugin } from 'vite';

/**
 * Where the list lands in the client build, relative to its root (kit's `appDir` is `_app`).
 * Served like `_app/version.json`: not immutable, so a new build's list is always seen.
 */
export const OFFLINE_ASSETS_FILE = '_app/offline-assets.json';

/** What the service worker reads (src/service-worker.ts). */
export interface OfflineAssets {
	/** Paths relative to the site root, without a leading slash. */
	files: string[];
}

/**
 * Writes the list of every file the client build emitted under `_app/immutable/` into
 * `_app/offline-assets.json`, for the service worker to precache.
 *
 * Why: `$service-worker`'s `build` list comes from the client manifest, which knows nothing of
 * worker bundles — the PGlite worker script, its chunks and its `pglite-*.wasm`,
 * `initdb-*.wasm` and `pglite-*.data` (~16 MB raw) are missing, and without them the console
 * cannot open its local database offline.
 * Vite emits the worker's files into the client bundle in `vite:worker`'s `generateBundle`, so
 * this one runs after it (`order: 'post'`) and sees them all.
 *
 * The service worker fetches the list at install rather than importing it: kit builds the
 * service worker with its own Vite config (`configFile: false`), so plugins cannot hand it a
 * virtual module, and a generated file imported from source would not exist before the first
 * build (breaking `npm run check` on a fresh clone).
 */
export function offlineAssets(): Plugin {
	return {
		name: 'ops-console:offline-assets',
		apply: 'build',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				// Kit builds the server first, then the client; only the client's files are served.
				if (this.environment.config.build.ssr) return;
				const files = Object.keys(bundle)
					.filter((file) => file.startsWith('_app/immutable/') && !file.endsWith('.map'))
					.sort();
				const list: OfflineAssets = { files };
				this.emitFile({ type: 'asset', fileName: OFFLINE_ASSETS_FILE, source: JSON.stringify(list) });
			}
		}
	};
}
