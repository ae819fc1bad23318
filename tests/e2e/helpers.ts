import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../src/lib/domain/access';
import { startServer as startBuiltServer } from '../helpers/server';

/**
 * End-to-end helpers: the real built server (`node build/server.js`, demo workspace seeded,
 * fresh data directory, free port) and Debian's Chromium driven by playwright-core.
 * Nothing here downloads a browser.
 */

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_ACCOUNTS: Readonly<Record<string, Role>> = {
	'admin@demo.test': 'admin',
	'director@demo.test': 'director',
	'director2@demo.test': 'director',
	'associate@demo.test': 'associate',
	'associate2@demo.test': 'associate',
	'hero@demo.test': 'hero'
};

export interface E2eServer {
	url: string;
	stop(): Promise<void>;
}

/** Starts `node build/server.js` with PORT=0, HOST=127.0.0.1, a fresh DATA_DIR and SEED_DEMO=1. */
export async function startServer(env: Record<string, string> = {}): Promise<E2eServer> {
	const server = await startBuiltServer({ env: { SEED_DEMO: '1', ...env } });
	return {
		url: server.url,
		stop: async () => {
			// SIGTERM, wait for exit, then remove the temporary data directory.
			await server.stop();
		}
	};
}

const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
};

export function launchBrowser(): Promise<Browser> {
	return chromium.launch(CHROMIUM);
}

/**
 * A browser on a profile directory that outlives it, as a real browser's does: cookies, the
 * service worker and its caches, OPFS. Launch it again on the same directory for a restart.
 */
export function launchProfile(profile: string, baseURL: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL, locale: 'en-US' });
}

/** One server and one browser for a whole test file: started before its tests, stopped after. */
export function useE2e(): { readonly server: E2eServer; readonly browser: Browser } {
	let server: E2eServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	return {
		get server() {
			if (!server) throw new Error('The e2e server is not running (use it inside tests)');
			return server;
		},
		get browser() {
			if (!browser) throw new Error('The e2e browser is not running (use it inside tests)');
			return browser;
		}
	};
}

/** A fresh browser profile (no cookies, no local store) speaking English. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL, locale: 'en-US' });
	const page = await context.newPage();
	return { context, page };
}

/** Fills the login form the way a person does and waits to leave the login page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto('/login');
	// The page is server-rendered; its button is enabled once it is interactive.
	await page.locator('form button[type="submit"]:not([disabled])').waitFor();
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByLabel('Password').press('Enter');
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The data-section values of the console navigation, in order. */
export async function navSections(page: Page): Promise<string[]> {
	const nav = page.locator('nav [data-section]');
	await nav.first().waitFor();
	return nav.evaluateAll((links) => links.map((link) => link.getAttribute('data-section') ?? ''));
}

/** Waits until the browser store is open (PGlite in its worker, migrated). */
export async function waitForLocalStore(page: Page): Promise<void> {
	await page.locator('[data-testid="sync-status"][data-local="ready"]').waitFor({ timeout: 45_000 });
}

/** Calls the JSON API from inside the page, with the page's session cookie. */
export function apiGet<T>(page: Page, path: string): Promise<T> {
	return page.evaluate(async (p) => {
		const response = await fetch(p, { headers: { accept: 'application/json' } });
		if (!response.ok) throw new Error(`GET ${p} answered ${response.status}`);
		return (await response.json()) as T;
	}, path);
}

/** Waits until the service worker controls the page and holds the console shell (offline start). */
export async function waitForOfflineShell(page: Page): Promise<void> {
	await page.waitForFunction(
		async () => {
			if (!navigator.serviceWorker?.controller) return false;
			for (const key of await caches.keys()) {
				if (key.startsWith('ops-console-offline-') && (await (await caches.open(key)).match('/__console-shell'))) return true;
			}
			return false;
		},
		undefined,
		{ timeout: 45_000, polling: 250 }
	);
}
