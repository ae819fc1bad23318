import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, type E2eServer, launchProfile, signIn, startServer, waitForLocalStore } from './helpers';

/**
 * The offline app shell (src/service-worker.ts): after one online visit the console starts with
 * no network, renders from the browser store, navigates, and does so again after the browser
 * restarts. A persistent profile (a user data directory that outlives the browser) is what a
 * real browser restart keeps: the service worker, its caches, OPFS and localStorage.
 */

let server: E2eServer | undefined;
let profile: string;

beforeAll(async () => {
	server = await startServer();
	profile = mkdtempSync(join(tmpdir(), 'ops-console-profile-'));
});

afterAll(async () => {
	await server?.stop();
	rmSync(profile, { recursive: true, force: true });
});

function launch(baseURL: string): Promise<BrowserContext> {
	return launchProfile(profile, baseURL);
}

const firstPage = (context: BrowserContext) => context.pages()[0] ?? context.newPage();

/**
 * Waits until the service worker controls the page and holds the console shell, then returns
 * the build's offline asset list and those of its files missing from the worker's cache.
 */
async function waitForOfflineCopy(page: Page): Promise<{ listed: string[]; missing: string[] }> {
	await page.waitForFunction(
		async () => {
			if (!navigator.serviceWorker.controller) return false;
			for (const key of await caches.keys()) {
				if (key.startsWith('ops-console-offline-') && (await (await caches.open(key)).match('/__console-shell'))) return true;
			}
			return false;
		},
		undefined,
		{ timeout: 45_000, polling: 250 }
	);
	return page.evaluate(async () => {
		const { files } = (await (await fetch('/_app/offline-assets.json')).json()) as { files: string[] };
		const key = (await caches.keys()).find((k) => k.startsWith('ops-console-offline-'))!;
		const cache = await caches.open(key);
		const missing: string[] = [];
		for (const file of files) if (!(await cache.match(`/${file}`))) missing.push(file);
		return { listed: files, missing };
	});
}

/**
 * Empties the browser's HTTP cache: immutable assets would otherwise load offline from it, and
 * the test would not show that the service worker alone can start the console.
 */
async function clearHttpCache(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
}

/** The names in the clients table, once it shows at least one row. */
async function clientNames(page: Page): Promise<string[]> {
	const rows = page.getByTestId('clients-table').locator('tbody tr a');
	await rows.first().waitFor({ timeout: 45_000 });
	return rows.allTextContents();
}

describe('offline app shell', () => {
	it('starts, renders local data and navigates with no network, also after a browser restart', async () => {
		const url = server!.url;
		let expected: string[];

		// 1. One online visit: sign in, open the clients list (fills the browser store).
		let context = await launch(url);
		try {
			const page = await firstPage(context);
			await page.goto('/login');
			await signIn(page, 'director@demo.test');
			await page.goto('/clients');
			await waitForLocalStore(page);
			const fromApi = await apiGet<{ id: string; name: string }[]>(page, '/api/clients');
			expected = fromApi.map((client) => client.name).sort();
			const first = fromApi[0]!;
			await expect.poll(async () => (await clientNames(page)).sort(), { timeout: 30_000 }).toEqual(expected);
			const { listed, missing } = await waitForOfflineCopy(page);
			// The PGlite worker and its assets, which $service-worker's lists omit, are precached.
			for (const pattern of [/workers\/pglite\.worker-.*\.js$/, /pglite-.*\.wasm$/, /initdb-.*\.wasm$/, /pglite-.*\.data$/]) {
				expect(listed.some((file) => pattern.test(file)), String(pattern)).toBe(true);
			}
			expect(missing).toEqual([]);

			// 2. Offline: a reload starts the console from the service worker and the local store.
			await clearHttpCache(page);
			await context.setOffline(true);
			await page.reload();
			await waitForLocalStore(page);
			expect((await clientNames(page)).sort()).toEqual(expected);
			await page.getByText('You are offline.').waitFor();

			// A console URL this browser never loaded, by a full navigation: the same shell.
			await page.goto('/schedule');
			await page.locator('nav [data-section="schedule"][aria-current="page"]').waitFor();
			// A deep console URL, also never loaded: the shell's asset URLs must not be relative.
			await page.goto(`/clients/${first.id}`);
			await waitForLocalStore(page);
			await expect.poll(() => page.getByTestId('client-name').textContent(), { timeout: 30_000 }).toBe(first.name);
			// And a client-side navigation back to the list.
			await page.locator('nav [data-section="clients"]').click();
			await page.waitForURL('**/clients');
			expect((await clientNames(page)).sort()).toEqual(expected);
		} finally {
			await context.close();
		}

		// 3. Nothing to talk to: the server is gone, and the browser restarts offline.
		await server!.stop();
		server = undefined;
		context = await launch(url);
		try {
			await context.setOffline(true);
			const page = await firstPage(context);
			await clearHttpCache(page);
			const started = performance.now();
			await page.goto('/clients');
			await waitForLocalStore(page);
			expect((await clientNames(page)).sort()).toEqual(expected);
			console.log(`offline start after a browser restart: clients listed in ${Math.round(performance.now() - started)} ms`);
			await page.getByText('You are offline.').waitFor();
		} finally {
			await context.close();
		}
	});
});
