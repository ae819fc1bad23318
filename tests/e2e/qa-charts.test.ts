import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/lib/domain/qa/dashboard';
import { apiGet, newPage, signIn, useE2e } from './helpers';
import { CHARTS, countOf, dayFromToday, openCharts, panel, tableRows } from './qa-charts-helpers';

/**
 * The QA charts page over the demo's reviews: a director's five charts render as SVG from the
 * dashboard API, each table shows the API's rows and its CSV holds exactly the table's rows; a
 * hero sees three charts of their own reviews, which the reviews API confirms.
 */

const e2e = useE2e();

// One period for the page and the APIs: twelve weeks up to tomorrow (a client east of UTC may be a day ahead).
const FROM = dayFromToday(-84);
const TO = dayFromToday(1);
const PERIOD = `from=${FROM}&to=${TO}`;

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const { page } = await newPage(browser, e2e.server.url);
	await page.goto('/login');
	await signIn(page, email);
	return page;
}

describe('QA charts', () => {
	it('shows a director five charts of the demo reviews, with tables and CSV of the same rows', async () => {
		const page = await signedIn(e2e.browser, 'director@demo.test');
		try {
			await openCharts(page, `?${PERIOD}`);
			const board = await apiGet<Dashboard>(page, `/api/qa/dashboard?${PERIOD}&groupBy=hero`);
			expect(board.iqs.length).toBeGreaterThan(0);
			for (const chart of CHARTS) {
				const svg = panel(page, chart).getByTestId('chart-svg');
				expect(await svg.getAttribute('role'), chart).toBe('img');
				expect(await svg.locator('path[d^="M"], rect').count(), chart).toBeGreaterThan(0);
			}
			// One line per hero of the answer, a bar per category and per reviewer.
			expect(await panel(page, 'iqs').locator('path[data-series]').count()).toBe(new Set(board.iqs.map((p) => p.key)).size);
			expect(await panel(page, 'categories').locator('[data-bar]').count()).toBe(board.categories.length);
			expect(await panel(page, 'reviewers').locator('[data-bar]').count()).toBe(board.reviewers!.length);

			// Hovering a week shows its values.
			await panel(page, 'iqs').locator('button.hit').last().hover();
			expect(await panel(page, 'iqs').getByTestId('chart-tooltip').textContent()).toContain(board.iqs.at(-1)!.week);

			// Tables: the API's rows; the distribution's counts add up to the scored reviews.
			const buckets = await tableRows(panel(page, 'distribution'));
			expect(buckets.map((row) => countOf(row[1]!))).toEqual(board.distribution.map((b) => b.reviews));
			const reviewers = await tableRows(panel(page, 'reviewers'));
			expect(reviewers.map((row) => row[0]).sort()).toEqual(board.reviewers!.map((r) => board.names.users[r.reviewerId]).sort());
			expect(reviewers.map((row) => countOf(row[1]!)).reduce((a, b) => a + b, 0)).toBe(board.reviewers!.reduce((a, r) => a + r.reviews, 0));

			// The CSV holds exactly the rows the table shows, header first.
			const chart = panel(page, 'reviewers');
			const [download] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('chart-csv').click()]);
			expect(download.suggestedFilename()).toMatch(/^qa-reviewers-\d{4}-\d{2}-\d{2}\.csv$/);
			const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
			const [header, ...records] = parse(csv) as string[][];
			expect(header).toEqual(await chart.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim())));
			// …with cells a spreadsheet would run as a formula ("-0.3%") defused by src/lib/ui/csv.ts.
			expect(records).toEqual(reviewers.map((row) => row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell))));
		} finally {
			await page.context().close();
		}
	}, 120_000);

	it('shows a hero their own IQS, categories and distribution only', async () => {
		const page = await signedIn(e2e.browser, 'hero@demo.test');
		try {
			const me = await apiGet<{ id: string; name: string; clientIds: string[] }>(page, '/api/me');
			await openCharts(page, `?${PERIOD}`);
			for (const chart of ['iqs', 'categories', 'distribution'] as const) await panel(page, chart).getByTestId('chart-svg').waitFor();
			expect(await panel(page, 'reviewers').count()).toBe(0);
			expect(await panel(page, 'disputes').count()).toBe(0);

			const iqs = await tableRows(panel(page, 'iqs'));
			expect(iqs.length).toBeGreaterThan(0);
			expect(new Set(iqs.map((row) => row[1]))).toEqual(new Set([me.name]));

			// The same reviews as GET /api/qa/reviews gives the hero: their scored ones, per bucket total.
			let scored = 0;
			for (const clientId of me.clientIds) {
				const reviews = await apiGet<{ heroId: string; score: number | null }[]>(page, `/api/qa/reviews?clientId=${clientId}&${PERIOD}`);
				expect(reviews.every((review) => review.heroId === me.id)).toBe(true);
				scored += reviews.filter((review) => review.score !== null).length;
			}
			const buckets = await tableRows(panel(page, 'distribution'));
			expect(buckets.reduce((sum, row) => sum + countOf(row[1]!), 0)).toBe(scored);
			expect(scored).toBeGreaterThan(0);
		} finally {
			await page.context().close();
		}
	}, 120_000);
});
