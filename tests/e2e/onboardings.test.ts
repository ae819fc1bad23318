import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OnboardingSummary, PlaybookSummary, TemplateOutline } from '../../src/lib/domain/playbooks/model';
import { apiGet, newPage, signIn, useE2e, waitForLocalStore, waitForOfflineShell } from './helpers';

/**
 * Onboarding projects (src/routes/(console)/playbooks): a director starts one from a demo
 * template and every due date shown — in the start form's preview and on the project page —
 * is the kick-off plus the offsets along each task's chain; an associate ticks tasks offline,
 * reloads offline, reconnects, and the director sees them ticked; heroes are refused.
 */

const e2e = useE2e();

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const { page } = await newPage(browser, e2e.server.url);
	await page.goto('/login');
	await signIn(page, email);
	return page;
}

/** yyyy-mm-dd plus days, computed here independently of the product's scheduling. */
const plus = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Each task's due date: its anchor (kick-off or the task it follows) plus its offset. */
function expectedDues(outline: TemplateOutline, kickoff: string): Map<string, string> {
	const byId = new Map(outline.tasks.map((task) => [task.taskId, task]));
	const due = (taskId: string): string => {
		const task = byId.get(taskId)!;
		return plus(task.after === null ? kickoff : due(task.after), task.offsetDays);
	};
	return new Map(outline.tasks.map((task) => [task.taskId, due(task.taskId)]));
}

/** The demo template "Standard onboarding" and its outline, as a director reads them. */
async function standardTemplate(director: Page): Promise<{ id: string; outline: TemplateOutline }> {
	const templates = await apiGet<PlaybookSummary[]>(director, '/api/playbooks');
	const template = templates.find((t) => t.name === 'Standard onboarding');
	expect(template, 'the demo template "Standard onboarding"').toBeDefined();
	const { outline, problems } = await apiGet<{ outline: TemplateOutline; problems: unknown[] }>(director, `/api/playbooks/${template!.id}/outline`);
	expect(problems).toEqual([]);
	return { id: template!.id, outline };
}

/** The associate's id and one of their clients. */
async function associateAndClient(browser: Browser): Promise<{ associateId: string; clientId: string }> {
	const page = await signedIn(browser, 'associate@demo.test');
	try {
		const me = await apiGet<{ id: string; clientIds: string[] }>(page, '/api/me');
		expect(me.clientIds.length).toBeGreaterThan(0);
		return { associateId: me.id, clientId: me.clientIds[0]! };
	} finally {
		await page.context().close();
	}
}

const taskRow = (page: Page, taskId: string) => page.locator(`[data-testid="onboarding-task"][data-task="${taskId}"]`);

describe('onboarding projects', () => {
	it('a director starts a project: every due date shown is the kick-off plus the offsets along its chain', async () => {
		const { associateId, clientId } = await associateAndClient(e2e.browser);
		const director = await signedIn(e2e.browser, 'director@demo.test');
		try {
			const template = await standardTemplate(director);
			expect(template.outline.tasks.some((task) => task.after !== null && template.outline.tasks.find((t) => t.taskId === task.after)?.after !== null)).toBe(true);
			const kickoff = '2027-03-01';
			const expected = expectedDues(template.outline, kickoff);

			await director.goto(`/playbooks/onboardings/new?template=${template.id}`);
			await director.locator(`[data-testid="start-client"] option[value="${clientId}"]`).waitFor({ state: 'attached', timeout: 30_000 });
			await director.getByTestId('start-client').selectOption(clientId);
			await director.getByTestId('start-kickoff').fill(kickoff);
			await director.getByTestId('start-go-live').fill('2027-04-15');
			await director.locator(`[data-testid="start-associate"] option[value="${associateId}"]`).waitFor({ state: 'attached', timeout: 15_000 });
			await director.getByTestId('start-associate').selectOption(associateId);
			await director.getByTestId('start-contact').fill('Chris at the client');

			// The preview, before anything is sent.
			const preview = director.getByTestId('start-preview-task');
			await expect.poll(() => preview.count(), { timeout: 15_000 }).toBe(expected.size);
			const previewed = await preview.evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-task'), row.getAttribute('data-due')]));
			expect(new Map(previewed as [string, string][])).toEqual(expected);
			expect(await director.getByTestId('start-preview').textContent()).not.toContain('{{');

			await director.getByTestId('start-submit').click();
			await director.waitForURL(/\/playbooks\/onboardings\/[a-z0-9]+$/, { timeout: 30_000 });
			const rows = director.getByTestId('onboarding-task');
			await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(expected.size);
			const shown = await rows.evaluateAll((items) => items.map((item) => [item.getAttribute('data-task'), item.getAttribute('data-due')]));
			expect(new Map(shown as [string, string][])).toEqual(expected);
			// Variables filled: the client's name in the titles and prose, the dates as written.
			const text = (await director.locator('main').textContent()) ?? '';
			expect(text).not.toContain('{{');
			expect(text).toContain(kickoff);
			// Owners named per role: the associate picked, the client contact typed.
			const clientTask = template.outline.tasks.find((task) => task.ownerRole === 'client')!;
			expect(await taskRow(director, clientTask.taskId).getByTestId('onboarding-task-owner').inputValue()).toBe('Chris at the client');
			const associateTask = template.outline.tasks.find((task) => task.ownerRole === 'associate')!;
			expect(await taskRow(director, associateTask.taskId).getByTestId('onboarding-task-owner').inputValue()).toBe(associateId);

			// A later kick-off moves every unfinished task's due date with it.
			await director.getByTestId('onboarding-edit-dates').click();
			await director.getByTestId('onboarding-kickoff').fill(plus(kickoff, 7));
			await director.getByTestId('onboarding-dates-save').click();
			const moved = new Map([...expected].map(([taskId, due]) => [taskId, plus(due, 7)]));
			await expect
				.poll(async () => new Map((await rows.evaluateAll((items) => items.map((item) => [item.getAttribute('data-task'), item.getAttribute('data-due')]))) as [string, string][]), { timeout: 15_000 })
				.toEqual(moved);

			// The overview lists it with its progress.
			const id = director.url().split('/').pop()!;
			await director.goto(`/playbooks?client=${clientId}`);
			const row = director.locator(`[data-testid="playbooks-row"][data-onboarding="${id}"]`);
			await row.waitFor({ timeout: 30_000 });
			expect(await row.getByTestId('playbooks-progress').getAttribute('data-total')).toBe(String(expected.size));
		} finally {
			await director.context().close();
		}
	}, 180_000);

	it('an associate ticks tasks offline, reloads offline, reconnects, and the director sees them ticked', async () => {
		const { associateId, clientId } = await associateAndClient(e2e.browser);
		const director = await signedIn(e2e.browser, 'director@demo.test');
		const associate = await signedIn(e2e.browser, 'associate@demo.test');
		const context = associate.context();
		try {
			const template = await standardTemplate(director);
			const id = await director.evaluate(
				async (body) => {
					const response = await fetch('/api/onboardings', {
						method: 'POST',
						headers: { 'content-type': 'application/json', accept: 'application/json' },
						body: JSON.stringify(body)
					});
					if (!response.ok) throw new Error(`POST /api/onboardings answered ${response.status}: ${await response.text()}`);
					return ((await response.json()) as { id: string }).id;
				},
				{ templateId: template.id, clientId, kickoff: '2027-03-01', associateId, name: 'Offline ticking' }
			);
			const picked = template.outline.tasks.slice(0, 2).map((task) => task.taskId);

			// 1. Online: the overview keeps the project's room on the device; the project opens.
			await associate.goto('/playbooks');
			await waitForLocalStore(associate);
			await associate.locator(`[data-testid="playbooks-row"][data-onboarding="${id}"] [data-testid="playbooks-open"]`).click({ timeout: 30_000 });
			await associate.waitForURL(`**/playbooks/onboardings/${id}`);
			await taskRow(associate, picked[0]!).waitFor({ timeout: 30_000 });
			await expect.poll(() => associate.getByTestId('onboarding-sync').getAttribute('data-state'), { timeout: 30_000 }).toBe('saved');
			await waitForOfflineShell(associate);

			// 2. Offline: tick two tasks.
			await context.setOffline(true);
			await expect.poll(() => associate.getByTestId('onboarding-sync').getAttribute('data-state'), { timeout: 15_000 }).toBe('offline');
			for (const taskId of picked) {
				await taskRow(associate, taskId).getByTestId('onboarding-task-check').check();
				await expect.poll(() => taskRow(associate, taskId).getAttribute('data-done')).toBe('true');
			}
			await expect.poll(async () => Number(await associate.getByTestId('onboarding-sync').getAttribute('data-pending'))).toBeGreaterThan(0);

			// The overview, offline, counts from the device's tables: the ticks are stored here.
			await associate.getByRole('link', { name: 'Playbooks' }).first().click();
			await associate.waitForURL('**/playbooks');
			const row = associate.locator(`[data-testid="playbooks-row"][data-onboarding="${id}"]`);
			await expect.poll(() => associate.getByTestId('playbooks-overview').getAttribute('data-source'), { timeout: 30_000 }).toBe('device');
			await expect.poll(() => row.getByTestId('playbooks-progress').getAttribute('data-done'), { timeout: 30_000 }).toBe('2');

			// 3. Reload, still offline: the overview and the project come from this device.
			await associate.reload();
			await waitForLocalStore(associate);
			await expect.poll(() => row.getByTestId('playbooks-progress').getAttribute('data-done'), { timeout: 30_000 }).toBe('2');
			await row.getByTestId('playbooks-open').click();
			await associate.waitForURL(`**/playbooks/onboardings/${id}`);
			for (const taskId of picked) {
				await expect.poll(() => taskRow(associate, taskId).getAttribute('data-done'), { timeout: 30_000 }).toBe('true');
			}
			expect(await associate.getByTestId('onboarding-sync').getAttribute('data-state')).toBe('offline');

			// 4. Back online: the ticks reach the server; the director's page shows them.
			await context.setOffline(false);
			await expect.poll(() => associate.getByTestId('onboarding-sync').getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');
			await director.goto(`/playbooks/onboardings/${id}`);
			for (const taskId of picked) {
				await expect.poll(() => taskRow(director, taskId).getAttribute('data-done'), { timeout: 30_000 }).toBe('true');
			}
			const untouched = template.outline.tasks[2]!.taskId;
			expect(await taskRow(director, untouched).getAttribute('data-done')).toBe('false');
			await expect.poll(() => director.getByTestId('onboarding-activity').textContent(), { timeout: 15_000 }).toMatch(/ticked/);
			// And the server's list counts them.
			const summaries = await apiGet<{ id: string; done: number }[]>(director, `/api/onboardings?clientId=${clientId}`);
			expect(summaries.find((s) => s.id === id)?.done).toBe(2);
		} finally {
			await context.close();
			await director.context().close();
		}
	}, 300_000);

	it('the overview keeps the active projects on the device: they open offline, never opened before; a visit with nothing new opens no project room', async () => {
		const associate = await signedIn(e2e.browser, 'associate@demo.test');
		const context = associate.context();
		const opened: string[] = [];
		associate.on('websocket', (socket) => {
			const room = /\/sync\/(onboarding\.[^/?]+)/.exec(socket.url())?.[1];
			if (room) opened.push(room);
		});
		try {
			const active = (await apiGet<OnboardingSummary[]>(associate, '/api/onboardings')).filter((row) => row.status === 'active');
			expect(active.length).toBeGreaterThan(0);
			const kept = (id: string) => associate.locator(`[data-testid="playbooks-row"][data-onboarding="${id}"][data-kept="true"]`);

			// 1. A first visit: every active project's room comes to this device, none of them opened.
			await associate.goto('/playbooks');
			await waitForLocalStore(associate);
			for (const row of active) await kept(row.id).waitFor({ timeout: 45_000 });
			expect(new Set(opened)).toEqual(new Set(active.map((row) => `onboarding.${row.id}`)));
			await waitForOfflineShell(associate);

			// 2. Again, with nothing new since: the device holds every room as the server does.
			opened.length = 0;
			await associate.reload();
			await waitForLocalStore(associate);
			await expect.poll(() => associate.getByTestId('playbooks-overview').getAttribute('data-source'), { timeout: 30_000 }).toBe('server');
			for (const row of active) await kept(row.id).waitFor({ timeout: 15_000 });
			await associate.waitForTimeout(2_000);
			expect(opened).toEqual([]);

			// 3. Offline, a project never opened here opens from the device, its tasks as the server has them.
			const project = active[0]!;
			await context.setOffline(true);
			await associate.locator(`[data-testid="playbooks-row"][data-onboarding="${project.id}"] [data-testid="playbooks-open"]`).click();
			await associate.waitForURL(`**/playbooks/onboardings/${project.id}`);
			await expect.poll(() => associate.getByTestId('onboarding-task').count(), { timeout: 30_000 }).toBe(project.total);
			await expect.poll(() => associate.locator('[data-testid="onboarding-task"][data-done="true"]').count()).toBe(project.done);
			expect(await associate.getByTestId('onboarding-sync').getAttribute('data-state')).toBe('offline');
		} finally {
			await context.close();
		}
	}, 240_000);

	it('the template changed: a director takes the changes and the project shows them', async () => {
		const director = await signedIn(e2e.browser, 'director@demo.test');
		try {
			const list = await apiGet<{ id: string; name: string; clientId: string; templateChanged: boolean }[]>(director, '/api/onboardings');
			const changed = list.find((row) => row.templateChanged);
			expect(changed, 'a demo project whose template changed').toBeDefined();
			const { changes } = await apiGet<{ changes: { id: string; kind: string; taskId?: string }[] }>(director, `/api/onboardings/${changed!.id}/template-changes`);
			expect(changes.length).toBeGreaterThan(0);

			// Reached through the command palette, by its name.
			await director.goto('/playbooks');
			await director.getByTestId('playbooks-row').first().waitFor({ timeout: 30_000 });
			await director.keyboard.press('Control+k');
			const palette = director.getByTestId('command-palette');
			await palette.getByRole('combobox').fill(changed!.name);
			await palette.getByRole('option', { name: new RegExp(changed!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
			await director.waitForURL((url) => url.pathname === `/playbooks/onboardings/${changed!.id}`);
			const banner = director.getByTestId('onboarding-template-changed');
			await banner.waitFor({ timeout: 30_000 });
			expect(await banner.getAttribute('data-count')).toBe(String(changes.length));
			await director.getByTestId('onboarding-changes-review').click();
			await expect.poll(() => director.getByTestId('onboarding-change').count()).toBe(changes.length);
			await director.getByTestId('onboarding-changes-apply').click();
			await director.getByTestId('onboarding-changes-done').waitFor({ timeout: 15_000 });
			await banner.waitFor({ state: 'detached', timeout: 15_000 });
			// A task the template added is now in the project, from the room.
			const added = changes.find((change) => change.kind === 'task-added');
			if (added) await taskRow(director, added.taskId!).waitFor({ timeout: 15_000 });
			await expect.poll(() => director.getByTestId('onboarding-activity').textContent(), { timeout: 15_000 }).toMatch(/took template changes/);
			expect((await apiGet<{ changes: unknown[] }>(director, `/api/onboardings/${changed!.id}/template-changes`)).changes).toEqual([]);
		} finally {
			await director.context().close();
		}
	}, 120_000);

	it('a hero gets 403 on /playbooks and from the onboardings API', async () => {
		const hero = await signedIn(e2e.browser, 'hero@demo.test');
		try {
			const response = await hero.goto('/playbooks');
			expect(response?.status()).toBe(403);
			const errorPage = hero.getByTestId('error-page');
			await errorPage.waitFor();
			expect(await errorPage.getAttribute('data-status')).toBe('403');
			const status = await hero.evaluate(async () => (await fetch('/api/onboardings', { headers: { accept: 'application/json' } })).status);
			expect(status).toBe(403);
		} finally {
			await hero.context().close();
		}
	}, 60_000);
});
