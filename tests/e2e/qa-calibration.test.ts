import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CalibrationOptions, CalibrationSession } from '../../src/lib/domain/qa/calibration-session';
import type { Me } from '../../src/lib/domain/directory';
import { apiGet, newPage, signIn, useE2e } from './helpers';

/**
 * A calibration session end to end (src/routes/(console)/qa/calibration): a director creates it
 * in the UI with two tickets and the two demo associates; each associate, in their own browser
 * context, scores with the keyboard and submits; the first waits without seeing anyone's
 * answers; the second's submit reveals the agreement to both, and to the director, who exports it.
 *
 * Associate A answers 1 everywhere (pass on binary, the lowest step of a scale); associate B
 * answers 1 on binary categories and the top of every scale. So binary categories agree fully,
 * scaled ones not at all, and A is the harsher reviewer.
 */

const e2e = useE2e();

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const { page } = await newPage(browser, e2e.server.url);
	await page.goto('/login');
	await signIn(page, email);
	return page;
}

/** Calls the JSON API from inside the page, with the page's session cookie. */
function send<T>(page: Page, method: string, path: string, body: unknown): Promise<T> {
	return page.evaluate(
		async ({ method, path, body }) => {
			const response = await fetch(path, { method, headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
			if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
			return (await response.json()) as T;
		},
		{ method, path, body }
	);
}

type Key = (scale: string) => string;
const lowest: Key = () => '1';
const topOfScale: Key = (scale) => (scale === 'binary' ? '1' : scale);

/** Scores every ticket of the open session page with the keyboard, then submits with Ctrl+Enter. */
async function scoreAndSubmit(page: Page, key: Key): Promise<void> {
	const tabs = page.getByTestId('calibration-ticket-tab');
	await tabs.first().waitFor();
	const tickets = await tabs.count();
	for (let t = 0; t < tickets; t++) {
		if (t > 0) await page.getByTestId('calibration-next').click();
		const form = page.getByTestId('calibration-form');
		await expect.poll(async () => (await tabs.nth(t).getAttribute('aria-current')) === 'step').toBe(true);
		const categories = form.getByTestId('qa-review-category');
		const count = await categories.count();
		await categories.first().focus();
		for (let c = 0; c < count; c++) {
			const scale = (await categories.nth(c).getAttribute('data-scale'))!;
			const value = key(scale);
			await page.keyboard.press(value);
			await expect.poll(() => categories.nth(c).getAttribute('data-value')).toBe(value);
			if (c < count - 1) await page.keyboard.press('Tab');
		}
		await expect.poll(() => tabs.nth(t).getAttribute('data-complete')).toBe('true');
	}
	await expect.poll(() => page.getByTestId('calibration-save').getAttribute('data-state')).toBe('saved');
	await page.keyboard.press('Control+Enter');
}

describe('QA calibration session', () => {
	it('is created by a director, scored blind by two associates with the keyboard, and revealed to both', async () => {
		const director = await signedIn(e2e.browser, 'director@demo.test');
		const first = await signedIn(e2e.browser, 'associate@demo.test');
		const second = await signedIn(e2e.browser, 'associate2@demo.test');
		const [a, b] = await Promise.all([apiGet<Me>(first, '/api/me'), apiGet<Me>(second, '/api/me')]);
		const shared = a.clientIds.find((id) => b.clientIds.includes(id))!;

		// The director creates the session.
		await director.goto('/qa');
		await director.getByTestId('qa-home-calibration').click();
		await director.getByTestId('calibration-new-open').click();
		await director.getByTestId('calibration-client').selectOption(shared);
		await director.getByTestId('calibration-name').fill('Calibration week 12');
		const options = director.getByTestId('calibration-ticket-option');
		await options.first().waitFor();
		await options.nth(0).check();
		await options.nth(1).check();
		await director.locator(`[data-testid="calibration-participant-option"][data-user="${a.id}"]`).check();
		await director.locator(`[data-testid="calibration-participant-option"][data-user="${b.id}"]`).check();
		await director.getByTestId('calibration-create').click();
		await director.waitForURL(/\/qa\/calibration\/[a-z0-9]+$/);
		const id = new URL(director.url()).pathname.split('/').pop()!;
		await director.getByTestId('calibration-waiting').waitFor();
		expect(await director.getByTestId('calibration-progress').textContent()).toContain('0 of 2 have submitted');

		// The first associate scores and submits, then waits without seeing anything of the other's.
		await first.goto('/qa/calibration');
		await first.locator(`[data-testid="calibration-session-link"]`, { hasText: 'Calibration week 12' }).click();
		await first.getByTestId('calibration-title').waitFor();
		await scoreAndSubmit(first, lowest);
		await first.getByTestId('calibration-waiting').waitFor();
		expect(await first.getByTestId('calibration-progress').textContent()).toContain('1 of 2 have submitted');
		expect(await first.getByTestId('calibration-results').count()).toBe(0);
		const blind = await apiGet<CalibrationSession>(first, `/api/qa/calibrations/${id}`);
		expect(blind.answers.length).toBeGreaterThan(0);
		expect(blind.answers.every((answer) => answer.userId === a.id)).toBe(true);
		expect(blind.results).toBeNull();

		// The second associate's submit reveals the session to both.
		await second.goto(`/qa/calibration/${id}`);
		await scoreAndSubmit(second, topOfScale);
		for (const page of [second, first]) {
			await page.getByTestId('calibration-results').waitFor({ timeout: 15_000 });
			expect(await page.getByTestId('calibration-status').getAttribute('data-status')).toBe('revealed');
		}

		const session = await apiGet<CalibrationSession>(director, `/api/qa/calibrations/${id}`);
		const binary = new Set(session.scorecard.categories.filter((c) => c.scale === 'binary').map((c) => c.id));
		for (const page of [first, second]) {
			const rows = page.locator('[data-testid="calibration-categories"] tbody tr');
			expect(await rows.count()).toBe(session.scorecard.categories.length);
			for (const category of session.scorecard.categories) {
				const row = page.locator(`[data-testid="calibration-categories"] tr[data-category="${category.id}"]`);
				expect(Number(await row.getAttribute('data-value'))).toBe(binary.has(category.id) ? 1 : 0);
			}
			const harsh = page.locator(`[data-testid="calibration-reviewers"] tr[data-reviewer="${a.id}"]`);
			const lenient = page.locator(`[data-testid="calibration-reviewers"] tr[data-reviewer="${b.id}"]`);
			expect(Number(await harsh.getAttribute('data-deviation'))).toBeLessThan(0);
			expect(Number(await lenient.getAttribute('data-deviation'))).toBeGreaterThan(0);
			expect(await harsh.textContent()).toContain('Harsher');
			expect(await lenient.textContent()).toContain('More lenient');
			expect(await page.getByTestId('calibration-answers').count()).toBe(2);
		}
		expect(session.results!.agreement.reviewers.map((r) => r.reviewerId).sort()).toEqual([a.id, b.id].sort());

		// The director, who watched without scoring, sees the reveal too and exports the tables.
		await director.getByTestId('calibration-results').waitFor({ timeout: 15_000 });
		const [download] = await Promise.all([director.waitForEvent('download'), director.getByTestId('calibration-export').click()]);
		expect(download.suggestedFilename()).toMatch(/^calibration-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.csv$/);
		const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe('Table,Item,Agreement,Mean deviation,Comparisons,Score spread');
		expect(lines.filter((line) => line.startsWith('Category,'))).toHaveLength(session.scorecard.categories.length);
		const reviewerLines = lines.filter((line) => line.startsWith('Reviewer,'));
		expect(reviewerLines).toHaveLength(2);
		const deviation = session.results!.agreement.reviewers.find((r) => r.reviewerId === a.id)!.meanDeviation;
		expect(reviewerLines.some((line) => line.includes(`,${deviation},`))).toBe(true);
		expect(lines.filter((line) => line.startsWith('Ticket,'))).toHaveLength(2);
	});
	it('lets a director take out a participant who cannot score, which reveals the session to those who did', async () => {
		const director = await signedIn(e2e.browser, 'director@demo.test');
		const first = await signedIn(e2e.browser, 'associate@demo.test');
		const second = await signedIn(e2e.browser, 'associate2@demo.test');
		const [a, b, me] = await Promise.all([apiGet<Me>(first, '/api/me'), apiGet<Me>(second, '/api/me'), apiGet<Me>(director, '/api/me')]);
		const shared = a.clientIds.find((id) => b.clientIds.includes(id))!;
		const options = await apiGet<CalibrationOptions>(director, `/api/qa/calibrations/options?clientId=${shared}`);
		// The other director is picked, and will never score.
		const absent = options.participants.find((p) => p.role === 'director' && p.id !== me.id)!;
		const { id } = await send<{ id: string }>(director, 'POST', '/api/qa/calibrations', {
			clientId: shared,
			name: 'Calibration with an absentee',
			ticketIds: [options.tickets[0]!.id],
			participantIds: [a.id, b.id, absent.id]
		});

		// Both associates score and submit; the third participant never will.
		for (const [page, key] of [
			[first, lowest],
			[second, topOfScale]
		] as const) {
			await page.goto(`/qa/calibration/${id}`);
			await scoreAndSubmit(page, key);
			await page.getByTestId('calibration-waiting').waitFor();
		}
		// An associate who did not create the session may not take anyone out.
		expect(await first.getByTestId('calibration-remove').count()).toBe(0);

		await director.goto(`/qa/calibration/${id}`);
		expect(await director.getByTestId('calibration-progress').textContent()).toContain('2 of 3 have submitted');
		const row = director.locator(`[data-testid="calibration-participants"] li[data-participant="${absent.id}"]`);
		await row.getByTestId('calibration-remove').click();
		await director.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
		await director.getByTestId('calibration-results').waitFor({ timeout: 15_000 });
		expect(await director.getByTestId('calibration-removed').textContent()).toContain(absent.name);
		await first.getByTestId('calibration-results').waitFor({ timeout: 15_000 });
		const session = await apiGet<CalibrationSession>(first, `/api/qa/calibrations/${id}`);
		expect(session.results!.agreement.reviewers.map((r) => r.reviewerId).sort()).toEqual([a.id, b.id].sort());
	});
});
