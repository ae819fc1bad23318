import { describe, expect, it } from 'vitest';
import type { Me } from '../../src/lib/domain/directory';
import { apiGet, newPage, signIn, useE2e } from './helpers';

const e2e = useE2e();

describe('clients', () => {
	it('a director creates a client; bad input is explained first; the list shows it', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await page.getByTestId('new-client').click();
			await page.getByRole('button', { name: 'Create client' }).click();
			await page.getByText('Pick at least one language.').waitFor();

			await page.getByLabel('Name').fill('Zephyr Air');
			await page.getByLabel('English').check();
			await page.getByLabel('Time zone').selectOption('Europe/Dublin');
			await page.getByRole('button', { name: 'Create client' }).click();
			await page.waitForURL((url) => /^\/clients\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
			await expect(page.getByTestId('client-name').textContent()).resolves.toBe('Zephyr Air');

			await page.locator('nav [data-section="clients"]').click();
			await page.locator('[data-testid="clients-table"] a', { hasText: 'Zephyr Air' }).waitFor({ timeout: 45_000 });
		} finally {
			await context.close();
		}
	});

	it('an associate gets no "New client" button and is refused the form', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'associate@demo.test');
			await page.locator('[data-testid="clients-table"]').waitFor();
			expect(await page.getByTestId('new-client').count()).toBe(0);
			await page.goto('/clients/new');
			const errorPage = page.getByTestId('error-page');
			await errorPage.waitFor();
			expect(await errorPage.getAttribute('data-status')).toBe('403');
		} finally {
			await context.close();
		}
	});
});

describe('admin', () => {
	it('invites a user and shows the generated password once', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'admin@demo.test');
			await page.locator('nav [data-section="admin"]').click();
			await page.getByTestId('invite-user').click();
			await page.getByLabel('Email').fill('new.hero@example.com');
			await page.getByLabel('Name', { exact: true }).fill('New Hero');
			await page.getByRole('button', { name: 'Send invitation' }).click();
			const password = await page.getByTestId('temporary-password').textContent();
			expect(password?.trim().length).toBeGreaterThanOrEqual(10);
			await expect(page.getByTestId('invite-result').textContent()).resolves.toContain('shown only once');
		} finally {
			await context.close();
		}
	});

	it('cannot deactivate their own account from the UI', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'admin@demo.test');
			const me = await apiGet<Me>(page, '/api/me');
			await page.goto(`/admin/users/${encodeURIComponent(me.id)}`);
			const toggle = page.getByTestId('toggle-active');
			await toggle.waitFor();
			expect(await toggle.isDisabled()).toBe(true);
			await page.getByText('You cannot deactivate your own account.').waitFor();
		} finally {
			await context.close();
		}
	});
});
