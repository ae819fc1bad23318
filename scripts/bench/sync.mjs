// Sync server benchmark: this server (auth and persistence on, a real session cookie) against
// @y/websocket-server 0.1.1 and Hocuspocus 3.4.4, on the same load. Each server runs in its own
// process; the clients run in this one. The three are up at the same time and measured in
// alternating rounds, so background load on the machine lands on all of them alike.
// Everything is on loopback, bounded in count and time, and stops by itself.
//
//   npm run bench:sync                  full run (~3 min on 2 cores, plus a build if stale)
//   npm run bench:sync -- --quick       fewer rounds and edits, a 20k-op room (~1.5 min)
//   npm run bench:sync -- --only=ours,hocuspocus
//   npm run bench:sync -- --ours-build=/path/to/checkout/build/server.js   (compare a patch)
//
// Prints a Markdown table on stdout (progress on stderr). What each row measures is written in
// scripts/bench/sync/scenarios.mjs; the clients are described in scripts/bench/sync/client.mjs.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { buildLargeDoc, fanout, memoryPerRoom, sleep, sustained, timeFirstSync, writeLargeDoc } from './sync/scenarios.mjs';
import { startHocuspocus, startOurs, startYWebsocketServer } from './sync/servers.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
// Diagnosis: this server from another build (e.g. a patched checkout's build/server.js).
const oursBuild = args.find((a) => a.startsWith('--ours-build='))?.slice('--ours-build='.length);
const settings = {
	sizes: [10, 100, 500],
	rounds: quick ? 3 : 5,
	editsPerRound: quick ? 15 : 30,
	writers: 10,
	sustainedRounds: quick ? 1 : 2,
	seconds: quick ? 3 : 4,
	rooms: 200,
	ops: quick ? 20_000 : 100_000,
	loadRepeats: 3
};

// A hard stop, whatever happens; the servers stop when we go (probe.mjs, on disconnect).
const watchdog = setTimeout(() => {
	console.error('bench:sync: still running after 10 minutes, giving up');
	process.exit(2);
}, 10 * 60_000);
watchdog.unref();

execFileSync(process.execPath, [new URL('../ensure-build.mjs', import.meta.url).pathname], { stdio: ['ignore', 2, 2] });

const log = (line) => process.stderr.write(`${line}\n`);
const SPECS = [
	{ key: 'ours', label: `this server (auth + persistence)${oursBuild ? ` [${oursBuild}]` : ''}`, start: () => startOurs({}, oursBuild) },
	{ key: 'y-websocket-server', label: '@y/websocket-server 0.1.1', start: startYWebsocketServer },
	{ key: 'hocuspocus', label: 'Hocuspocus 3.4.4', start: startHocuspocus }
].filter((spec) => !only || only.includes(spec.key));
/** Round `r` starts with a different server each time. */
const rotate = (list, r) => list.map((_, i) => list[(i + r) % list.length]);

const t = performance.now();
log(`building a document of ${settings.ops} operations…`);
const large = buildLargeDoc(settings.ops);
log(`  ${large.updates.length} updates, state ${(large.state.byteLength / 1024).toFixed(0)} KiB (${Math.round(performance.now() - t)} ms)`);

const servers = [];
const results = {};
try {
	for (const spec of SPECS) {
		const server = await spec.start();
		servers.push({ ...spec, server });
		results[spec.key] = { fanout: {}, sustained: [], warm: [] };
	}
	// Ours refuses rooms of clients that do not exist: every server gets rooms named
	// `qa.<an existing client>.<month>`, which the others accept as any name.
	const clientIds = servers.find((s) => s.server.clientIds)?.server.clientIds ?? ['client-one', 'client-two'];
	let nextRoom = 0;
	const room = () => {
		const i = nextRoom++;
		const month = Math.floor(i / clientIds.length);
		return `qa.${clientIds[i % clientIds.length]}.${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
	};

	log(`\nmemory: ${settings.rooms} rooms with one client each`);
	for (const { key, server } of servers) {
		const rooms = Array.from({ length: settings.rooms }, room);
		results[key].memory = await memoryPerRoom(server, rooms);
		log(`  ${key}: ${(results[key].memory.heapPerRoom / 1024).toFixed(1)} KiB heap, ${(results[key].memory.rssPerRoom / 1024).toFixed(1)} KiB RSS per room`);
	}
	// Let the 200 disconnects settle before timing anything.
	await sleep(2000);

	for (const n of settings.sizes) {
		log(`\nfan-out: ${n} clients in one room, ${settings.rounds} rounds of ${settings.editsPerRound} edits`);
		for (let r = 0; r < settings.rounds; r++) {
			const name = room();
			for (const { key, server } of rotate(servers, r)) {
				const result = await fanout(server, name, n, settings.editsPerRound);
				const acc = (results[key].fanout[n] ??= { p50: [], p99: [], missing: 0, converged: true, connectMs: [], cpuPerEdit: [] });
				acc.p50.push(result.p50);
				acc.p99.push(result.p99);
				acc.missing += result.missing;
				acc.converged &&= result.converged;
				acc.connectMs.push(result.connectMs);
				acc.cpuPerEdit.push(result.cpuPerEdit);
				log(`  ${key}: p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, server CPU ${result.cpuPerEdit.toFixed(2)} ms/edit, connect ${Math.round(result.connectMs)} ms`);
			}
		}
	}

	log(`\nsustained: ${settings.writers} writers in one room, ${settings.sustainedRounds} × ${settings.seconds} s`);
	for (let r = 0; r < settings.sustainedRounds; r++) {
		const name = room();
		for (const { key, server } of rotate(servers, r)) {
			const result = await sustained(server, name, settings.writers, settings.seconds);
			results[key].sustained.push(result);
			log(`  ${key}: ${Math.round(result.perSecond)} updates/s (server CPU ${Math.round(result.cpuShare * 100)} %), converged ${result.converged} after ${Math.round(result.convergedAfterMs)} ms`);
		}
	}

	log(`\nloading a room of ${settings.ops} operations`);
	const bigRoom = room();
	const writers = [];
	for (const { server } of servers) writers.push(await writeLargeDoc(server, bigRoom, large));
	for (let r = 0; r < settings.loadRepeats; r++) {
		for (const { key, server } of rotate(servers, r)) results[key].warm.push(await timeFirstSync(server, bigRoom, large));
	}
	for (const writer of writers) writer.close();
	for (const { key } of servers) log(`  ${key}, room in memory: ${results[key].warm.map((ms) => Math.round(ms)).join(', ')} ms`);
	const ours = servers.find((s) => s.key === 'ours');
	if (ours) {
		// SIGTERM writes every room; the new process loads this one from the room log.
		await ours.server.restart();
		results.ours.cold = await timeFirstSync(ours.server, bigRoom, large);
		log(`  ours, after a restart (from the store): ${Math.round(results.ours.cold)} ms`);
	}
} finally {
	await Promise.all(servers.map(({ server }) => server.dispose()));
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const median = (xs) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const row = (label, cell) => `| ${label} | ${SPECS.map((spec) => cell(results[spec.key])).join(' | ')} |`;
const lines = [`| measurement | ${SPECS.map((spec) => spec.label).join(' | ')} |`, `|---|${SPECS.map(() => '---:').join('|')}|`];
for (const n of settings.sizes) {
	lines.push(
		row(`fan-out latency, ${n} clients in one room: p50 / p99 (ms)`, (r) => {
			const f = r.fanout[n];
			const flags = [f.missing ? `${f.missing} missing` : '', f.converged ? '' : 'NOT converged'].filter(Boolean).join(', ');
			return `${fmt(median(f.p50), 2)} / ${fmt(median(f.p99), 2)}${flags ? ` (${flags})` : ''}`;
		})
	);
}
const largest = settings.sizes.at(-1);
lines.push(row(`server CPU per edit fanned out to ${largest - 1} clients (ms)`, (r) => fmt(median(r.fanout[largest].cpuPerEdit), 2)));
lines.push(row(`connect + first sync of ${largest} clients (ms)`, (r) => fmt(median(r.fanout[largest].connectMs), 0)));
lines.push(
	row(`sustained updates/s, ${settings.writers} writers (server CPU %)`, (r) => {
		const converged = r.sustained.every((s) => s.converged);
		return `${fmt(median(r.sustained.map((s) => s.perSecond)), 0)} (${fmt(median(r.sustained.map((s) => s.cpuShare * 100)), 0)} %)${converged ? '' : ' NOT converged'}`;
	})
);
lines.push(row(`… server CPU per update (ms)`, (r) => fmt(median(r.sustained.map((s) => (s.cpuShare * 1000) / s.perSecond)), 3)));
lines.push(row(`… all docs identical after the last update (ms)`, (r) => fmt(Math.max(...r.sustained.map((s) => s.convergedAfterMs)), 0)));
lines.push(row(`memory per open room, ${settings.rooms} rooms: heap+external / RSS (KiB)`, (r) => `${fmt(r.memory.heapPerRoom / 1024)} / ${fmt(r.memory.rssPerRoom / 1024)}`));
lines.push(row(`first full sync of a ${settings.ops / 1000}k-op room held in memory (ms)`, (r) => fmt(median(r.warm), 0)));
lines.push(row(`first full sync of a ${settings.ops / 1000}k-op room after a restart (ms)`, (r) => (r.cold === undefined ? 'n/a (no persistence)' : fmt(r.cold, 0))));

const cpu = cpus()[0]?.model ?? 'cpu';
console.log(`\nbench:sync — Node ${process.version}, ${cpus().length} × ${cpu}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}`);
console.log(
	`fan-out: median over ${settings.rounds} rounds of ${settings.editsPerRound} edits (+5 warm-up) per size; sustained: median of ${settings.sustainedRounds} × ${settings.seconds} s; ` +
		`${settings.ops / 1000}k-op room: ${(large.state.byteLength / 1024).toFixed(0)} KiB of state, median of ${settings.loadRepeats}\n`
);
console.log(lines.join('\n'));
clearTimeout(watchdog);
