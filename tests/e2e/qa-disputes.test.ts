import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IqsGroup } from '../../src/lib/domain/qa/scoring';
import type { Scorecard } from '../../src/lib/domain/qa/scorecard';
import { scaleRange } from '../../src/lib/domain/qa/scorecard';
import type { QaReview } from '../../server/services/qa';
import type { DisputeView } from '../../server/services/qa-disputes';
import { signIn as apiSignIn, type Session } from '../sync/helpers';
import { newPage, signIn, useE2e } from './helpers';

/**
 * Disputes in Chromium over the demo workspace: the hero disputes a category on "My QA
 * results", the client's associate accepts it on "Disputes" with a new value, the hero's IQS
 * (read from the API) changes and the hero's page shows the dispute accepted. And the wall: the
 * hero's page and API list only the hero's reviews, and another hero's review does not open.
 */

const e2e = useE2e();
const DAY_MS = 86_400_000;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const PERIOD = `from=${day(Date.now() - 90 * DAY_MS)}&to=${day(Date.now() + DAY_MS)}`;

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const { page } = await newPage(browser, e2e.server.url);
	await page.goto('/login');
	await signIn(page, email);
	return page;
}

async function get<T>(session: Session, path: string): Promise<T> {
	const response = await session.api.get(path);
	expect(response.status, path).toBe(200);
	return (await response.json()) as T;
}

const heroIqs = async (session: Session, clientId: string, heroId: string) =>
	(await get<IqsGroup[]>(session, `/api/qa/iqs?clientId=${clientId}&groupBy=hero`)).find((g) => g.key === heroId)?.iqs;

/** A category of one of the hero's reviews that an accept at the scale's top will raise the score of. */
async function pickDisputable(hero: Session, clientIds: readonly string[]) {
	for (const clientId of clientIds) {
		const versions = await get<Scorecard[]>(hero, `/api/qa/scorecards/versions?clientId=${clientId}`);
		for (const review of (await get<QaReview[]>(hero, `/api/qa/reviews?clientId=${clientId}&${PERIOD}`)).reverse()) {
			if (review.criticalFailed || review.score === null) continue;
			const scorecard = versions.find((v) => v.id === review.scorecardId && v.version === review.scorecardVersion);
			for (const answer of review.categories) {
				const category = scorecard?.categories.find((c) => c.id === answer.categoryId);
				if (!category || category.bonus || answer.value === 'na') continue;
				const { max } = scaleRange(category.scale);
				if (answer.value < max) return { clientId, review, categoryId: category.id, newValue: max };
			}
		}
	}
	throw new Error('The demo hero has no review with a category below its top value');
}

describe('QA disputes', () => {
	it('a hero disputes a category, the associate accepts a new value, the IQS changes', async () => {
		const hero = await apiSignIn(e2e.server.url, 'hero@demo.test');
		const director = await apiSignIn(e2e.server.url, 'director@demo.test');
		const picked = await pickDisputable(hero, hero.me.clientIds);
		const associateEmail = (await apiSignIn(e2e.server.url, 'associate@demo.test')).me.clientIds.includes(picked.clientId) ? 'associate@demo.test' : 'associate2@demo.test';
		const iqsBefore = await heroIqs(director, picked.clientId, hero.me.id);
		expect(iqsBefore).toBeTypeOf('number');

		const heroPage = await signedIn(e2e.browser, 'hero@demo.test');
		try {
			await heroPage.goto('/qa');
			await heroPage.getByTestId('qa-home-results').click();
			await heroPage.waitForURL((url) => url.pathname === '/qa/results');
			const row = heroPage.locator(`[data-testid="qa-result"][data-review="${picked.review.id}"] [data-testid="qa-result-category"][data-category="${picked.categoryId}"]`);
			await row.waitFor({ timeout: 30_000 });
			expect(await row.getAttribute('data-dispute')).toBe('');
			await row.getByTestId('qa-result-dispute').click();
			const dialog = heroPage.getByTestId('qa-dispute-dialog');
			// An empty comment cannot be sent.
			expect(await dialog.getByTestId('qa-dispute-dialog-submit').isDisabled()).toBe(true);
			await dialog.getByTestId('qa-dispute-dialog-text').fill('The customer confirmed the answer solved it.');
			await dialog.getByTestId('qa-dispute-dialog-submit').click();
			await expect.poll(() => row.getAttribute('data-dispute'), { timeout: 15_000 }).toBe('open');
			expect(await row.getByTestId('qa-result-dispute').count()).toBe(0);
		} finally {
			await heroPage.context().close();
		}
		const dispute = (await get<DisputeView[]>(hero, `/api/qa/disputes?clientId=${picked.clientId}&status=open`)).find((d) => d.reviewId === picked.review.id)!;
		expect(dispute).toMatchObject({ categoryId: picked.categoryId, comment: 'The customer confirmed the answer solved it.', heroId: hero.me.id });

		const associatePage = await signedIn(e2e.browser, associateEmail);
		try {
			await associatePage.goto('/qa');
			await associatePage.getByTestId('qa-home-disputes').click();
			await associatePage.waitForURL((url) => url.pathname === '/qa/disputes');
			await associatePage.getByTestId('qa-dispute-client').selectOption(picked.clientId);
			const card = associatePage.locator(`[data-testid="qa-dispute"][data-id="${dispute.id}"]`);
			await card.waitFor({ timeout: 30_000 });
			expect(await card.getAttribute('data-status')).toBe('open');
			expect(await card.textContent()).toContain('The customer confirmed the answer solved it.');
			await card.getByTestId('qa-dispute-accept').click();
			const dialog = associatePage.getByTestId('qa-accept-dialog');
			await dialog.getByTestId('qa-accept-dialog-value').selectOption(String(picked.newValue));
			await dialog.getByTestId('qa-accept-dialog-text').fill('Agreed after listening again.');
			await dialog.getByTestId('qa-accept-dialog-submit').click();
			await expect.poll(() => card.getAttribute('data-status'), { timeout: 15_000 }).toBe('accepted');
		} finally {
			await associatePage.context().close();
		}

		const iqsAfter = await heroIqs(director, picked.clientId, hero.me.id);
		expect(iqsAfter).toBeGreaterThan(iqsBefore!);
		const rescored = (await get<QaReview[]>(hero, `/api/qa/reviews?clientId=${picked.clientId}&${PERIOD}`)).find((r) => r.id === picked.review.id)!;
		expect(rescored.score).toBeGreaterThan(picked.review.score!);

		const again = await signedIn(e2e.browser, 'hero@demo.test');
		try {
			await again.goto('/qa/results');
			const row = again.locator(`[data-testid="qa-result"][data-review="${picked.review.id}"] [data-testid="qa-result-category"][data-category="${picked.categoryId}"]`);
			await row.waitFor({ timeout: 30_000 });
			expect(await row.getAttribute('data-dispute')).toBe('accepted');
			expect(await row.getAttribute('data-value')).toBe(String(picked.newValue));
			expect(await row.getByTestId('qa-result-dispute-status').textContent()).toBe('Accepted');
			// The review is named by its ticket's subject.
			expect(rescored.ticketSubject).toBeTruthy();
			expect(await again.locator(`[data-testid="qa-result"][data-review="${picked.review.id}"] h2`).textContent()).toBe(rescored.ticketSubject);
		} finally {
			await again.context().close();
		}
	}, 180_000);

	it("a hero sees only their own reviews, and another hero's review does not open", async () => {
		const hero = await apiSignIn(e2e.server.url, 'hero@demo.test');
		const director = await apiSignIn(e2e.server.url, 'director@demo.test');
		const all = (await Promise.all(hero.me.clientIds.map((id) => get<QaReview[]>(director, `/api/qa/reviews?clientId=${id}&${PERIOD}`)))).flat();
		const others = all.filter((r) => r.heroId !== hero.me.id);
		const own = all.filter((r) => r.heroId === hero.me.id);
		expect(others.length, "the director's view holds other heroes' reviews").toBeGreaterThan(0);
		expect(own.length).toBeGreaterThan(0);
		const fromApi = (await Promise.all(hero.me.clientIds.map((id) => get<QaReview[]>(hero, `/api/qa/reviews?clientId=${id}&${PERIOD}`)))).flat();
		expect(fromApi.map((r) => r.id).sort()).toEqual(own.map((r) => r.id).sort());

		const page = await signedIn(e2e.browser, 'hero@demo.test');
		try {
			await page.goto('/qa/results');
			const listed = page.getByTestId('qa-result');
			await listed.first().waitFor({ timeout: 30_000 });
			const shown = await listed.evaluateAll((items) => items.map((item) => [item.getAttribute('data-review'), item.getAttribute('data-hero')]));
			expect(shown.every(([, heroId]) => heroId === hero.me.id)).toBe(true);
			expect(shown.map(([id]) => id).sort()).toEqual(own.map((r) => r.id).sort());

			// Its month room: the month of its assignment in the client's zone (the sampling's rule).
			const foreign = others[0]!;
			const zone = (await get<{ id: string; timeZone: string }[]>(director, '/api/clients')).find((c) => c.id === foreign.clientId)!.timeZone;
			const month = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' }).format(new Date(foreign.assignedAt));
			await page.goto(`/qa/review/${foreign.id}?client=${foreign.clientId}&month=${month}`);
			await expect.poll(() => page.getByTestId('qa-review-sync').getAttribute('data-state'), { timeout: 30_000 }).toBe('forbidden');
			expect(await page.getByTestId('qa-review-form').count()).toBe(0);
			expect(await page.getByTestId('qa-review-category').count()).toBe(0);
			// Nothing of the review reaches the page: not its ticket's subject, not its hero.
			expect((await page.getByTestId('qa-review-subject').textContent())?.trim()).toBe('Review');
			expect(await page.locator('body').textContent()).not.toContain(foreign.heroId!);
		} finally {
			await page.context().close();
		}
	}, 120_000);
});
