import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sectionsFor } from '../../src/lib/domain/access';
import type { Client } from '../../src/lib/domain/directory';
import { apiGet, navSections, newPage, signIn, useE2e, waitForLocalStore } from './helpers';

const e2e = useE2e();

async function withDirector(run: (page: Page) => Promise<void>, email = 'director@demo.test'): Promise<void> {
	const { context, page } = await newPage(e2e.browser, e2e.server.url);
	try {
		await signIn(page, email);
		await navSections(page);
		await run(page);
	} finally {
		await context.close();
	}
}

describe('command palette', () => {
	it('finds a client by part of its name and opens it', async () => {
		await withDirector(async (page) => {
			await waitForLocalStore(page);
			const clients = await apiGet<Client[]>(page, '/api/clients');
			const target = clients[clients.length - 1]!;
			// The clients list renders from the local store: wait for it to hold the directory.
			await page.locator('[data-testid="clients-table"] tbody a').first().waitFor();

			await page.keyboard.press('Control+k');
			const palette = page.getByTestId('command-palette');
			await palette.getByRole('combobox').waitFor();
			const query = target.name.split(/\s+/)[0]!.slice(0, 5).toLowerCase();
			await palette.getByRole('combobox').fill(query);
			const option = palette.getByRole('option', { name: new RegExp(escapeRegExp(target.name)) });
			await option.waitFor();
			// Highlight the target with the arrow keys, as a keyboard user would.
			for (let i = 0; i < 20 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
				await page.keyboard.press('ArrowDown');
			}
			expect(await option.getAttribute('aria-selected')).toBe('true');
			await page.keyboard.press('Enter');

			await page.waitForURL((url) => url.pathname === `/clients/${encodeURIComponent(target.id)}`);
			await expect(page.getByTestId('client-name').textContent()).resolves.toBe(target.name);
			expect(await palette.isVisible()).toBe(false);
		});
	});

	it('closes with Escape', async () => {
		await withDirector(async (page) => {
			await page.keyboard.press('Control+k');
			const palette = page.getByTestId('command-palette');
			await palette.getByRole('combobox').waitFor();
			await page.keyboard.press('Escape');
			await palette.waitFor({ state: 'hidden' });
		});
	});
});

describe('keyboard shortcuts', () => {
	it('? lists the shortcuts, including one per section of the role', async () => {
		await withDirector(async (page) => {
			await page.keyboard.press('?');
			const dialog = page.getByTestId('shortcuts-dialog');
			await dialog.waitFor();
			await expect(dialog.textContent()).resolves.toContain('Open the command palette');
			const listed = await dialog
				.locator('[data-shortcut-section]')
				.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-shortcut-section')));
			expect(new Set(listed)).toEqual(new Set(sectionsFor('director')));
		});
	});

	it('g then a letter jumps to that section, but not while typing', async () => {
		await withDirector(async (page) => {
			await page.keyboard.press('g');
			await page.keyboard.press('k');
			await page.waitForURL((url) => url.pathname === '/kb');

			await page.keyboard.press('g');
			await page.keyboard.press('c');
			await page.waitForURL((url) => url.pathname === '/clients');

			await page.getByTestId('table-filter').click();
			await page.keyboard.type('gk');
			await page.waitForTimeout(300);
			expect(new URL(page.url()).pathname).toBe('/clients');
		});
	});
});

describe('UI language', () => {
	it('switching to French translates the navigation and is remembered', async () => {
		await withDirector(async (page) => {
			await expect(page.locator('nav [data-section="kb"]').textContent()).resolves.toContain('Knowledge base');

			await page.getByTestId('user-menu-button').click();
			await page.getByTestId('user-menu').locator('[data-locale="fr"]').click();
			await page.locator('nav [data-section="kb"]', { hasText: 'Base de connaissances' }).waitFor();
			await expect(page.locator('nav [data-section="schedule"]').textContent()).resolves.toContain('Planning');
			expect(await page.locator('html').getAttribute('lang')).toBe('fr');

			// Saved on the account: a reload keeps French.
			await page.reload();
			await page.locator('nav [data-section="kb"]', { hasText: 'Base de connaissances' }).waitFor();
		}, 'director2@demo.test');
	});
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
