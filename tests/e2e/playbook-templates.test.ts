import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaybookSummary, TemplateOutline, TemplateProblem } from '../../src/lib/domain/playbooks/model';
import type { Client } from '../../src/lib/domain/directory';
import { signIn as apiSignIn, type Session } from '../sync/helpers';
import { newPage, signIn, useE2e, waitForLocalStore } from './helpers';

/**
 * Playbook templates end to end: two directors adding tasks to one section at once (both
 * survive, in one order everywhere, after a reload too), and bad input in the editor (a
 * dependency loop, an offset that is not a whole number, an unknown variable) refused with a
 * message, with nothing written and no onboarding started.
 */

const e2e = useE2e();
let director: Session;
let client: Client;

beforeAll(async () => {
	director = await apiSignIn(e2e.server.url, 'director@demo.test');
	client = ((await (await director.api.get('/api/clients')).json()) as Client[])[0]!;
});

const SLOW = 240_000;

async function createTemplate(name: string): Promise<string> {
	const response = await director.api.post('/api/playbooks', { name });
	expect(response.status).toBeLessThan(300);
	return ((await response.json()) as { id: string }).id;
}

/** What the server holds: the template's outline and problems, read from its room. */
async function serverOutline(templateId: string): Promise<{ outline: TemplateOutline; problems: TemplateProblem[] }> {
	const response = await director.api.get(`/api/playbooks/${templateId}/outline`);
	expect(response.status).toBe(200);
	return (await response.json()) as { outline: TemplateOutline; problems: TemplateProblem[] };
}

const tasks = (page: Page) => page.locator('[data-testid="playbook-editor"] .playbook-task');

/** The task titles in document order as the user sees them (other people's caret labels left out). */
const taskTitles = (page: Page) =>
	tasks(page).evaluateAll((nodes) =>
		nodes.map((node) => {
			const title = node.querySelector('.task-title')!.cloneNode(true) as HTMLElement;
			for (const caret of title.querySelectorAll('.collaboration-carets__caret')) caret.remove();
			return title.textContent ?? '';
		})
	);

async function openTemplate(page: Page, templateId: string): Promise<void> {
	await page.goto(`/playbooks/templates/${templateId}`);
	await waitForLocalStore(page);
	await page.locator('[data-testid="playbook-editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
	await page.locator('[data-testid="template-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
	await tasks(page).first().waitFor();
}

const saved = (page: Page) => page.locator('[data-testid="template-status"][data-state="saved"]').waitFor({ timeout: 30_000 });

/** Puts the caret at the end of a task's title. */
async function caretAtEndOf(page: Page, index: number): Promise<void> {
	await tasks(page).nth(index).locator('.task-title').click();
	await page.keyboard.press('End');
}

describe('playbook template editor', () => {
	it('two directors add a task to the same section at once: both survive, in one order, after a reload too', { timeout: SLOW }, async () => {
		const templateId = await createTemplate('Concurrent onboarding');
		const a = await newPage(e2e.browser, e2e.server.url);
		const b = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(a.page, 'director@demo.test');
			await openTemplate(a.page, templateId);
			await signIn(b.page, 'director2@demo.test');
			await openTemplate(b.page, templateId);
			expect(await a.page.getByTestId('template-name').inputValue()).toBe('Concurrent onboarding');
			// The starter outline: a "Kick-off" section with one task.
			const starter = await taskTitles(a.page);
			expect(starter).toHaveLength(1);

			// Both put the caret in the section's task and insert a task after it, at once.
			await caretAtEndOf(a.page, 0);
			await caretAtEndOf(b.page, 0);
			await Promise.all([a.page.locator('[data-action="insert-task"]').click(), b.page.locator('[data-action="insert-task"]').click()]);
			await Promise.all([a.page.keyboard.type('Collect the brand guidelines'), b.page.keyboard.type('Set up the help desk access')]);

			const both = (titles: string[]) =>
				titles.length === 3 && titles.includes('Collect the brand guidelines') && titles.includes('Set up the help desk access');
			for (const page of [a.page, b.page]) await expect.poll(async () => both(await taskTitles(page)), { timeout: 20_000 }).toBe(true);
			await expect.poll(async () => JSON.stringify(await taskTitles(a.page)) === JSON.stringify(await taskTitles(b.page)), { timeout: 20_000 }).toBe(true);
			const order = await taskTitles(a.page);
			expect(order[0]).toBe(starter[0]);
			// Each director sees the other's caret and avatar.
			await a.page.locator('[data-testid="template-presence"] [data-name="Marcus Weber"]').waitFor({ timeout: 15_000 });
			await b.page.locator('[data-testid="template-presence"] [data-name="Claire Dubois"]').waitFor({ timeout: 15_000 });

			await saved(a.page);
			await saved(b.page);
			// The server holds the same order, and so does a reload.
			await expect.poll(async () => (await serverOutline(templateId)).outline.tasks.map((t) => t.title), { timeout: 20_000 }).toEqual(order);
			await a.page.reload();
			await openTemplate(a.page, templateId);
			expect(await taskTitles(a.page)).toEqual(order);
			// Every task has its own id.
			const ids = await tasks(a.page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-task-id')));
			expect(new Set(ids).size).toBe(3);
			// The last edit is stamped with who made it.
			await expect.poll(() => a.page.getByTestId('template-last-edit').textContent()).toMatch(/Claire Dubois|Marcus Weber/);
		} finally {
			await a.context.close();
			await b.context.close();
		}
	});

	it('refuses a dependency loop, a non-number offset and an unknown variable with a message; nothing is written or started', { timeout: SLOW }, async () => {
		const templateId = await createTemplate('Careful onboarding');
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await openTemplate(page, templateId);
			await expect.poll(() => page.getByTestId('template-problems').getAttribute('data-count')).toBe('0');

			// A second task (inserted with the keyboard) that waits for the first.
			await caretAtEndOf(page, 0);
			await page.keyboard.press('Control+Alt+k');
			await page.keyboard.type('Train the heroes');
			await tasks(page).nth(1).locator('[data-field="after"]').selectOption({ index: 1 });
			await saved(page);
			const [first, second] = (await serverOutline(templateId)).outline.tasks;
			await expect.poll(async () => (await serverOutline(templateId)).outline.tasks[1]!.after, { timeout: 20_000 }).toBe(first!.taskId);

			// The first waiting for the second would be a loop: refused, the choice reverts.
			const firstTask = tasks(page).nth(0);
			await firstTask.locator('[data-field="after"]').selectOption(second!.taskId);
			const message = firstTask.getByTestId('task-message');
			await expect.poll(() => message.getAttribute('data-kind')).toBe('cycle');
			expect(await message.textContent()).toContain('Train the heroes');
			expect(await firstTask.locator('[data-field="after"]').inputValue()).toBe('');

			// An offset that is not a whole number: the field says so and keeps the old value.
			const offset = firstTask.locator('[data-field="offset"]');
			const before = first!.offsetDays;
			for (const typed of ['abc', '1.5']) {
				await offset.fill(typed);
				await offset.press('Enter');
				await expect.poll(() => message.getAttribute('data-kind')).toBe('offset');
				expect(await offset.getAttribute('aria-invalid')).toBe('true');
				expect(await message.textContent()).toMatch(/whole number/);
			}
			// An unknown variable in a task's title: marked in the text, listed in the panel.
			await caretAtEndOf(page, 1);
			await page.keyboard.type(' for {{client.nmae}}');
			await page.locator('.pb-variable-unknown', { hasText: '{{client.nmae}}' }).waitFor();
			const panel = page.getByTestId('template-problems');
			await panel.locator('[data-kind="unknown-variable"]', { hasText: '{{client.nmae}}' }).waitFor();
			expect(await tasks(page).nth(1).getAttribute('data-problem')).toBe('true');
			// "Show" puts the caret in that task.
			await page.locator('[data-testid="template-problems"] button').click();
			expect(await page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('.playbook-task')?.getAttribute('data-task-id'))).toBe(second!.taskId);

			await saved(page);
			const stored = await serverOutline(templateId);
			// Nothing bad was written: no loop, the offset as it was; the server sees the unknown variable too.
			expect(stored.outline.tasks.map((t) => [t.taskId, t.after, t.offsetDays])).toEqual([
				[first!.taskId, null, before],
				[second!.taskId, first!.taskId, second!.offsetDays]
			]);
			expect(stored.problems).toEqual([{ kind: 'unknown-variable', name: 'client.nmae', where: second!.taskId }]);

			// Starting an onboarding is refused in the page (it stays) and by the server (nothing started).
			const url = page.url();
			await page.locator('[data-action="start-onboarding"]').click();
			await page.getByTestId('start-refused').waitFor();
			expect(page.url()).toBe(url);
			const start = await director.api.post('/api/onboardings', { templateId, clientId: client.id, kickoff: '2027-01-11' });
			expect(start.status).toBe(400);
			expect(((await start.json()) as { problems?: TemplateProblem[] }).problems).toEqual(stored.problems);
			const started = (await (await director.api.get('/api/onboardings')).json()) as { templateId: string }[];
			expect(started.filter((o) => o.templateId === templateId)).toEqual([]);

			// Fixing the variable clears the panel and the mark.
			await caretAtEndOf(page, 1);
			for (let i = 0; i < ' for {{client.nmae}}'.length; i++) await page.keyboard.press('Backspace');
			await expect.poll(() => panel.getAttribute('data-count')).toBe('0');
			expect(await tasks(page).nth(1).getAttribute('data-problem')).toBeNull();
			// Now the start dialog opens, on this template.
			await page.locator('[data-action="start-onboarding"]').click();
			const dialog = page.getByTestId('start-onboarding-dialog');
			await dialog.waitFor();
			expect(await page.getByTestId('start-refused').count()).toBe(0);
			await expect.poll(() => dialog.getByTestId('start-template').inputValue(), { timeout: 15_000 }).toBe(templateId);
		} finally {
			await context.close();
		}
	});

	it('opening a template changes nothing: its last edit stays as it was', { timeout: SLOW }, async () => {
		const templateId = await createTemplate('Opened, never edited');
		const summary = async () =>
			((await (await director.api.get('/api/playbooks')).json()) as PlaybookSummary[]).find((row) => row.id === templateId);
		const before = await summary();
		expect(before?.updatedAt).toBeTruthy();
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director2@demo.test');
			await openTemplate(page, templateId);
			expect(await page.getByTestId('template-last-edit').textContent()).toContain('Claire Dubois');
			// An edit is stamped at once (and again after STAMP_EVERY_MS): wait past both, until stored.
			await page.waitForTimeout(3_000);
			await saved(page);
			expect(await page.getByTestId('template-last-edit').textContent()).toContain('Claire Dubois');
			await page.waitForTimeout(500);
			expect(await summary()).toEqual(before);
		} finally {
			await context.close();
		}
	});

	it('keeps templates to directors: an associate gets a 403 page for the editor and the library', { timeout: SLOW }, async () => {
		const templateId = await createTemplate('Directors only');
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'associate@demo.test');
			await page.goto(`/playbooks/templates/${templateId}`);
			const errorPage = page.getByTestId('error-page');
			await errorPage.waitFor();
			expect(await errorPage.getAttribute('data-status')).toBe('403');
			expect(await page.getByTestId('playbook-editor').count()).toBe(0);
			await page.goto('/playbooks/templates');
			await errorPage.waitFor();
			expect(await errorPage.getAttribute('data-status')).toBe('403');
		} finally {
			await context.close();
		}
	});

	it('the library creates, duplicates, archives and restores templates', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await page.goto('/playbooks/templates');
			// A name is required.
			await page.locator('[data-action="create-template"]').click();
			await page.getByText('Give the template a name.').waitFor();
			await page.getByLabel('Name of the new template').fill('Retail peak season');
			await page.locator('[data-action="create-template"]').click();
			await page.waitForURL(/\/playbooks\/templates\/[a-z0-9]+$/);
			await page.locator('[data-testid="playbook-editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
			expect(await page.getByTestId('template-name').inputValue()).toBe('Retail peak season');
			const templateId = new URL(page.url()).pathname.split('/').pop()!;

			await page.goto('/playbooks/templates');
			const row = page.locator('tr', { has: page.locator(`[data-template="${templateId}"]`) });
			await row.waitFor();
			expect(await row.textContent()).toContain('Retail peak season');
			await row.locator('[data-action="duplicate"]').click();
			await page.locator('[data-testid="templates-table"] a', { hasText: 'Retail peak season (copy)' }).waitFor();

			await row.locator('[data-action="archive"]').click();
			await expect.poll(() => page.locator(`[data-template="${templateId}"]`).count()).toBe(0);
			await page.getByTestId('show-archived').check();
			await page.waitForURL(/archived=1/);
			await row.locator('[data-action="restore"]').click();
			await row.locator('[data-action="archive"]').waitFor();
			await page.getByTestId('show-archived').uncheck();
			await page.locator(`[data-template="${templateId}"]`).waitFor();
		} finally {
			await context.close();
		}
	});
});
