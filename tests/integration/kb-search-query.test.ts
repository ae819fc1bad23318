import type { PGliteInterface } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPglite } from '../helpers/pglite';
import {
	HIT_END,
	HIT_START,
	searchKb,
	searchTerms,
	snippetHtml,
	snippetParts,
	suggestArticles,
	ticketText,
	type QueryDb
} from '../../src/lib/domain/kb-search';

// The browser store's schema on a real PGlite: the same query the server runs on its own table.
let pg: PGliteInterface;
let db: QueryDb;

const ARTICLES = [
	{ id: 'fr-delivery', client: 'c1', lang: 'fr', title: 'Suivi des livraisons', category: 'Livraison', body: 'Chaque commande est expédiée sous 48 heures. Le client reçoit un lien de suivi par e-mail.' },
	{ id: 'fr-returns', client: 'c1', lang: 'fr', title: 'Retours et échanges', category: 'Retours', body: 'Le retour est gratuit sous 30 jours. La livraison du colis de retour est à nos frais.' },
	{ id: 'de-refund', client: 'c1', lang: 'de', title: 'Rückerstattung beantragen', category: 'Zahlung', body: 'Die Rückerstattung erfolgt innerhalb von 14 Tagen auf das ursprüngliche Zahlungsmittel.' },
	{ id: 'en-refund', client: 'c1', lang: 'en', title: 'Refunds', category: 'Billing', body: 'Refunds are issued within 14 days to the original payment method. Partial refunds need a team lead.' },
	{ id: 'en-shipping', client: 'c1', lang: 'en', title: 'Shipping times', category: 'Shipping', body: 'Orders ship within two days. A refund of the shipping fee applies when we are late.' },
	{ id: 'en-other-client', client: 'c2', lang: 'en', title: 'Refunds at the bank', category: 'Billing', body: 'Card refunds take five days.' },
	{ id: 'pl-returns', client: 'c2', lang: 'pl', title: 'Zwroty', category: 'Zwroty', body: 'Zwrot pieniędzy w ciągu 14 dni.' }
];

beforeAll(async () => {
	({ pg } = await browserPglite());
	for (const a of ARTICLES) {
		await pg.query(
			`insert into kb_published (article_id, client_id, title, language, category, translation_of, body, revision)
			 values ($1, $2, $3, $4, $5, null, $6, 1)`,
			[a.id, a.client, a.title, a.lang, a.category, a.body]
		);
	}
	db = { query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows };
});
afterAll(async () => {
	await pg.close();
});

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('searchTerms', () => {
	it('keeps letters and digits, lower-cased and composed', () => {
		expect(searchTerms(`  Rücke\u0301rstattung,  l'été  "48h" a:* & !b; drop  `)).toEqual(['rückérstattung', 'l', 'été', '48h', 'a', 'b', 'drop']);
		expect(searchTerms(' ,;!? ')).toEqual([]);
	});
});

describe('searchKb', () => {
	it('stems in the article language: "livraison" finds the article titled "livraisons"', async () => {
		const hits = await searchKb(db, { q: 'livraison', clientIds: null, language: 'fr', prefix: false });
		expect(ids(hits)).toEqual(['fr-delivery', 'fr-returns']); // title before body
		expect(hits[0]!.complete).toBe(true);
	});

	it('finds "Rückerstattung" for the typo "Rueckerstattung"', async () => {
		const hits = await searchKb(db, { q: 'Rueckerstattung', clientIds: ['c1'], prefix: false });
		expect(ids(hits)).toEqual(['de-refund']);
		expect(snippetParts(hits[0]!.snippet).some((part) => part.hit && part.text === 'Rückerstattung')).toBe(true);
	});

	it('matches the last word as a prefix while typing', async () => {
		expect(ids(await searchKb(db, { q: 'livr', clientIds: null, language: 'fr' }))).toContain('fr-delivery');
		expect(ids(await searchKb(db, { q: 'expéd', clientIds: null, language: 'fr' }))).toEqual(['fr-delivery']);
	});

	it('ranks articles with every word before those with some', async () => {
		const hits = await searchKb(db, { q: 'refund shipping', clientIds: ['c1'], language: 'en' });
		expect(ids(hits)).toEqual(['en-shipping', 'en-refund']);
		expect(hits.map((hit) => hit.complete)).toEqual([true, false]);
	});

	it('keeps to the given clients and language', async () => {
		expect(ids(await searchKb(db, { q: 'refunds', clientIds: ['c2'] }))).toEqual(['en-other-client']);
		expect(await searchKb(db, { q: 'refunds', clientIds: [] })).toEqual([]);
		expect(await searchKb(db, { q: 'refunds', clientIds: null, language: 'fr' })).toEqual([]);
		expect(ids(await searchKb(db, { q: 'zwrot', clientIds: null }))).toEqual(['pl-returns']); // Polish: no stemming, prefix
	});

	it("looks clients up by their tag, whatever their id's characters", async () => {
		const odd = "o'brien \\ & | !";
		await pg.query(
			`insert into kb_published (article_id, client_id, title, language, category, translation_of, body, revision)
			 values ('odd', $1, 'Refunds by post', 'en', null, null, 'Refunds by cheque.', 1)`,
			[odd]
		);
		try {
			expect(ids(await searchKb(db, { q: 'refunds', clientIds: [odd] }))).toEqual(['odd']);
			expect(ids(await searchKb(db, { q: 'refunds', clientIds: [odd, 'c2'] })).sort()).toEqual(['en-other-client', 'odd']);
			expect(ids(await suggestArticles(db, { clientId: odd, language: 'en', text: 'refunds by cheque' }))).toEqual(['odd']);
		} finally {
			await pg.query(`delete from kb_published where article_id = 'odd'`);
		}
	});

	it('a last word of three letters is completed into known words, of four matched as a stemmed prefix too', async () => {
		await pg.query(
			`insert into kb_published (article_id, client_id, title, language, category, translation_of, body, revision)
			 values ('conso', 'c2', 'Consommation', 'fr', null, null, 'La consommation du mois.', 1),
			        ('short', 'c2', 'Mots courts', 'fr', null, null, 'cona conb conc cond cone conf', 1)`
		);
		try {
			// "con": the five shortest known words it begins (cona … cone), not every stem "con…".
			expect(ids(await searchKb(db, { q: 'con', clientIds: ['c2'], language: 'fr' }))).toEqual(['short']);
			// "cons": stemmed (French drops the s) and matched as a prefix: every "con…" word, the
			// title's match first.
			expect(ids(await searchKb(db, { q: 'cons', clientIds: ['c2'], language: 'fr' }))).toEqual(['conso', 'short']);
		} finally {
			await pg.query(`delete from kb_published where article_id in ('conso', 'short')`);
		}
	});

	it('ranks in two steps yet always fills the limit, and agrees with ranking every match', async () => {
		const exact = ids(await searchKb(db, { q: 'refund', clientIds: null, rankCandidates: 1_000 }));
		expect(exact.length).toBeGreaterThan(2);
		expect(ids(await searchKb(db, { q: 'refund', clientIds: null }))).toEqual(exact);
		// Fewer candidates than the limit: the limit wins.
		expect(ids(await searchKb(db, { q: 'refund', clientIds: null, rankCandidates: 1 }))).toHaveLength(exact.length);
	});

	it('keeps the search vector in the row, not in the TOAST table', async () => {
		const { rows } = await pg.query<{ attstorage: string }>(
			`select attstorage from pg_attribute where attrelid = 'kb_published'::regclass and attname = 'search'`
		);
		expect(rows).toEqual([{ attstorage: 'm' }]);
	});

	it('treats query syntax as words: nothing to inject, nothing malformed', async () => {
		for (const q of ["'); drop table kb_published; --", 'a:* & !b | (c', '\\\\ \'\' ::', '!!!', 'ü'.repeat(300)]) {
			await expect(searchKb(db, { q, clientIds: null })).resolves.toBeInstanceOf(Array);
		}
		expect((await pg.query('select count(*)::int as n from kb_published')).rows).toEqual([{ n: ARTICLES.length }]);
	});

	it('finds the snippet deep in a long body too', async () => {
		await pg.query(
			`insert into kb_published (article_id, client_id, title, language, category, translation_of, body, revision)
			 values ('long', 'c2', 'Long read', 'en', null, null, $1, 1)`,
			[`${'Filler sentence about nothing. '.repeat(80)}The warranty covers wombats.`]
		);
		const [hit] = await searchKb(db, { q: 'wombats', clientIds: ['c2'] });
		expect(snippetParts(hit!.snippet).filter((part) => part.hit).map((part) => part.text)).toEqual(['wombats']);
		await pg.query(`delete from kb_published where article_id = 'long'`);
	});

	it('returns nothing for a word no article comes close to', async () => {
		expect(await searchKb(db, { q: 'xylophone', clientIds: null })).toEqual([]);
	});

	it('learns the words of articles published later', async () => {
		await pg.query(
			`insert into kb_published (article_id, client_id, title, language, category, translation_of, body, revision)
			 values ('late', 'c2', 'Kontoauszug', 'de', null, null, 'Den Kontoauszug gibt es monatlich.', 1)`
		);
		expect(ids(await searchKb(db, { q: 'Kontoauzug', clientIds: null, prefix: false }))).toEqual(['late']);
		await pg.query(`delete from kb_published where article_id = 'late'`);
	});
});

describe('suggestArticles', () => {
	it("ranks the client's articles in the ticket's language by the ticket's words", async () => {
		const text = ticketText({
			subject: 'Where is my refund?',
			messages: ['Hello, I returned my order two weeks ago and the refund has not arrived on my card.', 'Thanks']
		});
		const hits = await suggestArticles(db, { clientId: 'c1', language: 'en', text });
		expect(ids(hits)).toEqual(['en-refund', 'en-shipping']);
		expect(await suggestArticles(db, { clientId: 'c1', language: 'en', text: '   ' })).toEqual([]);
		expect(await suggestArticles(db, { clientId: 'c1', language: 'fr', text: 'the the the' })).toEqual([]);
	});
});

describe('snippets', () => {
	const raw = `Before ${HIT_START}<b>refund</b>${HIT_END} & after ${HIT_START}x${HIT_END}`;
	it('splits into runs and escapes as HTML', () => {
		expect(snippetParts(raw)).toEqual([
			{ text: 'Before ', hit: false },
			{ text: '<b>refund</b>', hit: true },
			{ text: ' & after ', hit: false },
			{ text: 'x', hit: true }
		]);
		expect(snippetHtml(raw)).toBe('Before <mark>&lt;b&gt;refund&lt;/b&gt;</mark> &amp; after <mark>x</mark>');
		expect(snippetParts(`a${HIT_END}b${HIT_START}`)).toEqual([{ text: 'ab', hit: false }]);
	});
});
