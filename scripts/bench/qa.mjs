// QA benchmark:
//  1. dashboard queries: the server's QA services (the code behind GET /api/qa/iqs,
//     /api/qa/reviews and /api/qa/dashboard) on a PGlite in this process with the server's
//     schema (the real migrations) and N generated reviews over 52 weeks. Target: every
//     dashboard query under 100 ms over 100,000 reviews;
//  2. ticket import throughput: POST /api/tickets/import of a generated CSV through the real
//     built server, a first run (every ticket new) and a second (every ticket unchanged).
// Everything is generated from one seed, on loopback, and stops by itself.
//
//   npm run bench:qa                       100,000 reviews, 50 queries per row, 10,000 tickets (~3 min on 2 cores)
//   npm run bench:qa -- --quick            10,000 reviews, 10 queries per row, 1,000 tickets
//   npm run bench:qa -- --reviews=200000 --tickets=20000
//   npm run bench:qa -- --only=dashboard   (or --only=import)
//   npm run bench:qa -- --json             one JSON object on stdout instead of tables
import { cpus, loadavg, totalmem } from 'node:os';
import { benchDashboard } from './qa/dashboard.mjs';
import { benchImport } from './qa/import.mjs';
import { fmt } from './kb/stats.mjs';
import { readArgs } from './lib/args.mjs';

const TARGET_MS = 100;
const { option, count, flag } = readArgs(process.argv.slice(2));
const quick = flag('quick');
const json = flag('json');
const only = option('only');
const settings = {
	reviews: count('reviews', quick ? 10_000 : 100_000),
	clients: count('clients', 20),
	heroesPerClient: 25,
	reviewersPerClient: 4,
	queries: count('queries', quick ? 10 : 50),
	tickets: count('tickets', quick ? 1_000 : 10_000),
	seed: count('seed', 20261207),
	today: new Date().toISOString().slice(0, 10)
};

const watchdog = setTimeout(() => {
	console.error('bench:qa: still running after 30 minutes, giving up');
	process.exit(2);
}, 30 * 60_000);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const log = (line) => process.stderr.write(`${line}\n`);
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'cpu', memoryGiB: Math.round(totalmem() / 2 ** 30), date: settings.today, loadBefore: loadavg()[0] };
if (!json) console.log(`bench:qa — Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.date}, load average ${machine.loadBefore.toFixed(2)}${quick ? ', --quick' : ''}\n`);

const started = performance.now();
const dashboard = only === 'import' ? undefined : await benchDashboard({ ...settings, log });
const imports = only === 'dashboard' ? undefined : await benchImport({ ...settings, log });
const seconds = (performance.now() - started) / 1000;
machine.loadAfter = loadavg()[0];

if (json) {
	const strip = (rows) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'times')));
	console.log(JSON.stringify({ machine, settings, seconds, targetMs: TARGET_MS, dashboard: dashboard && { ...dashboard, rows: strip(dashboard.rows) }, imports }, null, '\t'));
} else {
	if (dashboard) printDashboard(dashboard);
	if (imports) printImport(imports);
	console.log(`\n(${Math.round(seconds)} s in all; load average ${machine.loadAfter.toFixed(2)} at the end)`);
}
clearTimeout(watchdog);
process.exit(0);

function printDashboard(d) {
	console.log(`## Dashboard queries: PGlite in Node, server schema\n`);
	console.log(
		`${d.data.reviews.toLocaleString('en')} reviews (${d.data.submitted.toLocaleString('en')} submitted) of ${settings.clients} clients over 52 weeks, ` +
			`${d.data.answers.toLocaleString('en')} category answers, ${d.data.disputes.toLocaleString('en')} disputes; generated in ${fmt(d.loadMs / 1000)} s. ` +
			`Each row: ${settings.queries} calls after a warm-up, one at a time, the service method as the API calls it (SQL, role walls and mapping); ms.\n`
	);
	console.log('| query | scope | p50 | p95 | p99 | max | rows |');
	console.log('|---|---|---:|---:|---:|---:|---:|');
	for (const r of d.rows) console.log(`| ${r.label} | ${r.scope} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.max, 2)} | ${r.resultRows} |`);
	const slow = d.rows.filter((r) => r.p99 >= TARGET_MS);
	console.log(
		`\nTarget every dashboard query < ${TARGET_MS} ms (p99) over ${d.data.reviews.toLocaleString('en')} reviews: ${slow.length === 0 ? 'met' : 'MISSED'}` +
			(slow.length ? ` (over: ${slow.map((r) => `${r.label}, ${r.scope}: ${fmt(r.p99)} ms`).join('; ')})` : '') +
			'.'
	);
}

function printImport(i) {
	console.log(`\n## Ticket import: POST /api/tickets/import through the built server\n`);
	console.log(`${i.tickets.toLocaleString('en')} tickets over ${i.days} days in one CSV of ${fmt(i.bytes / 2 ** 20)} MiB; parsing alone (in this process): ${Math.round(i.parsePerSecond).toLocaleString('en')} tickets/s.\n`);
	console.log('| run | seconds | tickets/s | report |');
	console.log('|---|---:|---:|---|');
	for (const r of i.runs) console.log(`| ${r.label} | ${fmt(r.ms / 1000, 2)} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.report} |`);
}
