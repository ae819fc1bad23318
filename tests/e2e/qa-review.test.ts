import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, newPage, signIn, useE2e, waitForLocalStore, waitForOfflineShell } from './helpers';
import { dayFromToday, reviewerReviews } from './qa-charts-helpers';

/**
 * The associate's review queue and review screen (src/routes/(console)/qa/queue, qa/review):
 * scoring with the keyboard, the comment bound to the review's Y.Text, submitting with
 * Ctrl+Enter; and the offline path: rooms kept by the queue, five reviews completed offline,
 * a reload offline, then the server has them all once the browser is back online, and the
 * director's charts count them.
 */

const e2e = useE2e();

const openRows = (page: Page) => page.locator('[data-testid="qa-queue-row"][data-status="open"]');
/** Open reviews whose ticket transcript this device holds already. */
const keptRows = (page: Page) => page.locator('[data-testid="qa-queue-row"][data-status="open"][data-kept="true"]');

/** Opens the queue and waits until it shows at least `count` open reviews whose tickets are kept here. */
async function openQueue(page: Page, count: number): Promise<void> {
	await page.goto('/qa/queue');
	await waitForLocalStore(page);
	await expect.poll(() => keptRows(page).count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(count);
}

/**
 * On an open review screen: every category gets `1` (pass on binary, the lowest step of a
 * scale), by the keyboard only, then a comment and Ctrl+Enter.
 */
async function completeReview(page: Page, comment: string): Promise<void> {
	const categories = page.getByTestId('qa-review-category');
	await categories.first().waitFor({ timeout: 30_000 });
	const count = await categories.count();
	await categories.first().focus();
	for (let i = 0; i < count; i++) {
		await page.keyboard.press('1');
		await expect.poll(() => categories.nth(i).getAttribute('data-value')).toBe('1');
		if (i < count - 1) await page.keyboard.press('Tab');
	}
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-category'))).toBe(await categories.last().getAttribute('data-category'));
	await expect.poll(() => page.getByTestId('qa-review-score').textContent()).toMatch(/\d%/);
	await page.getByTestId('qa-review-comment').click();
	await page.getByTestId('qa-review-comment').pressSequentially(comment);
	await page.keyboard.press('Control+Enter');
	await page.getByTestId('qa-review-submitted').waitFor({ timeout: 10_000 });
	expect(await page.getByTestId('qa-review-comment').inputValue()).toBe(comment);
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const { page } = await newPage(browser, e2e.server.url);
	await page.goto('/login');
	await signIn(page, email);
	return page;
}

describe('QA review queue and review screen', () => {
	it('scores a review with the keyboard, comments and submits with Ctrl+Enter', async () => {
		const page = await signedIn(e2e.browser, 'associate@demo.test');
		try {
			await openQueue(page, 1);
			const row = openRows(page).first();
			const id = (await row.getAttribute('data-review'))!;
			const clientId = (await row.getAttribute('data-client'))!;
			await row.getByTestId('qa-queue-open').click();
			await page.waitForURL((url) => url.pathname === `/qa/review/${id}`);
			await page.getByTestId('qa-review-message').first().waitFor({ timeout: 30_000 });
			expect(await page.getByTestId('qa-review-score').textContent()).toContain('—');

			// Suggested articles come from the server (this device keeps no articles of the client);
			// flagging one for re-verification goes through the API.
			const suggestions = page.getByTestId('qa-review-suggestions');
			await expect.poll(() => suggestions.getAttribute('data-source'), { timeout: 15_000 }).toBe('server');
			const suggested = page.getByTestId('qa-review-suggestion');
			if ((await suggested.count()) > 0) {
				await suggested.first().getByRole('button', { name: 'Flag for re-verification' }).click();
				await suggested.first().getByTestId('qa-review-flagged').waitFor();
			}

			// The endpoint behind the button, on one of the client's articles: the reason is recorded.
			const articles = await apiGet<{ id: string; status: string }[]>(page, `/api/kb/articles?clientId=${clientId}`);
			const article = articles.find((a) => a.status === 'published')!;
			expect(article, 'a published article of the client').toBeDefined();
			const status = await page.evaluate(async (path) => {
				const response = await fetch(path, {
					method: 'POST',
					headers: { 'content-type': 'application/json', accept: 'application/json' },
					body: JSON.stringify({ reason: 'Cited wrongly in a QA review.' })
				});
				return response.status;
			}, `/api/kb/articles/${article.id}/reverify`);
			expect(status).toBe(200);
			const after = await apiGet<{ id: string; reverifyReason: string | null }[]>(page, `/api/kb/articles?clientId=${clientId}`);
			expect(after.find((a) => a.id === article.id)?.reverifyReason).toBe('Cited wrongly in a QA review.');

			// Submitting an empty review lists what is missing and changes nothing.
			await page.getByTestId('qa-review-submit').click();
			await page.getByTestId('qa-review-problems').waitFor();

			await completeReview(page, 'Clear answer, policy quoted.');
			const score = (await page.getByTestId('qa-review-score').locator('strong').textContent())!;

			await page.getByRole('link', { name: 'Review queue' }).click();
			const submitted = page.locator(`[data-testid="qa-queue-row"][data-review="${id}"]`);
			await expect.poll(() => submitted.getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');
			expect(await submitted.getByTestId('qa-queue-score').textContent()).toBe(score);
		} finally {
			await page.context().close();
		}
	}, 120_000);

	it('completes five reviews offline, survives an offline reload, and syncs them to the server', async () => {
		const page = await signedIn(e2e.browser, 'associate@demo.test');
		const context = page.context();
		try {
			// 1. Online: the queue keeps the QA month rooms and the open reviews' ticket days.
			await openQueue(page, 5);
			await waitForOfflineShell(page);
			const rows = keptRows(page);
			const picked: { id: string; clientId: string }[] = [];
			for (let i = 0; i < 5; i++) {
				const row = rows.nth(i);
				picked.push({ id: (await row.getAttribute('data-review'))!, clientId: (await row.getAttribute('data-client'))! });
			}

			// The director's charts before: the associate's submitted reviews in reviewer consistency.
			const me = await apiGet<{ name: string }>(page, '/api/me');
			const chartsSearch = `?from=${dayFromToday(-84)}&to=${dayFromToday(1)}`;
			const directorBefore = await signedIn(e2e.browser, 'director@demo.test');
			const chartedBefore = await reviewerReviews(directorBefore, me.name, chartsSearch);
			await directorBefore.context().close();

			// 2. Offline: each review opens with its transcript and is completed.
			await context.setOffline(true);
			for (const [index, { id }] of picked.entries()) {
				await page.locator(`[data-testid="qa-queue-row"][data-review="${id}"] [data-testid="qa-queue-open"]`).click();
				await page.waitForURL((url) => url.pathname === `/qa/review/${id}`);
				await page.getByTestId('qa-review-message').first().waitFor({ timeout: 30_000 });
				await completeReview(page, `Reviewed offline #${index + 1}.`);
				await expect.poll(() => page.getByTestId('qa-review-sync').getAttribute('data-state')).toBe('offline');
				await page.getByRole('link', { name: 'Review queue' }).click();
				await page.waitForURL('**/qa/queue');
			}

			// The queue shows them submitted (the local table, written with the room's log rows).
			for (const { id } of picked) {
				const row = page.locator(`[data-testid="qa-queue-row"][data-review="${id}"]`);
				await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');
			}

			// 3. A reload, still offline: the queue and the reviews come from this device.
			await page.reload();
			await waitForLocalStore(page);
			const scores = new Map<string, string>();
			for (const { id } of picked) {
				const row = page.locator(`[data-testid="qa-queue-row"][data-review="${id}"]`);
				await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toBe('submitted');
				scores.set(id, (await row.getByTestId('qa-queue-score').textContent())!.trim());
			}
			await page.locator(`[data-testid="qa-queue-row"][data-review="${picked[0]!.id}"] [data-testid="qa-queue-open"]`).click();
			await page.getByTestId('qa-review-submitted').waitFor({ timeout: 30_000 });
			await page.getByTestId('qa-review-message').first().waitFor({ timeout: 30_000 });
			expect(await page.getByTestId('qa-review-comment').inputValue()).toBe('Reviewed offline #1.');

			// 4. Back online: the edits reach the server, which a director reads through the API.
			await context.setOffline(false);
			const director = await signedIn(e2e.browser, 'director@demo.test');
			try {
				const today = new Date();
				const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
				const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
				const seen = async () => {
					const found = new Map<string, string>();
					for (const clientId of new Set(picked.map((p) => p.clientId))) {
						const reviews = await apiGet<{ id: string; status: string; score: number | null }[]>(
							director,
							`/api/qa/reviews?clientId=${clientId}&from=${day(-14)}&to=${day(1)}`
						);
						for (const review of reviews) {
							if (review.status === 'submitted' && review.score !== null) found.set(review.id, percent.format(review.score));
						}
					}
					return picked.map(({ id }) => found.get(id) ?? 'missing');
				};
				await expect.poll(seen, { timeout: 60_000, interval: 1_000 }).toEqual(picked.map(({ id }) => scores.get(id)));
				// 5. The director's charts include them: five more reviews for the associate.
				await expect.poll(() => reviewerReviews(director, me.name, chartsSearch), { timeout: 30_000, interval: 1_000 }).toBe(chartedBefore + 5);
			} finally {
				await director.context().close();
			}
		} finally {
			await context.close();
		}
	}, 300_000);
});
