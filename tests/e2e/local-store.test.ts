import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, type E2eServer, launchProfile, signIn, startServer, waitForLocalStore } from './helpers';

/**
 * The browser store's life across tabs and browser restarts, in a persistent profile (what a real
 * browser keeps between runs: OPFS, cookies): a first start cut short must not break the next
 * visit, and neither reloading a tab nor closing the one that runs the database may stop the
 * others.
 */

let server: E2eServer;
const profiles: string[] = [];

beforeAll(async () => {
	server = await startServer();
});

afterAll(async () => {
	await server?.stop();
	for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

function newProfile(): string {
	const profile = mkdtempSync(join(tmpdir(), 'ops-console-profile-'));
	profiles.push(profile);
	return profile;
}

function launch(profile: string): Promise<BrowserContext> {
	return launchProfile(profile, server.url);
}

const firstPage = async (context: BrowserContext) => context.pages()[0] ?? (await context.newPage());
const localState = (page: Page) => page.getByTestId('sync-status').getAttribute('data-local');

async function clientCount(page: Page): Promise<number> {
	const rows = page.getByTestId('clients-table').locator('tbody tr');
	await rows.first().waitFor({ timeout: 45_000 });
	return rows.count();
}

/** The first tab of a fresh profile, signed in, its store open: it runs the database. */
async function leaderTab(context: BrowserContext): Promise<{ leader: Page; client: { id: string; name: string } }> {
	const leader = await firstPage(context);
	await signIn(leader, 'director@demo.test');
	await leader.goto('/clients');
	await waitForLocalStore(leader);
	const [client] = await apiGet<{ id: string; name: string }[]>(leader, '/api/clients');
	return { leader, client: client! };
}

const SLOW = 180_000;

describe('browser store', () => {
	it(
		'recovers from a first start cut short: the next visit creates the database again',
		async () => {
			const profile = newProfile();
			let context = await launch(profile);
			try {
				const page = await firstPage(context);
				await signIn(page, 'director@demo.test');
				const worker = page.waitForEvent('worker', { timeout: 30_000 });
				await page.goto('/clients');
				await worker;
				// initdb takes seconds; close the browser in the middle of it.
				await page.waitForTimeout(700);
				expect(await localState(page)).not.toBe('ready');
			} finally {
				await context.close();
			}

			context = await launch(profile);
			try {
				const page = await firstPage(context);
				const warnings: string[] = [];
				page.on('console', (message) => warnings.push(message.text()));
				await page.goto('/clients');
				await waitForLocalStore(page);
				expect(warnings.some((text) => text.includes('never finished its first start'))).toBe(true);
				// Recreated from the initialised data directory the build ships, not by initdb here.
				expect(warnings.filter((text) => text.includes('creating it here'))).toEqual([]);
				const expected = (await apiGet<unknown[]>(page, '/api/clients')).length;
				await expect.poll(() => clientCount(page), { timeout: 30_000 }).toBe(expected);
			} finally {
				await context.close();
			}

			// A database that has opened once is never recreated: the third visit just opens it.
			context = await launch(profile);
			try {
				const page = await firstPage(context);
				const warnings: string[] = [];
				page.on('console', (message) => warnings.push(message.text()));
				await page.goto('/clients');
				await waitForLocalStore(page);
				expect(await clientCount(page)).toBeGreaterThan(0);
				expect(warnings.filter((text) => text.includes('never finished'))).toEqual([]);
			} finally {
				await context.close();
			}
		},
		SLOW
	);

	it(
		'a tab that reloads while another runs the database starts again, online and offline; the other keeps working',
		async () => {
			const context = await launch(newProfile());
			try {
				const { leader, client } = await leaderTab(context);

				const other = await context.newPage();
				await other.goto('/clients');
				await waitForLocalStore(other);
				// Reloaded while its list queries are running on the leader: a closed tab's locks
				// must come back to the leader (PGlite's own worker kept one forever).
				for (let round = 0; round < 3; round++) {
					await other.reload();
					await waitForLocalStore(other);
					expect(await clientCount(other)).toBeGreaterThan(0);
				}
				await context.setOffline(true);
				await other.reload();
				await waitForLocalStore(other);
				expect(await clientCount(other)).toBeGreaterThan(0);

				// The leader's own queries still run: a client page renders from the local store.
				await leader.locator(`a[href$="/clients/${client.id}"]`).first().click();
				await expect.poll(() => leader.getByTestId('client-name').textContent(), { timeout: 30_000 }).toBe(client.name);
			} finally {
				await context.close();
			}
		},
		SLOW
	);

	it(
		'closing the tab that runs the database leaves the other tab working: edits, live lists, reload',
		async () => {
			const context = await launch(newProfile());
			try {
				const { leader, client } = await leaderTab(context);

				const other = await context.newPage();
				await other.goto(`/clients/${client.id}`);
				await waitForLocalStore(other);
				await other.locator('[data-testid="notes-panel"][data-state="saved"]').waitFor({ timeout: 30_000 });

				await leader.close();
				const notes = other.getByTestId('notes-body');
				await notes.click();
				await notes.press('Control+End');
				await notes.pressSequentially(' Written after the other tab closed.');
				// "Saved": the server has the edit.
				await other.locator('[data-testid="notes-panel"][data-state="saved"]').waitFor({ timeout: 45_000 });
				expect(await localState(other)).toBe('ready');
				// The write reached this tab's database (the new leader, which may still be starting:
				// "saved" is the server's word): the clients list, a live query re-opened on the new
				// leader, shows the note projected in the same transaction as the log row.
				await other.locator('nav [data-section="clients"]').click();
				await other.waitForURL('**/clients');
				expect(await clientCount(other)).toBeGreaterThan(0);
				await other
					.locator(`[data-testid="clients-table"] tr:has(a[href$="/clients/${client.id}"]) [data-testid="client-note-excerpt"]`)
					.getByText('Written after the other tab closed.')
					.waitFor({ timeout: 45_000 });

				// And the edit is in the local store: offline, a reload restores it from there.
				await context.setOffline(true);
				await other.goto(`/clients/${client.id}`);
				await waitForLocalStore(other);
				await expect
					.poll(() => notes.inputValue(), { timeout: 30_000 })
					.toContain('Written after the other tab closed.');
			} finally {
				await context.close();
			}
		},
		SLOW
	);
});
