/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, version } from '$service-worker';
import { AppShell } from '$lib/offline/app-shell';

/**
 * The offline app shell: after one online visit the console starts with no network, opens its
 * local database (PGlite in a worker, on OPFS) and works from it (DESIGN.md, "Offline"). The
 * rules are in src/lib/offline/app-shell.ts; this file wires them to the worker's events.
 * Registered by src/hooks.client.ts, in production builds only.
 *
 * A new version waits until no tab runs the old one (the old tabs' lazily loaded chunks live
 * only in the old cache), unless a page posts `{ type: 'skip-waiting' }`.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const shell = new AppShell({ base, build, files, version }, sw.location.origin);

sw.addEventListener('install', (event) => event.waitUntil(shell.install()));
sw.addEventListener('activate', (event) => event.waitUntil(shell.activate(() => sw.clients.claim())));
sw.addEventListener('fetch', (event) => shell.fetch(event));
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});
