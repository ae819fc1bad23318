import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import * as Y from 'yjs';
import { eventually, signIn as apiSignIn, TestPeer, type Session } from '../sync/helpers';
import { newPage, signIn, useE2e, waitForLocalStore, waitForOfflineShell } from './helpers';

/**
 * Knowledge-base drafts end to end: two directors co-editing one article in Tiptap (both edits,
 * each other's caret label, presence), Yjs undo that takes back only one's own typing, and a
 * hero kept out of drafts.
 */

const e2e = useE2e();
let client: Client;
/** A client the hero is assigned to, its first language, and the director's API session. */
let heroClient: string;
let heroLanguage: string;
let director: Session;

beforeAll(async () => {
	director = await apiSignIn(e2e.server.url, 'director@demo.test');
	const clients = (await (await director.api.get('/api/clients')).json()) as Client[];
	client = clients[0]!;
	heroClient = (await apiSignIn(e2e.server.url, 'hero@demo.test')).me.clientIds[0]!;
	heroLanguage = clients.find((c) => c.id === heroClient)!.languages[0]!;
});

const SLOW = 180_000;

async function createArticle(title: string): Promise<string> {
	const response = await director.api.post('/api/kb/articles', { clientId: client.id, title, language: client.languages[0] });
	expect(response.status).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

/** An article of the hero's client, created (and published, if asked) by the director. */
async function heroArticle(title: string, options: { translationOf?: string; publish?: boolean } = {}): Promise<string> {
	const response = await director.api.post('/api/kb/articles', {
		clientId: heroClient,
		title,
		language: heroLanguage,
		translationOf: options.translationOf
	});
	expect(response.status).toBe(201);
	const { id } = (await response.json()) as { id: string };
	if (options.publish) expect((await director.api.post(`/api/kb/articles/${id}/publish`, {})).status).toBe(200);
	return id;
}

const editor = (page: Page) => page.locator('[data-testid="article-editor"] .ProseMirror');

/** The document's text as the user sees it, without other people's caret labels. */
const docText = (page: Page) =>
	editor(page).evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
		return copy.textContent ?? '';
	});

async function openArticle(page: Page, articleId: string): Promise<void> {
	await page.goto(`/kb/${client.id}/${articleId}`);
	await waitForLocalStore(page);
	await page.locator('[data-testid="article-editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
	await page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
}

describe('knowledge-base drafts', () => {
	it('two directors type into one article at once and see both edits, each other’s caret and presence', { timeout: SLOW }, async () => {
		const articleId = await createArticle('Refund policy');
		const a = await newPage(e2e.browser, e2e.server.url);
		const b = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(a.page, 'director@demo.test');
			await openArticle(a.page, articleId);
			await signIn(b.page, 'director2@demo.test');
			await openArticle(b.page, articleId);
			// The title was seeded once, by the server.
			expect(await a.page.getByTestId('article-title').inputValue()).toBe('Refund policy');

			await editor(a.page).click();
			await editor(b.page).click();
			// At once: both type without waiting for each other.
			await Promise.all([
				editor(a.page).pressSequentially('Refunds within 30 days. '),
				editor(b.page).pressSequentially('Ask for the order number. ')
			]);
			for (const page of [a.page, b.page]) {
				await expect.poll(() => editor(page).textContent(), { timeout: 15_000 }).toContain('Refunds within 30 days.');
				await expect.poll(() => editor(page).textContent(), { timeout: 15_000 }).toContain('Ask for the order number.');
			}
			await expect.poll(async () => (await docText(a.page)) === (await docText(b.page))).toBe(true);

			// Each sees the other's caret, labelled with their name, and their avatar.
			await a.page.locator('.collaboration-carets__label', { hasText: 'Marcus Weber' }).waitFor({ timeout: 15_000 });
			await b.page.locator('.collaboration-carets__label', { hasText: 'Claire Dubois' }).waitFor({ timeout: 15_000 });
			await a.page.locator('[data-testid="article-presence"] [data-name="Marcus Weber"]').waitFor();

			// Undo takes back only one's own typing. Typing is grouped into undo steps by pauses
			// (500 ms), and a loaded machine types with pauses: undo until B's sentence is gone.
			for (let step = 0; step < 40 && (await docText(b.page)).includes('Ask'); step++) {
				await editor(b.page).press('Control+z');
			}
			expect(await docText(b.page)).not.toContain('Ask');
			expect(await docText(b.page)).toContain('Refunds within 30 days.');
			await expect.poll(() => docText(a.page), { timeout: 15_000 }).not.toContain('Ask');
			expect(await docText(a.page)).toContain('Refunds within 30 days.');

			// Formatting goes through the shared document too.
			await editor(a.page).press('Control+End');
			await a.page.locator('[data-action="h2"]').click();
			await editor(a.page).pressSequentially('Exceptions');
			await b.page.locator('[data-testid="article-editor"] .ProseMirror h2', { hasText: 'Exceptions' }).waitFor({ timeout: 15_000 });
			await a.page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
		} finally {
			await a.context.close();
			await b.context.close();
		}
	});

	it('keeps drafts from heroes: no draft in their list, no editor on the article page', { timeout: SLOW }, async () => {
		const articleId = await createArticle('Draft only');
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.goto('/kb');
			// The demo's published articles are listed; the draft is not.
			await page.getByTestId('kb-articles').waitFor();
			expect(await page.locator(`[data-article="${articleId}"]`).count()).toBe(0);
			await page.goto(`/kb/${client.id}/${articleId}`);
			await page.getByRole('alert').waitFor();
			expect(await page.getByTestId('article-editor').count()).toBe(0);
		} finally {
			await context.close();
		}
	});

	it('a director creates an article from the list and lands in its editor; the list shows the draft', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await page.goto('/kb');
			await waitForLocalStore(page);
			await page.getByTestId('new-article').click();
			const form = page.getByTestId('new-article-form');
			// Nothing chosen yet: a clear message, nothing created.
			await form.getByRole('button', { name: 'Create and edit' }).click();
			await form.getByRole('alert').waitFor();
			await form.getByLabel('Client').selectOption(client.id);
			await form.getByLabel('Title').fill('Password resets');
			await form.getByLabel('Language').selectOption(client.languages[0]!);
			await form.getByRole('button', { name: 'Create and edit' }).click();
			await page.waitForURL(new RegExp(`/kb/${client.id}/[a-z0-9]{16}$`));
			await page.locator('[data-testid="article-editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
			await expect.poll(() => page.getByTestId('article-title').inputValue(), { timeout: 15_000 }).toBe('Password resets');
			await page.getByRole('link', { name: 'Knowledge base' }).first().click();
			await page.getByTestId('kb-articles').getByRole('link', { name: 'Password resets' }).waitFor();
		} finally {
			await context.close();
		}
	});

	it('publishing shows the content to the hero, later draft edits do not; a restored revision becomes the draft', { timeout: SLOW }, async () => {
		const id = await heroArticle('Delivery delays');

		const d = await newPage(e2e.browser, e2e.server.url);
		const h = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(d.page, 'director@demo.test');
			await d.page.goto(`/kb/${heroClient}/${id}`);
			await waitForLocalStore(d.page);
			await d.page.locator('[data-testid="article-editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
			await editor(d.page).click();
			await editor(d.page).pressSequentially('Carriers need 48 hours.');
			await d.page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
			await d.page.getByPlaceholder('What changed (optional)').fill('First version');
			await d.page.locator('[data-action="publish"]').click();
			await d.page.locator('[data-testid="published-revision"][data-revision="1"]').waitFor({ timeout: 15_000 });

			// The hero reads the published revision.
			await signIn(h.page, 'hero@demo.test');
			await h.page.goto(`/kb/${heroClient}/${id}`);
			await waitForLocalStore(h.page);
			await expect.poll(() => h.page.getByTestId('reader-body').textContent(), { timeout: 30_000 }).toContain('Carriers need 48 hours.');
			await expect.poll(() => h.page.getByTestId('reader-title').textContent()).toBe('Delivery delays');

			// A later draft edit stays in the draft.
			await editor(d.page).press('Control+End');
			await editor(d.page).pressSequentially(' Unpublished remark.');
			await d.page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
			await h.page.waitForTimeout(1000);
			expect(await h.page.getByTestId('reader-body').textContent()).not.toContain('Unpublished remark.');

			// History: revision 1, its diff against the draft, and restoring it.
			await d.page.locator('[data-action="history"]').click();
			const revision = d.page.locator('[data-testid="history-panel"] [data-revision="1"]');
			await revision.waitFor();
			expect(await revision.textContent()).toContain('First version');
			await revision.getByRole('button', { name: 'View' }).click();
			await expect.poll(() => d.page.getByTestId('revision-diff').textContent(), { timeout: 15_000 }).toContain('Unpublished remark.');
			await revision.getByRole('button', { name: 'Restore as draft' }).click();
			await d.page.getByRole('dialog').getByRole('button', { name: 'Restore as draft' }).click();
			await expect.poll(() => docText(d.page), { timeout: 15_000 }).not.toContain('Unpublished remark.');
			expect(await docText(d.page)).toContain('Carriers need 48 hours.');
		} finally {
			await d.context.close();
			await h.context.close();
		}
	});

	it('a hero reads the published articles of their clients offline: list and article, after a reload', { timeout: SLOW }, async () => {
		const id = await heroArticle('Offline returns');
		// The body written by a peer, as an editor would, then published.
		const peer = new TestPeer(e2e.server.url, `kb.${id}`, director.cookie);
		try {
			await eventually(() => expect(peer.provider.synced).toBe(true));
			const paragraph = peer.doc.getXmlFragment('body').get(0) as Y.XmlElement;
			(paragraph.get(0) as Y.XmlText).insert(0, 'Returns are accepted within 14 days.');
			await eventually(() => expect(peer.allSaved()).toBe(true));
		} finally {
			peer.destroy();
		}
		expect((await director.api.post(`/api/kb/articles/${id}/publish`, {})).status).toBe(200);

		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.goto('/kb');
			await waitForLocalStore(page);
			// Listed, then kept on this device (its room stored and projected), and the shell cached.
			await page.locator(`[data-article="${id}"][data-kept="true"]`).waitFor({ timeout: 45_000 });
			await waitForOfflineShell(page);

			await context.setOffline(true);
			await page.reload();
			await waitForLocalStore(page);
			await page.getByTestId('kb-offline').waitFor();
			await page.locator(`[data-article="${id}"] a`).click();
			await expect
				.poll(() => page.getByTestId('reader-body').textContent(), { timeout: 30_000 })
				.toContain('Returns are accepted within 14 days.');
		} finally {
			await context.close();
		}
	});

	it('refuses a pasted 5 MB document with a message; the article is unchanged and still syncs', { timeout: SLOW }, async () => {
		const articleId = await createArticle('Big paste');
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await openArticle(page, articleId);
			await editor(page).click();
			await editor(page).pressSequentially('Kept line.');
			const pasted = await editor(page).evaluate((element) => {
				const data = new DataTransfer();
				data.setData('text/plain', 'x'.repeat(5 * 1024 * 1024));
				const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
				element.dispatchEvent(event);
				return event.defaultPrevented;
			});
			expect(pasted).toBe(true);
			await page.locator('.toast.error', { hasText: 'Not pasted: more than 1 MB at once' }).waitFor();
			expect(await docText(page)).toBe('Kept line.');
			// A normal paste still works, and the room keeps syncing.
			await editor(page).evaluate((element) => {
				const data = new DataTransfer();
				data.setData('text/plain', ' Small paste.');
				element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
			});
			await expect.poll(() => docText(page)).toBe('Kept line. Small paste.');
			await page.locator('[data-testid="article-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
		} finally {
			await context.close();
		}
	});

	it('a translation shows "source changed" to the hero after its source is published again', { timeout: SLOW }, async () => {
		const source = await heroArticle('Warranty', { publish: true });
		const translation = await heroArticle('Garantie', { translationOf: source, publish: true });
		expect((await director.api.post(`/api/kb/articles/${source}/publish`, { message: 'New terms' })).status).toBe(200);

		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.goto('/kb');
			await page.locator(`[data-article="${translation}"] [data-testid="source-changed"]`).waitFor();
			expect(await page.locator(`[data-article="${source}"] [data-testid="source-changed"]`).count()).toBe(0);
			await page.locator(`[data-article="${translation}"] a`).click();
			await page.getByTestId('article-reader').getByTestId('source-changed').waitFor();
		} finally {
			await context.close();
		}
	});

	it('a director marks an article verified; the hero sees when, and the list stops asking', { timeout: SLOW }, async () => {
		const id = await heroArticle('Escalation matrix', { publish: true });

		const d = await newPage(e2e.browser, e2e.server.url);
		const h = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(d.page, 'director@demo.test');
			await d.page.goto(`/kb?client=${heroClient}`);
			await d.page.locator(`[data-article="${id}"] [data-testid="trust"]`, { hasText: 'Needs verification' }).waitFor();
			await d.page.getByTestId('only-unverified').check();
			await d.page.locator(`[data-article="${id}"]`).waitFor();
			await d.page.locator(`[data-article="${id}"] a`).click();
			await d.page.locator('[data-testid="trust-bar"][data-verified="false"]').waitFor();
			await d.page.locator('[data-action="verify"]').click();
			await d.page.locator('[data-testid="trust-bar"][data-verified="true"]', { hasText: 'Claire Dubois' }).waitFor();

			await signIn(h.page, 'hero@demo.test');
			await h.page.goto(`/kb/${heroClient}/${id}`);
			await expect.poll(() => h.page.getByTestId('reader-trust').textContent(), { timeout: 15_000 }).toMatch(/Verified on/);
		} finally {
			await d.context.close();
			await h.context.close();
		}
	});
});
