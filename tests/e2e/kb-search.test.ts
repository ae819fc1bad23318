import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/domain/directory';
import { writeParagraphs } from '../helpers/kb';
import { eventually, signIn as apiSignIn, TestPeer, type Session } from '../sync/helpers';
import { newPage, signIn, useE2e, waitForLocalStore, waitForOfflineShell } from './helpers';

/**
 * Knowledge-base search end to end in Chromium: a hero searches the articles kept on the device
 * (stemming, a typo), moves through the results with the keyboard, opens one, comes back with
 * Esc, and searches again offline after a reload, where the article's trust state is kept too; a director's search runs on the server, finds
 * "Rückerstattung" for "Rueckerstattung" and never finds drafts.
 */

const e2e = useE2e();
const SLOW = 180_000;
let director: Session;
let delivery: string;
let refund: string;
let draft: string;
let frClient: string;
let deClient: string;

/** Creates an article with one paragraph per line, written by a peer as an editor would; published unless asked not to. */
async function article(clientId: string, language: string, title: string, lines: string[], publish = true): Promise<string> {
	const response = await director.api.post('/api/kb/articles', { clientId, title, language, category: 'Suivi' });
	expect(response.status).toBe(201);
	const { id } = (await response.json()) as { id: string };
	const peer = new TestPeer(e2e.server.url, `kb.${id}`, director.cookie);
	try {
		await eventually(() => expect(peer.provider.synced).toBe(true));
		await writeParagraphs(peer, lines);
	} finally {
		peer.destroy();
	}
	if (publish) expect((await director.api.post(`/api/kb/articles/${id}/publish`, {})).status).toBe(200);
	return id;
}

beforeAll(async () => {
	director = await apiSignIn(e2e.server.url, 'director@demo.test');
	const hero = await apiSignIn(e2e.server.url, 'hero@demo.test');
	const clients = (await (await director.api.get('/api/clients')).json()) as Client[];
	// The hero reads a client served in French; German is read by the director here.
	frClient = clients.find((c) => hero.me.clientIds.includes(c.id) && c.languages.includes('fr'))!.id;
	deClient = clients.find((c) => c.languages.includes('de'))!.id;
	delivery = await article(frClient, 'fr', 'Suivi des livraisons', ['Chaque colis est remis au transporteur sous 48 heures.', 'Le numéro de suivi part par e-mail.']);
	refund = await article(deClient, 'de', 'Rückerstattung beantragen', ['Die Rückerstattung dauert höchstens 14 Tage.']);
	expect((await director.api.post(`/api/kb/articles/${delivery}/verify`, {})).status).toBe(200);
	draft = await article(frClient, 'fr', 'Livraison express (brouillon)', ['La livraison express arrive demain.'], false);
});

const results = (page: Page) => page.getByTestId('kb-results');
const resultIds = (page: Page) => results(page).locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-article')));

async function typeQuery(page: Page, query: string): Promise<void> {
	await page.getByTestId('kb-search').fill('');
	await page.getByTestId('kb-search').pressSequentially(query);
}

describe('knowledge-base search', () => {
	it('a hero finds articles on the device by stem and by typo, moves with the keyboard, opens and comes back, and searches offline', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.goto('/kb');
			await waitForLocalStore(page);
			await page.locator(`[data-article="${delivery}"][data-kept="true"]`).waitFor({ timeout: 45_000 });

			// `/` focuses the search; "livraison" finds the article about "livraisons", on the device.
			await page.locator('body').press('/');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('kb-search');
			await page.keyboard.type('livraison');
			await expect.poll(() => resultIds(page), { timeout: 15_000 }).toContain(delivery);
			expect(await results(page).getAttribute('data-source')).toBe('device');
			expect(await results(page).locator(`li[data-article="${delivery}"] mark`).first().textContent()).toMatch(/livraison/i);

			// A typo: "livrasion" finds it too, highlighted in the snippet.
			await typeQuery(page, 'livrasion');
			await expect.poll(() => resultIds(page), { timeout: 15_000 }).toContain(delivery);
			expect(await results(page).locator(`li[data-article="${delivery}"] mark`).first().textContent()).toMatch(/^livraison/i);

			// ↓ moves through the results, Enter opens the selected one, Esc comes back to the same search.
			const position = (await resultIds(page)).indexOf(delivery);
			for (let i = 0; i <= position; i++) await page.getByTestId('kb-search').press('ArrowDown');
			expect(await results(page).locator('li.selected').getAttribute('data-article')).toBe(delivery);
			await page.getByTestId('kb-search').press('Enter');
			await page.waitForURL(`**/kb/${frClient}/${delivery}`);
			await expect.poll(() => page.getByTestId('reader-body').textContent(), { timeout: 30_000 }).toContain('sous 48 heures');
			await page.locator('body').press('Escape');
			await page.waitForURL((url) => url.pathname === '/kb' && url.searchParams.get('q') === 'livrasion');
			await expect.poll(() => resultIds(page), { timeout: 15_000 }).toContain(delivery);

			// j/k move through the list once the search is cleared (Esc in the box).
			await page.getByTestId('kb-search').press('Escape');
			await results(page).waitFor({ state: 'detached' });
			await page.getByTestId('kb-search').press('Escape'); // leaves the box
			await page.locator('body').press('j');
			await page.locator('tr.selected').waitFor();

			// Offline, after a reload: the same search, from the device.
			await waitForOfflineShell(page);
			await context.setOffline(true);
			await page.goto('/kb?q=livraisons');
			await waitForLocalStore(page);
			await page.getByTestId('kb-offline').waitFor();
			await expect.poll(() => resultIds(page), { timeout: 15_000 }).toContain(delivery);
			// Its trust state is on the device too.
			await results(page).locator(`li[data-article="${delivery}"] a`).click();
			await expect.poll(() => page.getByTestId('reader-trust').textContent(), { timeout: 30_000 }).toContain('Verified on');
			await page.locator('body').press('Escape');
			await page.getByTestId('kb-search').fill('');
			await expect.poll(() => page.locator(`[data-article="${delivery}"] [data-testid="trust"]`).textContent()).toContain('Verified on');
		} finally {
			await context.close();
		}
	});

	it('a director searches on the server: a German typo, and never a draft', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'director@demo.test');
			await page.goto(`/kb?client=${frClient}`);
			// `?` lists the knowledge base's keys.
			await page.locator('body').press('?');
			expect(await page.getByTestId('shortcuts-kb').textContent()).toContain('/');
			await page.keyboard.press('Escape');
			await page.getByTestId('shortcuts-kb').waitFor({ state: 'hidden' });
			await page.getByTestId('kb-search').fill('livraisons');
			await expect.poll(() => resultIds(page), { timeout: 15_000 }).toContain(delivery);
			expect(await results(page).getAttribute('data-source')).toBe('server');
			expect(await resultIds(page)).not.toContain(draft);
			// "Rueckerstattung" finds "Rückerstattung" (all clients).
			await page.goto('/kb');
			await typeQuery(page, 'Rueckerstattung');
			await expect.poll(() => resultIds(page), { timeout: 15_000 }).toContain(refund);
			expect(await results(page).locator(`li[data-article="${refund}"] [data-testid="snippet"] mark`).first().textContent()).toBe('Rückerstattung');
			await typeQuery(page, 'zzzqqq');
			await page.getByTestId('kb-no-results').waitFor();
		} finally {
			await context.close();
		}
	});

	it('speaks French once the reader chooses it: the list, the search and the trust state', { timeout: SLOW }, async () => {
		const { context, page } = await newPage(e2e.browser, e2e.server.url);
		try {
			await signIn(page, 'hero@demo.test');
			await page.getByTestId('user-menu-button').click();
			await page.getByTestId('user-menu').locator('[data-locale="fr"]').click();
			await page.locator('nav [data-section="kb"]', { hasText: 'Base de connaissances' }).waitFor();
			await page.goto(`/kb?client=${frClient}`);
			await page.getByRole('heading', { name: 'Base de connaissances' }).waitFor();
			expect(await page.getByTestId('kb-search').getAttribute('placeholder')).toBe('Rechercher des articles…');
			expect(await page.locator(`[data-article="${delivery}"] [data-testid="trust"]`).textContent()).toContain('Vérifié le');
			await page.getByTestId('kb-search').fill('zzzqqq');
			expect(await page.getByTestId('kb-no-results').textContent()).toContain('Aucun article publié ne correspond à « zzzqqq »');
		} finally {
			await context.close();
		}
	});
});
