// Knowledge-base benchmark:
//  1. search (searchKb, suggestArticles of src/lib/domain/kb-search.ts) on a PGlite in this
//     process with the browser's schema and N generated published articles — what a browser
//     runs, minus the hop to its worker. Target: p99 under 20 ms over 10,000 articles;
//  2. opening an article with its history through the real built server: the draft room's
//     first sync, the revision list and a revision's content, alone and together.
// Everything is generated from one seed, on loopback, and stops by itself.
//
//   npm run bench -- kb                       10,000 articles, 300 queries per row, 30 opens (~4 min on 2 cores)
//   npm run bench -- kb --quick               1,000 articles, 50 queries per row, 5 opens (~30 s)
//   npm run bench -- kb --articles=50000 --queries=100
//   npm run bench -- kb --only=search         (or --only=open)
//   npm run bench -- kb --json                one JSON object on stdout instead of tables
//   npm run bench -- kb --analyze             diagnosis: ANALYZE after the ingest (the browser never does)
//
// A row is a query kind (one word, two words, a typo, type-ahead) in one scope (all clients or a
// hero's 3, with or without the language filter): --queries N gives each kind 4 × N queries.
// Progress goes to stderr; the result to stdout. What the generated data looks like is in
// scripts/bench/kb/corpus.mjs; the query kinds are QUERY_KINDS there.
import { cpus, loadavg, totalmem } from 'node:os';
import { QUERY_KINDS } from './kb/corpus.mjs';
import { loadProductModules } from './kb/modules.mjs';
import { benchOpenArticle } from './kb/server.mjs';
import { benchSearch } from './kb/search.mjs';
import { fmt, summary } from './kb/stats.mjs';
import { readArgs } from './lib/args.mjs';

const TARGET_P99_MS = 20;
const { option, count, flag } = readArgs(process.argv.slice(2));
const quick = flag('quick');
const json = flag('json');
const only = option('only');
const settings = {
	articles: count('articles', quick ? 1_000 : 10_000),
	queries: count('queries', quick ? 50 : 300),
	suggestions: 200,
	repetitions: quick ? 5 : 30,
	publishes: 50,
	words: 1_500,
	seed: count('seed', 20261123),
	analyze: flag('analyze')
};

const watchdog = setTimeout(() => {
	console.error('bench:kb: still running after 30 minutes, giving up');
	process.exit(2);
}, 30 * 60_000);
watchdog.unref();

// Ctrl-C: exit through 'exit', where the server is killed and its data directory removed.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const log = (line) => process.stderr.write(`${line}\n`);
// The load average says whether something else shared the CPUs (timings are wall time).
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'cpu', memoryGiB: Math.round(totalmem() / 2 ** 30), date: new Date().toISOString().slice(0, 10), loadBefore: loadavg()[0] };
const heading = `bench:kb — Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.date}, load average ${machine.loadBefore.toFixed(2)}${quick ? ', --quick' : ''}${settings.analyze ? ', --analyze' : ''}`;
if (!json) console.log(`${heading}\n`);

const started = performance.now();
const product = await loadProductModules();
let search;
let open;
if (only !== 'open') {
	log(`search: ${settings.articles} articles, ${settings.queries} queries per row`);
	search = await benchSearch(product, { ...settings, log });
}
if (only !== 'search') {
	log(`\nopen an article: ${settings.publishes} publishes, ${settings.repetitions} repetitions`);
	open = await benchOpenArticle(product, { ...settings, log });
}
const seconds = (performance.now() - started) / 1000;
machine.loadAfter = loadavg()[0];

if (json) {
	const { search: rows, ...rest } = search ?? {};
	console.log(
		JSON.stringify(
			{
				machine,
				settings,
				seconds,
				targetP99Ms: TARGET_P99_MS,
				search: search && { ...rest, rows: rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'times'))), byKind: byKind(rows), overall: summary(rows.flatMap((r) => r.times)) },
				open
			},
			null,
			'\t'
		)
	);
} else {
	if (search) printSearch(search);
	if (open) printOpen(open);
	console.log(`\n(${Math.round(seconds)} s in all; load average ${machine.loadAfter.toFixed(2)} at the end)`);
}
clearTimeout(watchdog);
// Providers' and PGlite's leftovers must not keep the process alive.
process.exit(0);

function byKind(rows) {
	return Object.fromEntries(Object.keys(QUERY_KINDS).map((kind) => [kind, summary(rows.filter((r) => r.kind === kind).flatMap((r) => r.times))]));
}

function printSearch(s) {
	const mib = (bytes) => (bytes / 2 ** 20).toFixed(1);
	console.log(`## Search: PGlite in Node, browser schema (the browser minus its worker hop)\n`);
	console.log(
		`${s.articles.toLocaleString('en')} published articles of ${s.clients} clients in 9 languages (bodies ${Math.round(s.bodyChars).toLocaleString('en')} characters on average); ` +
			`ingest ${Math.round(s.articlesPerSecond)} articles/s (${fmt(s.ingestMs / 1000)} s, batches of 250); ` +
			`database ${mib(s.dbBytes)} MiB (kb_published ${mib(s.publishedBytes)} MiB, of which GIN index ${mib(s.ginBytes)} MiB; kb_search_word ${s.knownWords.toLocaleString('en')} words, ${mib(s.wordsBytes)} MiB). ` +
			`Each row: ${settings.queries} queries after a warm-up, one at a time, limit 20, prefix on; ms. "3 clients" is a hero's scope; "one language" passes the language filter.\n`
	);
	console.log('| query | scope | p50 | p95 | p99 | max | mean hits |');
	console.log('|---|---|---:|---:|---:|---:|---:|');
	const line = (a, b, r, hits) => console.log(`| ${a} | ${b} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.max, 2)} | ${hits} |`);
	for (const row of s.search) line(row.kindLabel, row.variantLabel, row, fmt(row.meanHits));
	const kinds = byKind(s.search);
	for (const [kind, label] of Object.entries(QUERY_KINDS)) {
		const rows = s.search.filter((r) => r.kind === kind);
		line(`**${label}**`, 'all four scopes', kinds[kind], fmt(rows.reduce((sum, r) => sum + r.meanHits, 0) / rows.length));
	}
	const overall = summary(s.search.flatMap((r) => r.times));
	line('**overall**', `${overall.n} queries`, overall, fmt(s.search.reduce((sum, r) => sum + r.meanHits, 0) / s.search.length));
	line(`suggestions: ${s.suggest.count} tickets (~${Math.round(s.suggest.meanWords)} words)`, 'one client, its language', s.suggest, fmt(s.suggest.meanHits));

	if (s.agreement) {
		console.log(`\nTwo-step ranking (ts_rank keeps the best 200 matches, ts_rank_cd orders them) against ts_rank_cd over every match, all clients and languages: share of the exact results returned.\n`);
		console.log('| query | queries | of the first 20 | of the first 10 |');
		console.log('|---|---:|---:|---:|');
		for (const a of s.agreement) console.log(`| ${a.kindLabel} | ${a.queries} | ${fmt(100 * a.top20)} % | ${fmt(100 * a.top10)} % |`);
	}

	if (s.device) {
		console.log(`\nA hero's device, which holds only their 3 clients' published articles (${s.device.articles.toLocaleString('en')} of them), all their languages: not part of the target above.\n`);
		console.log('| query | p50 | p95 | p99 | max |');
		console.log('|---|---:|---:|---:|---:|');
		for (const r of s.device.rows) console.log(`| ${r.kindLabel} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.max, 2)} |`);
	}

	const slow = Object.entries(kinds)
		.filter(([, r]) => r.p99 >= TARGET_P99_MS)
		.map(([kind, r]) => `${QUERY_KINDS[kind]} (p99 ${fmt(r.p99)} ms)`);
	const verdict = overall.p99 < TARGET_P99_MS && slow.length === 0 ? 'met' : 'MISSED';
	console.log(
		`\nTarget search p99 < ${TARGET_P99_MS} ms over ${s.articles.toLocaleString('en')} articles: ${verdict} (overall p99 ${fmt(overall.p99)} ms)` +
			(slow.length ? `; over the target: ${slow.join(', ')}.` : '.')
	);
}

function printOpen(o) {
	console.log(`\n## Open an article with its history: built server, loopback, signed in as a director\n`);
	console.log(
		`One article of ${o.words.toLocaleString('en')} words in ${o.paragraphs} paragraphs, written through a y-websocket provider and published ${o.publishes} times with a sentence added between; ` +
			`draft room state ${fmt(o.sizes.state / 1024, 0)} KiB, published room state ${fmt(o.sizes.publishedState / 1024, 0)} KiB, revision list ${fmt(o.sizes.revisions / 1024)} KiB, revision 1 ${fmt(o.sizes.revision / 1024, 0)} KiB (JSON). ` +
			`${o.repetitions} repetitions each, after a warm-up; ms, client-side wall time.\n`
	);
	console.log('| measurement | p50 | p95 | max |');
	console.log('|---|---:|---:|---:|');
	for (const row of o.rows) console.log(`| ${row.label} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.max)} |`);
}
