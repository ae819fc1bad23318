// Part 1: the QA dashboard's queries as the server runs them — the services behind the API, on
// an in-memory PGlite with the server's schema (the real migrations, the real runner) and
// generated reviews (data.mjs), timed one call at a time.
import { readdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { loadBundle } from '../lib/bundle.mjs';
import { summary } from '../kb/stats.mjs';
import { generateQaData } from './data.mjs';

const MIGRATIONS = new URL('../../../migrations/', import.meta.url).pathname;

const ENTRY = `
export { QaService } from './server/services/qa.ts';
export { QaDashboardService } from './server/services/qa-dashboard.ts';
export { iqsSeriesQuery, categoriesQuery, distributionQuery, reviewersQuery, disputesQuery } from './src/lib/domain/qa/dashboard.ts';
export { ClientService } from './server/services/clients.ts';
export { wrapPglite } from './server/db/pglite-store.ts';
export { migrate } from './src/lib/db/migrate.ts';
export { PGLITE_EXTENSIONS } from './src/lib/db/extensions.ts';
`;

const DAY_MS = 86_400_000;
const dayBefore = (day, days) => new Date(Date.parse(day) - days * DAY_MS).toISOString().slice(0, 10);

const CHARTS = [
	['IQS over time by hero', (p, scope) => p.iqsSeriesQuery(scope, 'hero')],
	['IQS over time by language', (p, scope) => p.iqsSeriesQuery(scope, 'language')],
	['category breakdown', (p, scope) => p.categoriesQuery(scope)],
	['score distribution', (p, scope) => p.distributionQuery(scope)],
	['reviewer consistency', (p, scope) => p.reviewersQuery(scope)],
	['dispute rate', (p, scope) => p.disputesQuery(scope)]
];

/**
 * The calls timed: [label, scope, call(product, services, viewers, clientId)] — each chart's query
 * (src/lib/domain/qa/dashboard.ts) as QaDashboardService runs it, in the scopes the charts page
 * asks for (every client or one, the default 12 weeks or a year, a hero's own), then the whole
 * GET /api/qa/dashboard answer and the older /api/qa/iqs and /api/qa/reviews.
 */
function queries(settings) {
	const { today } = settings;
	const weeks12 = { from: dayBefore(today, 83), to: today };
	const year = { from: dayBefore(today, 364), to: today };
	const month = { from: dayBefore(today, 29), to: today };
	const all = Array.from({ length: settings.clients }, (_, i) => `bench-client-${i + 1}`);
	const sql = (query) => (p, s) => s.store.query(query.sql, query.params).then((r) => r.rows);
	const scopes = [
		['every client, 12 weeks', () => ({ clientIds: all, ...weeks12, heroId: null })],
		['every client, 52 weeks', () => ({ clientIds: all, ...year, heroId: null })],
		['one client, 52 weeks', (c) => ({ clientIds: [c], ...year, heroId: null })],
		['a hero, 52 weeks', (c, v) => ({ clientIds: [c], ...year, heroId: v.hero(c).id })]
	];
	const rows = [];
	for (const [chart, build] of CHARTS) {
		for (const [scopeLabel, scope] of scopes) {
			rows.push([chart, scopeLabel, (p, s, v, c) => sql(build(p, scope(c, v)))(p, s)]);
		}
	}
	rows.push(
		['whole dashboard (GET /api/qa/dashboard)', 'every client, 12 weeks', (p, s, v) => s.dashboard.dashboard(v.director, { groupBy: 'hero', ...weeks12 })],
		['whole dashboard', 'one client, 52 weeks', (p, s, v, c) => s.dashboard.dashboard(v.director, { clientId: c, groupBy: 'hero', ...year })],
		['whole dashboard', 'a hero, 52 weeks', (p, s, v, c) => s.dashboard.dashboard(v.hero(c), { clientId: c, groupBy: 'hero', ...year })],
		['IQS by week (GET /api/qa/iqs)', 'one client, 52 weeks', (p, s, v, c) => s.qa.iqs(v.director, { clientId: c, groupBy: 'week', ...year })],
		['reviews with categories (GET /api/qa/reviews)', 'one client, 30 days', (p, s, v, c) => s.qa.reviews(v.director, { clientId: c, status: 'submitted', ...month })]
	);
	return rows;
}

export async function benchDashboard(settings) {
	const { log } = settings;
	const product = await loadBundle(ENTRY, 'bench-qa');
	const pg = await PGlite.create({ extensions: product.PGLITE_EXTENSIONS });
	const store = product.wrapPglite(pg);
	const files = readdirSync(MIGRATIONS)
		.filter((name) => name.endsWith('.sql'))
		.map((name) => ({ name, sql: readFileSync(MIGRATIONS + name, 'utf8') }));
	await product.migrate(store, files, 'server');

	log(`dashboard: generating ${settings.reviews.toLocaleString('en')} reviews…`);
	let t = performance.now();
	const data = await generateQaData(store, settings);
	const loadMs = performance.now() - t;
	log(`  ${data.reviews} reviews, ${data.answers} answers, ${data.disputes} disputes in ${(loadMs / 1000).toFixed(1)} s`);

	const clients = new product.ClientService(store);
	const services = { store, qa: new product.QaService(store, clients), dashboard: new product.QaDashboardService(store, clients) };
	const viewers = {
		director: { id: 'bench-director', role: 'director' },
		// The first hero of the client (heroes see only their own reviews).
		hero: (clientId) => ({ id: `bench-hero-${(Number(clientId.split('-').at(-1)) - 1) * settings.heroesPerClient + 1}`, role: 'hero' })
	};
	const clientIds = Array.from({ length: settings.clients }, (_, i) => `bench-client-${i + 1}`);

	const rows = [];
	for (const [label, scope, call] of queries(settings)) {
		// Warm-up: three calls (plans, caches), then the timed calls round the clients.
		for (const clientId of clientIds.slice(0, 3)) await call(product, services, viewers, clientId);
		const times = [];
		let resultRows = 0;
		for (let i = 0; i < settings.queries; i++) {
			const clientId = clientIds[i % clientIds.length];
			t = performance.now();
			const result = await call(product, services, viewers, clientId);
			times.push(performance.now() - t);
			resultRows += Array.isArray(result) ? result.length : 1;
		}
		const row = { label, scope, ...summary(times), resultRows: Math.round(resultRows / settings.queries), times };
		rows.push(row);
		log(`  ${label}, ${scope}: p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms`);
	}
	await store.close();
	return { data, loadMs, rows };
}
