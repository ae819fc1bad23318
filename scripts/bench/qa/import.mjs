// Part 2: ticket import throughput through the real built server: one generated CSV of N
// tickets of one client posted to POST /api/tickets/import as a director would, twice (the
// second run finds every ticket unchanged: the idempotent path). Parsing alone is timed in
// this process with the same parser the endpoint uses.
import { loadBundle } from '../lib/bundle.mjs';
import { ensureBuilt, signIn, startServer } from '../lib/server.mjs';

const ENTRY = `export { parseTicketImport } from './src/lib/domain/ticket-import/index.ts';`;
const SUBJECTS = ['Where is my parcel', 'Refund not received', 'Change my address', 'Card blocked', 'Cancel my subscription', 'Damaged item'];
const DAYS = 60;

/** A helpdesk export: one row per ticket, created over the last DAYS days, a short transcript each. */
function makeCsv(tickets, today, heroEmail) {
	const quote = (text) => `"${text.replaceAll('"', '""')}"`;
	const lines = ['Ticket ID,Created at,Subject,Transcript,Channel,Language,Agent email,CSAT'];
	const end = Date.parse(`${today}T00:00:00Z`);
	for (let i = 0; i < tickets; i++) {
		const at = new Date(end - ((i * 7919) % (DAYS * 86_400)) * 1000 - 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
		const later = new Date(Date.parse(at) + 240_000).toISOString().replace(/\.\d+Z$/, 'Z');
		const subject = SUBJECTS[i % SUBJECTS.length];
		const transcript = JSON.stringify([
			{ author: 'customer', at, body: `${subject}? My order number is ${100000 + i}.` },
			{ author: 'hero', at: later, body: 'Thank you for waiting, I have checked your order and fixed it.' }
		]);
		lines.push([`BENCH-${i + 1}`, at, quote(subject), quote(transcript), ['email', 'chat', 'phone'][i % 3], 'en', i % 4 === 0 ? heroEmail : '', i % 5 === 0 ? '' : String(1 + (i % 5))].join(','));
	}
	return lines.join('\n');
}

export async function benchImport(settings) {
	const { log } = settings;
	ensureBuilt(log);
	const product = await loadBundle(ENTRY, 'bench-qa-import');
	log(`\nimport: ${settings.tickets.toLocaleString('en')} tickets, starting the built server…`);
	const server = startServer('bench-qa', { SEED_DEMO: '1' });
	try {
		const base = await server.url;
		const director = await signIn(base, 'director@demo.test');
		const client = (await director.api('GET', '/api/clients')).json.find((c) => c.languages.includes('en'));
		const csv = makeCsv(settings.tickets, settings.today, 'hero@demo.test');

		let t = performance.now();
		const parsed = product.parseTicketImport('csv', csv, { defaults: { language: 'en', timeZone: client.timeZone } });
		const parseMs = performance.now() - t;
		if (parsed.drafts.length !== settings.tickets) throw new Error(`parsed ${parsed.drafts.length} of ${settings.tickets} tickets: ${JSON.stringify(parsed.rejected.slice(0, 3))}`);

		const runs = [];
		for (const label of ['first import (all new)', 'second import (all unchanged)']) {
			t = performance.now();
			const { json: report } = await director.api('POST', `/api/tickets/import?source=csv&clientId=${client.id}`, csv, { 'content-type': 'text/csv' });
			const ms = performance.now() - t;
			runs.push({ label, ms, perSecond: settings.tickets / (ms / 1000), report: `${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected` });
			log(`  ${label}: ${(ms / 1000).toFixed(2)} s`);
		}
		return { tickets: settings.tickets, days: DAYS, bytes: Buffer.byteLength(csv), parsePerSecond: settings.tickets / (parseMs / 1000), runs };
	} finally {
		await server.stop();
	}
}
