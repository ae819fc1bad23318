import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { apiGet, newPage, signIn, useE2e } from './helpers';

const e2e = useE2e();

describe('a hero opening /admin', () => {
	it('is refused by the server on a full page load', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			const response = await page.goto('/admin');
			expect(response?.status()).toBe(403);
			// The 403 carries the console shell, which then renders the translated refusal.
			const errorPage = page.getByTestId('error-page');
			await errorPage.waitFor();
			await expect(errorPage.textContent()).resolves.toMatch(/not available for your role/i);
		} finally {
			await context.close();
		}
	});

	it('is refused by the console on a client-side navigation', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.locator('nav [data-section]').first().waitFor();
			// A link inside the app, as a bookmark or a pasted URL followed by the router would be.
			await page.evaluate(() => {
				const link = document.createElement('a');
				link.href = '/admin';
				link.textContent = 'admin';
				document.body.append(link);
				link.click();
			});
			const errorPage = page.getByTestId('error-page');
			await errorPage.waitFor();
			expect(await errorPage.getAttribute('data-status')).toBe('403');
			await expect(errorPage.textContent()).resolves.toMatch(/not available for your role/i);
			expect(await page.getByRole('link', { name: 'Go to your home page' }).isVisible()).toBe(true);
		} finally {
			await context.close();
		}
	});
});

describe('a signed-out deep link', () => {
	it('goes through sign-in and comes back to the same page and query', async () => {
		const admin = await newPage(e2e.browser, e2e.server.url);
		let client: Client;
		try {
			await signIn(admin.page, 'admin@demo.test');
			const clients = await apiGet<Client[]>(admin.page, '/api/clients');
			client = clients[0]!;
		} finally {
			await admin.context.close();
		}

		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			const deepLink = `/clients/${encodeURIComponent(client.id)}?x=1`;
			await page.goto(deepLink);
			await page.waitForURL((url) => url.pathname === '/login');
			expect(new URL(page.url()).searchParams.get('next')).toBe(deepLink);

			await signIn(page, 'director@demo.test');
			await page.waitForURL((url) => url.pathname + url.search === deepLink);
			await expect(page.getByTestId('client-name').textContent()).resolves.toBe(client.name);
		} finally {
			await context.close();
		}
	});
});

describe('sign-in lockout, in French', () => {
	it('says in French when to try again, and refuses even the right password meanwhile', async () => {
		const context = await e2e.browser.newContext({ baseURL: e2e.server.url, locale: 'fr-FR' });
		try {
			const page = await context.newPage();
			await page.goto('/login');
			expect(await page.locator('html').getAttribute('lang')).toBe('fr');
			await page.locator('form button[type="submit"]:not([disabled])').waitFor();
			const email = page.locator('input[type="email"]');
			const password = page.locator('input[type="password"]');
			const alert = page.getByRole('alert');
			await email.fill('associate2@demo.test');
			// LOGIN_RATE_LIMIT failures (10 by default) lock the account for a while.
			for (let attempt = 1; attempt <= 10; attempt++) {
				await password.fill(`wrong-${attempt}`);
				await password.press('Enter');
				await page.locator('form button[type="submit"]:not([disabled])').waitFor();
				expect(await alert.textContent()).toBe('E-mail ou mot de passe incorrect.');
			}
			await password.fill('demo-password');
			await password.press('Enter');
			await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/^Trop de tentatives, réessayez dans \d+ min\.$/);
			expect(new URL(page.url()).pathname).toBe('/login');
		} finally {
			await context.close();
		}
	});
});
