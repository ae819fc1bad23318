import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { apiGet, navSections, newPage, signIn, useE2e } from './helpers';

/**
 * Ticket import end to end in Chromium: an associate goes from the quality home to the import
 * page, picks a client and a CSV whose "Opened" column must be mapped by hand, sees the preview
 * and the dry run, imports with a progress bar to the report (rejected rows downloadable), and
 * imports the same file again to nothing new; a file missing a required column cannot be
 * imported (dropped on the page, after opening it from the command palette); a hero gets no
 * import form.
 */

const e2e = useE2e();
const SLOW = 180_000;

/** "Opened" is not a header the mapping guesses for created_at; row 3's channel is unknown. */
const CSV = [
	'Ticket ID,Opened,Subject,Description,Channel',
	'E2E-1,2026-10-01T09:00:00Z,Where is my parcel,"Hello, where is my parcel?",email',
	'E2E-2,2026-10-01T10:30:00Z,Refund,I want my money back,chat',
	'E2E-3,2026-10-01T11:00:00Z,Fax,Can I send you a fax?,fax'
].join('\n');

/** No column can be the subject. */
const NO_SUBJECT = ['Ticket ID,Created at,Description', 'E2E-9,2026-10-01T09:00:00Z,Hello'].join('\n');

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

const submit = (page: Page) => page.getByTestId('import-submit');
const counts = (page: Page) => page.getByTestId('import-report-counts').textContent();

/** Records each state of the progress bar the page renders, from now on. */
async function recordProgress(page: Page): Promise<void> {
	await page.evaluate(() => {
		const seen: { phase: string; value: number | null }[] = [];
		(window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
		const record = () => {
			const bar = document.querySelector('[data-testid="import-progress"]');
			const progress = bar?.querySelector('progress');
			if (!bar || !progress) return;
			const state = { phase: bar.getAttribute('data-phase') ?? '', value: progress.hasAttribute('value') ? progress.value : null };
			const last = seen.at(-1);
			if (!last || last.phase !== state.phase || last.value !== state.value) seen.push(state);
		};
		new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
	});
}

const progressSeen = (page: Page) =>
	page.evaluate(() => (window as unknown as { progressSeen: { phase: string; value: number | null }[] }).progressSeen);

describe('ticket import', () => {
	it('an associate maps a column, checks, imports with progress, and importing again changes nothing', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'associate@demo.test');
			const clients = await apiGet<Client[]>(page, '/api/clients');
			expect(clients.length).toBeGreaterThan(0);
			const client = clients[0]!;

			// From the quality home.
			await page.goto('/qa');
			await page.getByTestId('qa-home-import').click();
			await page.waitForURL((url) => url.pathname === '/qa/import');
			await page.getByTestId('import-form').waitFor();

			await page.getByTestId('import-client').selectOption(client.id);
			await page.getByTestId('import-format-csv').check();
			await page.getByTestId('import-file').setInputFiles(csvFile('tickets.csv', CSV));

			// The guess leaves created_at unmapped: the file cannot be imported as it stands.
			await expect.poll(() => page.getByTestId('import-invalid').textContent()).toContain('missing column: created_at');
			expect(await page.locator('#map-created_at').getAttribute('aria-invalid')).toBe('true');
			expect(await submit(page).isDisabled()).toBe(true);

			await page.locator('#map-created_at').selectOption('Opened');
			await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('2 tickets ready, 1 row would be rejected');
			expect(await page.getByTestId('import-summary-rejected').textContent()).toContain('Row 3: channel: "fax" is not a channel');
			const preview = page.getByTestId('import-preview');
			expect(await preview.locator('thead th').allTextContents()).toEqual(
				expect.arrayContaining([expect.stringContaining('Created at'), expect.stringContaining('Ticket ID')])
			);
			expect(await preview.locator('tbody tr').count()).toBe(3);
			expect(await preview.locator('tbody tr').first().textContent()).toContain('2026-10-01T09:00:00Z');
			expect(await submit(page).isEnabled()).toBe(true);

			// Import: the progress bar shows, then the report.
			await recordProgress(page);
			await submit(page).click();
			await page.getByTestId('import-report').waitFor({ timeout: 30_000 });
			const seen = await progressSeen(page);
			expect(seen.length).toBeGreaterThan(0);
			expect(seen.every((state) => state.phase === 'uploading' || state.phase === 'processing')).toBe(true);
			expect(await page.getByTestId('import-progress').count()).toBe(0);
			expect(await counts(page)).toContain('2 imported');
			const rejected = page.getByTestId('import-rejected');
			expect(await rejected.locator('tbody tr').count()).toBe(1);
			expect(await rejected.locator('tbody tr td').first().textContent()).toBe('3');
			expect(await rejected.locator('tbody tr').textContent()).toContain('channel: "fax" is not a channel');

			// The rejected rows download as CSV.
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-rejected-download').click()]);
			expect(download.suggestedFilename()).toMatch(/^tickets-rejected-\d{4}-\d{2}-\d{2}\.csv$/);
			const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
			expect(csv).toMatch(/^Row,Reason\r\n3,"channel: ""fax"" is not a channel \(email, chat or phone\)"\r\n$/);

			// The same file again: nothing new.
			await submit(page).click();
			await expect.poll(() => counts(page), { timeout: 30_000 }).toContain('2 unchanged');
			expect(await counts(page)).toContain('0 imported');
		} finally {
			await context.close();
		}
	});

	it('a file dropped without a required column shows why and cannot be imported', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'associate@demo.test');
			const [client] = await apiGet<Client[]>(page, '/api/clients');

			// From the command palette, once the console is interactive.
			await navSections(page);
			await page.keyboard.press('Control+k');
			const palette = page.getByTestId('command-palette');
			await palette.getByRole('combobox').fill('import tick');
			await palette.getByRole('option', { name: /Import tickets/ }).waitFor();
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.pathname === '/qa/import');

			await page.getByTestId('import-client').selectOption(client!.id);
			const dataTransfer = await page.evaluateHandle((text) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([text], 'no-subject.csv', { type: 'text/csv' }));
				return transfer;
			}, NO_SUBJECT);
			await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
			await expect.poll(() => page.getByTestId('import-file-name').textContent()).toContain('no-subject.csv');
			await expect.poll(() => page.getByTestId('import-invalid').textContent()).toContain('missing column: subject');
			expect(await page.locator('#map-subject').getAttribute('aria-invalid')).toBe('true');
			expect(await submit(page).isDisabled()).toBe(true);
		} finally {
			await context.close();
		}
	});

	it('a hero gets no import form, and sees no link to it', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.goto('/qa/import');
			await page.locator('[data-testid="error-page"][data-status="403"]').waitFor();
			expect(await page.getByTestId('error-page').textContent()).toContain('Not available for your role');
			expect(await page.getByTestId('import-form').count()).toBe(0);

			await page.goto('/qa');
			await page.getByTestId('qa-home-next').waitFor();
			// Heroes read their client's scorecard; nothing else here is theirs.
			expect(await page.getByTestId('qa-home-scorecards').count()).toBe(1);
			expect(await page.getByTestId('qa-home-import').count()).toBe(0);
			expect(await page.getByTestId('qa-home-jobs').count()).toBe(0);
		} finally {
			await context.close();
		}
	});
});
