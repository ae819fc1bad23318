import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client, User } from '../../src/lib/domain/directory';
import { CLOSE } from '../../src/lib/protocol/rooms';
import { eventually, signIn as apiSignIn, TestPeer } from '../sync/helpers';
import { newPage, signIn, useE2e, waitForLocalStore, waitForOfflineShell } from './helpers';

/**
 * The sync core end to end, in Chromium against the built server: two people co-editing a
 * client's account notes (a `notes.<clientId>` room), presence, offline edits that wait and then
 * sync, the projection feeding the clients list, and refusals.
 */

const e2e = useE2e();
let clients: Client[];

beforeAll(async () => {
	const director = await apiSignIn(e2e.server.url, 'director@demo.test');
	clients = (await (await director.api.get('/api/clients')).json()) as Client[];
});

/**
 * Each test starts one or two fresh browser stores (PGlite initdb, ~5–20 s on a busy 2-core
 * machine): generous timeouts. Two contexts starting their stores at the same moment were seen
 * failing PGlite's OPFS start ("No more file handles available in the pool") under load, so the
 * tests open them one after the other.
 */
const SLOW = 180_000;

const body = (page: Page) => page.getByTestId('notes-body');
const panel = (page: Page) => page.getByTestId('notes-panel');

async function openNotes(page: Page, clientId: string): Promise<void> {
	await page.goto(`/clients/${clientId}`);
	await waitForLocalStore(page);
	await page.locator('[data-testid="notes-panel"][data-state="saved"]').waitFor({ timeout: 30_000 });
}

function waitForText(page: Page, text: string, timeout = 15_000): Promise<unknown> {
	return page.waitForFunction(
		(wanted) => (document.querySelector('[data-testid="notes-body"]') as HTMLTextAreaElement | null)?.value.includes(wanted),
		text,
		{ timeout, polling: 20 }
	);
}

/** What the server holds in a notes room, read by a fresh peer. */
async function serverText(clientId: string): Promise<string> {
	const session = await apiSignIn(e2e.server.url, 'director2@demo.test');
	const peer = new TestPeer(e2e.server.url, `notes.${clientId}`, session.cookie);
	try {
		await eventually(() => expect(peer.provider.synced).toBe(true));
		return peer.doc.getText('body').toString();
	} finally {
		peer.destroy();
	}
}

describe('client account notes', () => {
	it('two directors see each other’s edits and presence live; the list shows the projection', { timeout: SLOW }, async () => {
		const client = clients[0]!;
		const a = await newPage(e2e.browser, e2e.server.url);
		const b = await newPage(e2e.browser, e2e.server.url);
		try {
			// One store start at a time (signing in opens the console, which starts the store).
			await signIn(a.page, 'director@demo.test');
			await openNotes(a.page, client.id);
			await signIn(b.page, 'director2@demo.test');
			await openNotes(b.page, client.id);

			// Presence: each sees the other (avatar in the panel and in the top bar), not themself.
			await a.page.locator('[data-testid="notes-presence"] [data-name="Marcus Weber"]').waitFor();
			await b.page.locator('[data-testid="notes-presence"] [data-name="Claire Dubois"]').waitFor();
			expect(await a.page.locator('[data-testid="notes-presence"] [data-name="Claire Dubois"]').count()).toBe(0);
			await expect(a.page.getByTestId('sync-presence').getAttribute('title')).resolves.toContain('Marcus Weber');
			await expect(a.page.getByTestId('sync-status').textContent()).resolves.toContain('Online');

			await body(a.page).click();
			await body(a.page).pressSequentially('Escalations go to Marta.');
			await waitForText(b.page, 'Escalations go to Marta.');
			await body(b.page).press('Control+End');
			await body(b.page).pressSequentially('\nVIP since 2024.');
			await waitForText(a.page, 'Escalations go to Marta.\nVIP since 2024.');
			// Both typed into one text: neither lost anything, and the stamp names the last author.
			await expect(body(b.page).inputValue()).resolves.toBe('Escalations go to Marta.\nVIP since 2024.');
			await a.page.locator('[data-testid="notes-meta"]', { hasText: 'Marcus Weber' }).waitFor();
			// B's caret is published: A sees which line B is on.
			await expect
				.poll(() => a.page.locator('[data-testid="notes-presence"] [data-name="Marcus Weber"]').getAttribute('title'))
				.toBe('Marcus Weber, line 2');

			// Edit latency between the two contexts: a change made in A, seen in B's field.
			const samples: number[] = [];
			for (let i = 0; i < 15; i++) {
				const marker = `#${i}#`;
				const seen = b.page.evaluate(
					(wanted) =>
						new Promise<number>((resolve) => {
							const field = document.querySelector('[data-testid="notes-body"]') as HTMLTextAreaElement;
							const check = () => (field.value.includes(wanted) ? resolve(Date.now()) : setTimeout(check, 1));
							check();
						}),
					marker
				);
				const sent = await a.page.evaluate((text) => {
					const field = document.querySelector('[data-testid="notes-body"]') as HTMLTextAreaElement;
					field.setRangeText(text, field.value.length, field.value.length, 'end');
					const at = Date.now();
					field.dispatchEvent(new Event('input', { bubbles: true }));
					return at;
				}, marker);
				samples.push((await seen) - sent);
			}
			samples.sort((x, y) => x - y);
			console.info(
				`notes edit latency A→B over ${samples.length} edits: median ${samples[7]} ms, max ${samples[samples.length - 1]} ms`
			);

			await a.page.locator('[data-testid="notes-panel"][data-state="saved"]').waitFor();
			expect(await serverText(client.id)).toContain('Escalations go to Marta.\nVIP since 2024.');

			// The projection (client_note, written with the room's log) feeds the clients list live.
			await a.page.goto('/clients');
			const row = a.page.getByTestId('clients-table').locator('tr', { hasText: client.name });
			await row.getByTestId('client-note-excerpt').filter({ hasText: 'Escalations go to Marta.' }).waitFor();
		} finally {
			await a.context.close();
			await b.context.close();
		}
	});

	it('an offline edit waits, survives a reload, and syncs when the network is back', { timeout: SLOW }, async () => {
		const client = clients[1]!;
		const a = await newPage(e2e.browser, e2e.server.url);
		const b = await newPage(e2e.browser, e2e.server.url);
		try {
			// One store start at a time (signing in opens the console, which starts the store).
			await signIn(a.page, 'director@demo.test');
			await openNotes(a.page, client.id);
			await signIn(b.page, 'director2@demo.test');
			await openNotes(b.page, client.id);
			await body(b.page).click();
			await body(b.page).pressSequentially('Shared line.');
			await waitForText(a.page, 'Shared line.');

			const reloadOffline = existsSync(join(process.cwd(), 'src/service-worker.ts'));
			if (reloadOffline) {
				// The offline shell must be installed before the network goes away.
				await waitForOfflineShell(a.page);
			}

			await a.context.setOffline(true);
			await a.page.locator('[data-testid="notes-panel"][data-state="offline"]').waitFor();
			await body(a.page).press('Control+End');
			await body(a.page).pressSequentially(' Typed on a train.');
			const status = a.page.getByTestId('notes-status');
			await expect.poll(() => status.textContent()).toMatch(/Offline · changes waiting: \d+/);
			const pending = Number(await status.getAttribute('data-pending'));
			expect(pending).toBeGreaterThanOrEqual(' Typed on a train.'.length);
			await expect(a.page.getByTestId('sync-status').textContent()).resolves.toContain(`Changes waiting: ${pending}`);
			// B does not have it (nothing can reach it).
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(await body(b.page).inputValue()).toBe('Shared line.');

			let typed = 'Shared line. Typed on a train.';
			if (reloadOffline) {
				// A full reload of the client's page with no network: the doc is restored from this
				// device's PGlite, its edit still waiting.
				await a.page.reload();
				await waitForLocalStore(a.page);
				await a.page.locator('[data-testid="notes-panel"][data-state="offline"]').waitFor({ timeout: 30_000 });
				await waitForText(a.page, typed);
				// The count survives the reload: own client ids and the last "saved" are stored locally.
				await expect.poll(() => status.getAttribute('data-pending')).toBe(String(pending));

				// An edit and a reload in the same task: the write to PGlite cannot have happened
				// yet; the journal (src/lib/sync/journal.ts) holds the edit until the next page stores it.
				await a.page.evaluate(() => {
					const textarea = document.querySelector<HTMLTextAreaElement>('[data-testid="notes-body"]')!;
					textarea.value += ' Then the tab reloaded.';
					textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
					location.reload();
				});
				typed += ' Then the tab reloaded.';
				await waitForLocalStore(a.page);
				await a.page.locator('[data-testid="notes-panel"][data-state="offline"]').waitFor({ timeout: 30_000 });
				await waitForText(a.page, typed);
			}

			await a.context.setOffline(false);
			await a.page.locator('[data-testid="notes-panel"][data-state="saved"]').waitFor({ timeout: 30_000 });
			await waitForText(b.page, typed);
			expect(await serverText(client.id)).toBe(typed);
			await expect(a.page.getByTestId('sync-status').textContent()).resolves.not.toContain('Changes waiting');
		} finally {
			await a.context.close();
			await b.context.close();
		}
	});
});

describe('refusals', () => {
	it('a hero cannot open a client’s notes: 403 page, and the room refuses the socket', async () => {
		const hero = await apiSignIn(e2e.server.url, 'hero@demo.test');
		const clientId = hero.me.clientIds[0]!;
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			const response = await page.goto(`/clients/${clientId}`);
			expect(response?.status()).toBe(403);
			const code = await page.evaluate(
				(room) =>
					new Promise<number>((resolve) => {
						const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/sync/${room}`);
						socket.binaryType = 'arraybuffer';
						socket.onclose = (event) => resolve(event.code);
					}),
				`notes.${clientId}`
			);
			expect(code).toBe(CLOSE.forbidden);
		} finally {
			await context.close();
		}
	});

	it('an associate who loses the client while editing sees the notes refused', { timeout: SLOW }, async () => {
		const admin = await apiSignIn(e2e.server.url, 'admin@demo.test');
		const associate = await apiSignIn(e2e.server.url, 'associate@demo.test');
		const clientId = associate.me.clientIds[0]!;
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'associate@demo.test');
			await openNotes(page, clientId);
			const user = (await (await admin.api.get(`/api/admin/users/${associate.me.id}`)).json()) as User;
			const patch = await admin.api.patch(`/api/admin/users/${associate.me.id}`, {
				clientIds: user.clientIds.filter((id) => id !== clientId)
			});
			expect(patch.status).toBe(200);
			await panel(page).and(page.locator('[data-state="forbidden"]')).waitFor({ timeout: 15_000 });
			await expect(page.getByRole('alert').first().textContent()).resolves.toContain('You cannot open these notes.');
			// Give the assignment back for the other tests of this server.
			await admin.api.patch(`/api/admin/users/${associate.me.id}`, { clientIds: user.clientIds });
		} finally {
			await context.close();
		}
	});
});

