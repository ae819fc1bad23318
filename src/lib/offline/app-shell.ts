/**
 * The offline app shell's caching rules, used by src/service-worker.ts (which only wires them
 * to the worker's events). They live here because SvelteKit keeps the service worker file out
 * of the project's type check (its WebWorker typings clash with the DOM's); this module needs
 * only what both share, so `npm run check` and the type-aware lint rules cover it.
 *
 * - Install precaches, all or nothing: kit's `build` and `files` lists, and the files they omit —
 *   the PGlite worker, its chunks, `pglite-*.wasm`, `initdb-*.wasm`, `pglite-*.data` — listed at
 *   build time in `_app/offline-assets.json` (scripts/vite/offline-assets.ts).
 * - Navigations are network-first. The console's pages are `ssr = false`, so every one of them
 *   is the same HTML shell, and one stored copy answers any console URL offline (query strings
 *   do not matter). A network that hangs (train, hotel Wi-Fi) gets the shell after a few seconds.
 * - `/api/*` is never intercepted or stored: answers carry one user's data, and the console
 *   starts offline without them (src/lib/ui/me.ts keeps the last `GET /api/me` in localStorage
 *   and tells the layout it is offline, which a cached answer would hide).
 * - Everything else of ours is cache-first; content-hashed `/_app/immutable/*` files fetched
 *   later are added. Caches are per build (`version`); older ones go on activate.
 */

/** What `$service-worker` provides. */
export interface BuildInfo {
	base: string;
	build: string[];
	files: string[];
	version: string;
}

/** The parts of a service worker's FetchEvent used here (its type is WebWorker-only). */
export interface FetchEventLike {
	readonly request: Request;
	respondWith(response: Promise<Response>): void;
	waitUntil(promise: Promise<unknown>): void;
}

export const CACHE_PREFIX = 'ops-console-offline-';
/** Where the console shell is kept in the cache: a path nobody requests. */
export const SHELL_PATH = '/__console-shell';
/** Written by scripts/vite/offline-assets.ts (OFFLINE_ASSETS_FILE). */
const OFFLINE_ASSETS = '/_app/offline-assets.json';
/** Pages the server renders itself (hooks.server.ts PUBLIC_PAGES): not the console shell. */
const PUBLIC_PAGES = ['/login'];
/** A navigation that has not answered by then is served the stored shell, if there is one. */
const NAVIGATION_TIMEOUT_MS = 4000;

export class AppShell {
	private readonly cacheName: string;
	private readonly shellKey: string;
	private readonly assetList: string;
	private readonly publicPages: Set<string>;
	private shellCheck: Promise<void> | null = null;

	constructor(
		private readonly info: BuildInfo,
		private readonly origin: string
	) {
		this.cacheName = `${CACHE_PREFIX}${info.version}`;
		this.shellKey = `${info.base}${SHELL_PATH}`;
		this.assetList = `${info.base}${OFFLINE_ASSETS}`;
		this.publicPages = new Set(PUBLIC_PAGES.map((path) => `${info.base}${path}`));
	}

	/** Install: everything the console needs to start offline, or the install fails. */
	async install(): Promise<void> {
		const response = await fetch(this.assetList, { cache: 'no-cache' });
		if (!response.ok) throw new Error(`${this.assetList} answered ${response.status}`);
		const { files: workerFiles } = (await response.json()) as { files: string[] };
		const { base, build, files } = this.info;
		const urls = new Set([...build, ...files, ...workerFiles.map((file) => `${base}/${file}`)]);
		const cache = await this.cache();
		await cache.addAll([...urls]);
		// Signed in already (an update of the worker): store this version's shell now.
		await this.storeShell(cache);
	}

	/** Activate: drop other versions' caches; `claim` takes the open pages. */
	async activate(claim: () => Promise<void>): Promise<void> {
		for (const key of await caches.keys()) {
			if (key.startsWith(CACHE_PREFIX) && key !== this.cacheName) await caches.delete(key);
		}
		// The first install takes the open pages at once, so they work offline from now on.
		await claim();
		// A tab may have signed in while we were installing.
		await this.ensureShell();
	}

	/** The fetch event: answers it, or leaves it to the network. */
	fetch(event: FetchEventLike): void {
		const { request } = event;
		if (request.method !== 'GET') return;
		const url = new URL(request.url);
		if (url.origin !== this.origin) return;
		if (request.mode === 'navigate') return event.respondWith(this.navigate(event));
		const { base } = this.info;
		if (url.pathname.startsWith(`${base}/api/`)) {
			// A signed-in console asks who it is on every navigation: a good moment to make sure
			// the shell is stored (after signing in, the first console page is usually reached by
			// a client-side redirect, which the worker never sees as a navigation).
			if (url.pathname === `${base}/api/me`) event.waitUntil(this.ensureShell());
			return;
		}
		// Kit's update check and our list must come from the server.
		if (url.pathname === `${base}/_app/version.json` || url.pathname === this.assetList) return;
		event.respondWith(this.cacheFirst(event));
	}

	private async navigate(event: FetchEventLike): Promise<Response> {
		const network = fetch(event.request).then((response) => {
			if (this.isConsoleShell(response)) {
				event.waitUntil(this.cache().then((cache) => this.keepShell(cache, response.clone())));
			}
			return response;
		});
		network.catch(() => undefined);
		const slow = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS)).then(() => this.storedShell());
		try {
			// The network's answer, or the stored shell once the network is too slow…
			const first = await Promise.race([network, slow]);
			// …or, with no shell stored yet, the network's answer however long it takes.
			return first ?? (await network);
		} catch {
			return (await this.storedShell()) ?? notOfflineYet();
		}
	}

	private async cacheFirst(event: FetchEventLike): Promise<Response> {
		const cache = await this.cache();
		const hit = await cache.match(event.request);
		if (hit) return hit;
		const response = await fetch(event.request);
		const immutable = new URL(event.request.url).pathname.startsWith(`${this.info.base}/_app/immutable/`);
		if (immutable && response.ok && response.type === 'basic') {
			event.waitUntil(cache.put(event.request, response.clone()));
		}
		return response;
	}

	/** Stores the shell unless this version has it already; one check at a time; never rejects. */
	private ensureShell(): Promise<void> {
		this.shellCheck ??= (async () => {
			const cache = await this.cache();
			if (!(await cache.match(this.shellKey))) await this.storeShell(cache);
		})()
			.catch(() => undefined)
			.finally(() => (this.shellCheck = null));
		return this.shellCheck;
	}

	/**
	 * Fetches the console shell with the user's cookie: `/` redirects a signed-in user to their
	 * home section (the shell) and anyone else to the sign-in page (not the shell: nothing kept).
	 */
	private async storeShell(cache: Cache): Promise<void> {
		try {
			const response = await fetch(`${this.info.base}/`, { credentials: 'same-origin', cache: 'no-store' });
			if (this.isConsoleShell(response)) await this.keepShell(cache, response);
		} catch {
			// Offline, or the server is away: the next signed-in navigation stores it.
		}
	}

	private isConsoleShell(response: Response): boolean {
		if (response.status !== 200 || response.type !== 'basic') return false;
		if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return false;
		return !this.publicPages.has(new URL(response.url).pathname);
	}

	/**
	 * Keeps a fresh response with the shell's body: a redirected response may not answer a
	 * navigation, and the original's content-encoding would describe bytes we no longer hold.
	 */
	private async keepShell(cache: Cache, response: Response): Promise<void> {
		const body = await response.blob();
		const headers = { 'content-type': response.headers.get('content-type') ?? 'text/html' };
		await cache.put(this.shellKey, new Response(body, { status: 200, headers }));
	}

	private async storedShell(): Promise<Response | undefined> {
		return (await this.cache()).match(this.shellKey);
	}

	private cache(): Promise<Cache> {
		return caches.open(this.cacheName);
	}
}

/** Offline before the console was ever opened signed in on this device. */
function notOfflineYet(): Response {
	const html = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title>
<body style="font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>You are offline</h1><p>This device has no copy of the console yet. Connect once and sign in; after that the console opens without a network.</p>`;
	return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
