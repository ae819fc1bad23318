import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import type { ScorecardVersion } from '../../server/services/scorecards';
import { signIn as apiSignIn, type Session } from '../sync/helpers';
import { newPage, signIn, useE2e } from './helpers';

/**
 * The scorecards page end to end: a director adds a category and saves the next version, then
 * sees it current with the diff naming the new category; an associate reads the scorecard with
 * no way to edit it.
 */

const e2e = useE2e();
let director: Session;
let associate: Session;

beforeAll(async () => {
	[director, associate] = await Promise.all([
		apiSignIn(e2e.server.url, 'director@demo.test'),
		apiSignIn(e2e.server.url, 'associate@demo.test')
	]);
});

const SLOW = 120_000;

async function currentOf(clientId: string): Promise<ScorecardVersion> {
	return (await (await director.api.get(`/api/qa/scorecards?clientId=${clientId}`)).json()) as ScorecardVersion;
}

describe('scorecards page', () => {
	it('a director adds a category and saves the next version; the diff lists it', { timeout: SLOW }, async () => {
		const client = ((await (await director.api.get('/api/clients')).json()) as Client[])[0]!;
		const before = await currentOf(client.id);

		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await page.goto('/qa/scorecards');
			await page.getByTestId('scorecard-client').selectOption(client.id);
			await page.locator(`[data-testid="scorecard-status"][data-version="${before.version}"]`).waitFor();
			expect(await page.getByTestId('scorecard-category').count()).toBe(before.categories.length);
			const save = page.getByTestId('scorecard-save');
			expect(await save.textContent()).toContain(`Save as version ${before.version + 1}`);
			expect(await save.isDisabled()).toBe(true);

			await page.getByTestId('scorecard-add-category').click();
			const added = page.getByTestId('scorecard-category').last();
			// Live validation: a nameless category is pointed out before saving.
			await added.getByTestId('category-weight').fill('2');
			await added.getByText('Give the category a name').waitFor();
			await added.getByTestId('category-name').fill('Upsell offered when relevant');
			await added.getByTestId('category-na').check();
			expect(await added.getByText('Give the category a name').count()).toBe(0);
			await save.click();

			await page.locator(`[data-testid="scorecard-status"][data-version="${before.version + 1}"]`).waitFor();
			await page.getByText(`Version ${before.version + 1} of the ${client.name} scorecard saved.`).waitFor();
			const diff = page.getByTestId('scorecard-diff');
			await diff.waitFor();
			expect(await diff.locator('h3').textContent()).toBe(`From version ${before.version} to version ${before.version + 1}`);
			expect(await diff.getByTestId('scorecard-diff-added').textContent()).toContain('Upsell offered when relevant');
			expect(await page.getByTestId('scorecard-versions').locator('li[data-version]').count()).toBeGreaterThanOrEqual(2);

			const after = await currentOf(client.id);
			expect(after.version).toBe(before.version + 1);
			expect(after.categories.at(-1)).toMatchObject({ name: 'Upsell offered when relevant', weight: 2, allowNA: true });
		} finally {
			await context.close();
		}
	});

	it('an associate reads the scorecard without editing controls', { timeout: SLOW }, async () => {
		const clientId = associate.me.clientIds[0]!;
		const current = await currentOf(clientId);

		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'associate@demo.test');
			await page.goto(`/qa/scorecards?client=${clientId}`);
			await page.getByTestId('scorecard-read').waitFor();
			expect(await page.getByTestId('scorecard-read-category').count()).toBe(current.categories.length);
			expect(await page.getByTestId('scorecard-read').locator('h2').textContent()).toBe(current.name);
			expect(await page.getByTestId('scorecard-form').count()).toBe(0);
			expect(await page.getByTestId('scorecard-save').count()).toBe(0);
			expect(await page.getByTestId('scorecard-add-category').count()).toBe(0);
			expect(await page.locator('main input, main textarea').count()).toBe(0);
			// The scoring rules are there for everyone.
			await page.getByTestId('scoring-formulas').locator('summary').click();
			await page.getByText('review score = Σ(category score × weight) / Σ weight').waitFor();
		} finally {
			await context.close();
		}
	});
});
