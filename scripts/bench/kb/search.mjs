// Part 1: knowledge-base search as a browser runs it, minus the worker hop — a fresh in-memory
// PGlite with the browser's schema (the real migrations, the real runner), filled with generated
// published articles, then searchKb / suggestArticles (src/lib/domain/kb-search.ts) timed one
// query at a time.
import { readdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { makeArticles, makeClients, makeQueries, makeTicket, pickers, QUERY_KINDS, random } from './corpus.mjs';
import { summary } from './stats.mjs';

const MIGRATIONS = new URL('../../../migrations/', import.meta.url).pathname;
const COLUMNS = ['article_id', 'client_id', 'title', 'language', 'category', 'translation_of', 'body', 'revision'];
const BATCH = 250;

/** The adapter the browser's local store gives kb-search.ts (src/lib/db/local-store.ts). */
const queryDb = (pg) => ({ query: async (sql, params) => (await pg.query(sql, params)).rows });

export async function openBrowserDb(product) {
	const pg = await PGlite.create({ extensions: product.PGLITE_EXTENSIONS });
	const files = readdirSync(MIGRATIONS)
		.filter((name) => name.endsWith('.sql'))
		.map((name) => ({ name, sql: readFileSync(MIGRATIONS + name, 'utf8') }));
	await product.migrate(
		{
			query: (sql, params) => pg.query(sql, params),
			exec: async (sql) => void (await pg.exec(sql)),
			transaction: (fn) =>
				pg.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params), exec: async (sql) => void (await tx.exec(sql)) }))
		},
		files,
		'browser'
	);
	return pg;
}

/** Inserts the articles in batches of BATCH rows (one `unnest` insert each, as a projection batch would). */
export async function ingest(pg, articles) {
	const sql = `insert into kb_published (${COLUMNS.join(', ')})
		select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])`;
	let batch = [];
	let count = 0;
	const flush = async () => {
		await pg.query(sql, COLUMNS.map((column) => batch.map((row) => row[column])));
		count += batch.length;
		batch = [];
	};
	for (const article of articles) {
		batch.push(article);
		if (batch.length === BATCH) await flush();
	}
	if (batch.length > 0) await flush();
	return count;
}

/**
 * @param {object} product  the bundled product modules (modules.mjs)
 * @param {{ articles: number, queries: number, suggestions: number, seed: number, analyze: boolean, log: (line: string) => void }} settings
 */
export async function benchSearch(product, settings) {
	const { log } = settings;
	const rand = random(settings.seed);
	const pick = pickers(rand);
	const clients = makeClients(rand, 20);
	const result = { articles: settings.articles, clients: clients.length };

	let t = performance.now();
	const pg = await openBrowserDb(product);
	result.openMs = performance.now() - t;
	log(`PGlite + browser migrations: ${Math.round(result.openMs)} ms`);
	try {
		t = performance.now();
		await ingest(pg, makeArticles(rand, pick, clients, settings.articles));
		result.ingestMs = performance.now() - t;
		result.articlesPerSecond = settings.articles / (result.ingestMs / 1000);
		const facts = (await pg.query(`select pg_database_size(current_database())::float8 as db,
				pg_total_relation_size('kb_published')::float8 as published,
				pg_relation_size('kb_published_search')::float8 as gin,
				pg_total_relation_size('kb_search_word')::float8 as words_bytes,
				(select count(*)::int from kb_search_word) as words,
				(select avg(length(body))::float8 from kb_published) as body_chars`)).rows[0];
		Object.assign(result, { dbBytes: facts.db, publishedBytes: facts.published, ginBytes: facts.gin, wordsBytes: facts.words_bytes, knownWords: facts.words, bodyChars: facts.body_chars });
		log(`ingest: ${settings.articles} articles in ${Math.round(result.ingestMs)} ms (${Math.round(result.articlesPerSecond)}/s), database ${(facts.db / 2 ** 20).toFixed(1)} MiB, ${facts.words} known words`);
		if (settings.analyze) {
			// Diagnosis only: the browser's PGlite never runs ANALYZE (no autovacuum in single-user mode).
			await pg.exec('analyze');
			log('ran ANALYZE (--analyze)');
		}

		const db = queryDb(pg);
		// A hero: three clients, searching in their clients' languages.
		const hero = clients.slice(0, 3);
		const heroLanguages = [...new Set(hero.flatMap((c) => c.languages))];
		const allLanguages = [...new Set(clients.flatMap((c) => c.languages))];
		const variants = [
			{ key: 'all', label: 'all clients, all languages', clientIds: null, languages: allLanguages, filter: false },
			{ key: 'all+lang', label: 'all clients, one language', clientIds: null, languages: allLanguages, filter: true },
			{ key: 'hero', label: '3 clients, all languages', clientIds: hero.map((c) => c.id), languages: heroLanguages, filter: false },
			{ key: 'hero+lang', label: '3 clients, one language', clientIds: hero.map((c) => c.id), languages: heroLanguages, filter: true }
		];
		const search = (variant, query) =>
			product.searchKb(db, { q: query.q, clientIds: variant.clientIds, language: variant.filter ? query.language : undefined, prefix: true });

		const warmup = Math.max(16, Math.round(settings.queries / 3));
		t = performance.now();
		for (const kind of Object.keys(QUERY_KINDS)) {
			for (const variant of variants) for (const query of makeQueries(rand, kind, variant.languages, Math.ceil(warmup / 4))) await search(variant, query);
		}
		log(`warm-up: ${warmup} queries per kind in ${Math.round(performance.now() - t)} ms`);

		result.search = [];
		for (const [kind, kindLabel] of Object.entries(QUERY_KINDS)) {
			for (const variant of variants) {
				const queries = makeQueries(rand, kind, variant.languages, settings.queries);
				const times = [];
				let hits = 0;
				let complete = 0;
				for (const query of queries) {
					const started = performance.now();
					const found = await search(variant, query);
					times.push(performance.now() - started);
					hits += found.length;
					complete += found.filter((hit) => hit.complete).length;
				}
				const row = { kind, kindLabel, variant: variant.key, variantLabel: variant.label, ...summary(times), meanHits: hits / queries.length, meanComplete: complete / queries.length, times, slowest: slowest(queries, times) };
				result.search.push(row);
				log(`  ${kind} / ${variant.label}: p50 ${row.p50.toFixed(2)} p99 ${row.p99.toFixed(2)} max ${row.max.toFixed(2)} ms, ${row.meanHits.toFixed(1)} hits`);
			}
		}

		// How often the two-step ranking (searchKb's default) agrees with ranking every match by
		// ts_rank_cd, in the widest scope: the share of the exact first 20 (and first 10) it returns.
		result.agreement = [];
		for (const [kind, kindLabel] of Object.entries(QUERY_KINDS)) {
			const queries = makeQueries(rand, kind, allLanguages, Math.min(100, settings.queries));
			let top20 = 0;
			let top10 = 0;
			for (const query of queries) {
				const options = { q: query.q, clientIds: null, prefix: true };
				const exact = (await product.searchKb(db, { ...options, rankCandidates: 1_000_000 })).map((hit) => hit.id);
				const found = new Set((await product.searchKb(db, options)).map((hit) => hit.id));
				top20 += exact.length === 0 ? 1 : exact.filter((id) => found.has(id)).length / exact.length;
				top10 += exact.length === 0 ? 1 : exact.slice(0, 10).filter((id) => found.has(id)).length / Math.min(10, exact.length);
			}
			result.agreement.push({ kind, kindLabel, queries: queries.length, top20: top20 / queries.length, top10: top10 / queries.length });
		}
		log(`  ranking agreement: ${result.agreement.map((a) => `${a.kind} ${(100 * a.top20).toFixed(1)}%`).join(', ')}`);

		// A hero's device holds only their clients' published articles: the same kinds of query there
		// (reported apart, not part of the 10,000-article target).
		const device = await openBrowserDb(product);
		try {
			const { rows } = await pg.query(`select ${COLUMNS.join(', ')} from kb_published where client_id = any($1::text[])`, [hero.map((c) => c.id)]);
			await ingest(device, rows);
			const deviceDb = queryDb(device);
			result.device = { articles: rows.length, rows: [] };
			for (const [kind, kindLabel] of Object.entries(QUERY_KINDS)) {
				const queries = makeQueries(rand, kind, heroLanguages, settings.queries);
				for (const query of queries.slice(0, 10)) await product.searchKb(deviceDb, { q: query.q, clientIds: null, prefix: true });
				const times = [];
				for (const query of queries) {
					const started = performance.now();
					await product.searchKb(deviceDb, { q: query.q, clientIds: null, prefix: true });
					times.push(performance.now() - started);
				}
				result.device.rows.push({ kind, kindLabel, ...summary(times) });
			}
			log(`  a hero's device (${rows.length} articles): ${result.device.rows.map((r) => `${r.kind} p99 ${r.p99.toFixed(2)}`).join(', ')} ms`);
		} finally {
			await device.close();
		}

		const tickets = Array.from({ length: settings.suggestions }, () => makeTicket(rand, pick, clients));
		for (const ticket of tickets.slice(0, 20)) await suggest(product, db, ticket);
		const times = [];
		let hits = 0;
		let words = 0;
		for (const ticket of tickets) {
			const started = performance.now();
			hits += (await suggest(product, db, ticket)).length;
			times.push(performance.now() - started);
			words += product.ticketText(ticket).split(/\s+/).length;
		}
		result.suggest = { count: tickets.length, meanWords: words / tickets.length, meanHits: hits / tickets.length, ...summary(times) };
		log(`  suggestions: p50 ${result.suggest.p50.toFixed(2)} p99 ${result.suggest.p99.toFixed(2)} ms`);
	} finally {
		await pg.close();
	}
	return result;
}

const suggest = (product, db, ticket) =>
	product.suggestArticles(db, { clientId: ticket.clientId, language: ticket.language, text: product.ticketText(ticket) });

/** The five slowest queries of a row, for diagnosis (`--json`). */
function slowest(queries, times) {
	return times
		.map((ms, i) => ({ q: queries[i].q, language: queries[i].language, ms }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 5);
}
