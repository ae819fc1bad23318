import type { Locator, Page } from 'playwright-core';

/** Reading the QA charts page (src/routes/(console)/qa/charts) like a person: panels, tables, CSV. */

export const CHARTS = ['iqs', 'categories', 'distribution', 'reviewers', 'disputes'] as const;

export const panel = (page: Page, chart: (typeof CHARTS)[number]): Locator => page.getByTestId(`qa-chart-${chart}`);

/** A day `offset` days from today (UTC), yyyy-mm-dd. */
export const dayFromToday = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Opens /qa/charts with `search` and waits for the charts (or their empty state). */
export async function openCharts(page: Page, search = ''): Promise<void> {
	await page.goto(`/qa/charts${search}`);
	await page.locator('[data-testid="charts"], [data-testid="charts-error"], .empty').first().waitFor({ timeout: 30_000 });
}

/** Switches a panel to its table and returns the table's cells as text, row by row. */
export async function tableRows(chart: Locator): Promise<string[][]> {
	await chart.getByTestId('chart-view-table').click();
	const table = chart.getByTestId('chart-table');
	await table.waitFor();
	return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));
}

/** A count as the table writes it ("1,234") as a number. */
export const countOf = (text: string) => Number(text.replace(/\D/g, ''));

/**
 * The "Reviews" cell of the reviewer-consistency table's row named `reviewer` (0 when absent).
 * Reloads the page first, so the numbers are the server's at this moment.
 */
export async function reviewerReviews(page: Page, reviewer: string, search: string): Promise<number> {
	await openCharts(page, search);
	const rows = await tableRows(panel(page, 'reviewers'));
	const row = rows.find((cells) => cells[0] === reviewer);
	return row ? countOf(row[1]!) : 0;
}
