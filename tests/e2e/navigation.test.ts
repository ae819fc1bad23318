import { describe, expect, it } from 'vitest';
import { homePath, sectionsFor } from '../../src/lib/domain/access';
import { DEMO_ACCOUNTS, navSections, newPage, signIn, useE2e } from './helpers';

const e2e = useE2e();

describe('each demo role signs in and sees exactly its sections', () => {
	for (const [email, role] of Object.entries(DEMO_ACCOUNTS)) {
		it(`${email} (${role})`, async () => {
			const { context, page } = await newPage(e2e.browser, e2e.server.url);
			try {
				await page.goto('/login');
				await page.getByRole('heading', { name: 'Ops Console' }).waitFor();
				await signIn(page, email);

				expect(new URL(page.url()).pathname).toBe(homePath(role));
				expect(new Set(await navSections(page))).toEqual(new Set(sectionsFor(role)));
				expect(await page.getByTestId('user-role').textContent()).toBeTruthy();
			} finally {
				await context.close();
			}
		});
	}
});

describe('sign-in errors', () => {
	it('says when the email or password is wrong, and stays on the page', async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await page.goto('/login');
			await page.getByLabel('Email').fill('director@demo.test');
			await page.getByLabel('Password').fill('not-the-password');
			await page.getByRole('button', { name: 'Sign in' }).click();
			await expect(page.getByTestId('login-error').textContent()).resolves.toBe('Wrong email or password.');
			expect(new URL(page.url()).pathname).toBe('/login');
		} finally {
			await context.close();
		}
	});
});
