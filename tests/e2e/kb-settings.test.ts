import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import type { KbArticle } from '../../src/lib/domain/kb';
import { signIn as apiSignIn, type Session } from '../sync/helpers';
import { newPage, signIn, useE2e, waitForLocalStore } from './helpers';

/**
 * An article's settings panel end to end: the category is a live change of the draft room, the
 * verification interval is saved through the API; both are there again after a reload.
 */

const e2e = useE2e();
let client: Client;
let director: Session;

beforeAll(async () => {
	director = await apiSignIn(e2e.server.url, 'director@demo.test');
	client = ((await (await director.api.get('/api/clients')).json()) as Client[])[0]!;
});

const SLOW = 180_000;

async function openArticle(page: Page, articleId: string): Promise<void> {
	await page.goto(`/kb/${client.id}/${articleId}`);
	await waitForLocalStore(page);
	await page.locator('[data-testid="article-editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
	await page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
	await page.getByTestId('article-settings').locator('summary').click();
}

async function rowOf(articleId: string): Promise<KbArticle | undefined> {
	const response = await director.api.get(`/api/kb/articles?clientId=${client.id}`);
	return ((await response.json()) as KbArticle[]).find((a) => a.id === articleId);
}

describe('article settings', () => {
	it('a director sets the category and the verification interval; both survive a reload', { timeout: SLOW }, async () => {
		const created = await director.api.post('/api/kb/articles', { clientId: client.id, title: 'Chargebacks', language: client.languages[0] });
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: string };
		expect((await rowOf(id))?.verifyIntervalDays).toBe(90);

		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await openArticle(page, id);
			const settings = page.getByTestId('article-settings');
			// The owner choices arrive when the panel opens: both demo directors at least.
			await expect.poll(() => settings.getByTestId('article-owner').locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);

			await settings.getByLabel('Category').fill('Payments');
			await settings.getByLabel('Category').press('Tab');
			await settings.getByLabel('Verify every (days)').fill('30');
			await settings.getByTestId('article-settings-save').click();
			await page.getByText('Owner and verification interval saved.').waitFor();
			await expect.poll(async () => (await rowOf(id))?.verifyIntervalDays).toBe(30);
			await expect.poll(() => page.getByTestId('trust-bar').textContent()).toContain('every 30 days');
			// The category went through the draft room: stored by the server before the reload.
			await page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });

			await page.reload();
			await openArticle(page, id);
			expect(await settings.getByTestId('article-interval').inputValue()).toBe('30');
			await expect.poll(() => settings.getByTestId('article-category').inputValue(), { timeout: 15_000 }).toBe('Payments');
		} finally {
			await context.close();
		}
	});
});
