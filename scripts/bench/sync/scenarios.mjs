// The measurements, each run against one server at a time with the same clients and load.
import * as Y from 'yjs';
import { Client, openClients } from './client.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function until(check, timeoutMs, what) {
	const deadline = performance.now() + timeoutMs;
	while (!check()) {
		if (performance.now() > deadline) throw new Error(`timed out: ${what}`);
		await sleep(5);
	}
}

export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function closeAll(clients) {
	for (const client of clients) client.close();
}

/**
 * Memory per open room: `rooms.length` rooms, one client each writing a small document
 * (a map of 10 entries and 200 characters of text), the server's heap and RSS after a full GC
 * compared with before. Includes what the server keeps per connection (one per room).
 */
export async function memoryPerRoom(server, rooms) {
	await sleep(500);
	const before = await server.memory();
	const clients = await openClients(server.dialect, rooms);
	for (const [i, client] of clients.entries()) {
		client.doc.transact(() => {
			const map = client.doc.getMap('m');
			for (let k = 0; k < 10; k++) map.set(`key-${k}`, `value ${i}.${k}`);
			client.doc.getText('t').insert(0, `room ${i} `.padEnd(200, '·'));
		});
	}
	// Every server has applied them (and this one has stored them: persistence is part of it).
	if (server.name === 'ours') await until(() => clients.every((c) => c.allSaved()), 20_000, 'rooms saved');
	else await sleep(1500);
	const after = await server.memory();
	closeAll(clients);
	await sleep(300);
	return {
		heapPerRoom: (after.heapUsed + after.external - before.heapUsed - before.external) / rooms.length,
		rssPerRoom: (after.rss - before.rss) / rooms.length,
		baselineRss: before.rss
	};
}

/**
 * Fan-out latency: `n` clients in one room, one writer; for each edit, the time from the
 * writer's send until every other client's socket delivered it (closed loop: the next edit
 * starts when all have it). `warmup` edits first, not counted. Also the server's CPU time per
 * edit (fanning one edit out to n − 1 sockets), which background load on the machine hardly
 * changes.
 */
export async function fanout(server, room, n, edits, { warmup = 5, before, after } = {}) {
	let current = null;
	const onUpdate = (client) => {
		if (!current || client === writer || client.lastEdit === current.index) return;
		client.lastEdit = current.index;
		current.samples.push(performance.now() - current.t0);
		if (current.samples.length === n - 1) current.done();
	};
	const connectStarted = performance.now();
	const clients = await openClients(server.dialect, Array(n).fill(room), { defer: true, onUpdate });
	const connectMs = performance.now() - connectStarted;
	const writer = clients[0];
	const samples = [];
	let missing = 0;
	await sleep(200);
	await before?.();
	const cpu0 = await server.cpu();
	for (let index = 0; index < warmup + edits; index++) {
		const edit = { index, samples: [], t0: 0, done: () => undefined };
		const complete = new Promise((resolve) => (edit.done = resolve));
		current = edit;
		edit.t0 = performance.now();
		writer.doc.getMap('m').set('k', index);
		const timedOut = await Promise.race([complete.then(() => false), sleep(10_000).then(() => true)]);
		if (timedOut) missing += n - 1 - edit.samples.length;
		if (index >= warmup) samples.push(...edit.samples);
		current = null;
		// Off the clock: apply what was received, then a short pause between edits.
		for (const client of clients) client.applyPending();
		await sleep(5);
	}
	const cpuPerEdit = ((await server.cpu()) - cpu0) / (warmup + edits);
	const diagnosis = await after?.();
	const last = warmup + edits - 1;
	const converged = clients.every((client) => client.doc.getMap('m').get('k') === last);
	closeAll(clients);
	await sleep(300);
	samples.sort((a, b) => a - b);
	return { connectMs, samples, p50: percentile(samples, 50), p99: percentile(samples, 99), missing, converged, cpuPerEdit, diagnosis };
}

/**
 * Sustained updates: `writers` clients in one room each keep up to `window` of their own
 * updates in flight (sent, not yet seen by an observer client) for `seconds`; updates conflict
 * on a shared set of 256 map keys. Counts what the observer received; then every writer applies
 * what it received and all docs must be identical (state vectors and content).
 */
export async function sustained(server, room, writers, seconds, window = 16) {
	const observer = new Client(server.dialect, room);
	await observer.whenSynced;
	const clients = await openClients(server.dialect, Array(writers).fill(room), { defer: true });
	const seen = (client) => Y.getState(observer.doc.store, client.doc.clientID);
	const sent = new Map(clients.map((c) => [c, 0]));
	const applier = setInterval(() => clients.forEach((c) => c.applyPending()), 200);
	const start = performance.now();
	const end = start + seconds * 1000;
	const baseline = clients.reduce((sum, c) => sum + seen(c), 0);
	const cpu0 = await server.cpu();
	while (performance.now() < end) {
		for (const [w, client] of clients.entries()) {
			let seq = sent.get(client);
			while (seq - seen(client) < window && client.buffered < 1 << 16) {
				client.doc.getMap('m').set(`k${(seq * 7 + w) % 256}`, seq);
				seq++;
			}
			sent.set(client, seq);
		}
		await tick();
	}
	const observed = clients.reduce((sum, c) => sum + seen(c), 0) - baseline;
	const elapsed = (performance.now() - start) / 1000;
	const cpuShare = ((await server.cpu()) - cpu0) / 1000 / elapsed;
	clearInterval(applier);
	const stopped = performance.now();
	const all = [observer, ...clients];
	let converged = false;
	const deadline = stopped + 15_000;
	while (performance.now() < deadline) {
		for (const client of clients) client.applyPending();
		const vector = Buffer.from(Y.encodeStateVector(observer.doc)).toString('base64');
		const json = content(observer.doc);
		converged = all.every(
			(c) =>
				Buffer.from(Y.encodeStateVector(c.doc)).toString('base64') === vector &&
				content(c.doc) === json
		) && clients.every((c) => seen(c) === sent.get(c));
		if (converged) break;
		await sleep(20);
	}
	const totalSent = [...sent.values()].reduce((a, b) => a + b, 0);
	closeAll(all);
	await sleep(300);
	return { perSecond: observed / elapsed, totalSent, converged, convergedAfterMs: performance.now() - stopped, cpuShare };
}

/** A doc's map as JSON, keys sorted (a Y.Map's key order is its local insertion order). */
const content = (doc) => JSON.stringify(Object.entries(doc.getMap('m').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * A document of `ops` small operations, as `batches` updates from 20 different client ids:
 * text inserts at random places, deletions and map writes (seeded, the same for every server).
 */
export function buildLargeDoc(ops, batches = 100) {
	let seed = 20261122;
	const random = () => {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		return seed / 0x7fffffff;
	};
	const doc = new Y.Doc();
	const text = doc.getText('t');
	const map = doc.getMap('m');
	const updates = [];
	let batch = [];
	doc.on('update', (update) => batch.push(update));
	const perBatch = Math.ceil(ops / batches);
	for (let b = 0; b < batches; b++) {
		doc.clientID = 1000 + (b % 20);
		for (let i = 0; i < perBatch; i++) {
			const r = random();
			if (r < 0.6 || text.length < 20) {
				text.insert(Math.floor(random() * (text.length + 1)), 'abcd'.slice(0, 1 + Math.floor(random() * 4)));
			} else if (r < 0.8) {
				text.delete(Math.floor(random() * (text.length - 5)), 1 + Math.floor(random() * 3));
			} else {
				map.set(`key-${Math.floor(random() * 500)}`, Math.floor(random() * 1e6));
			}
		}
		updates.push(Y.mergeUpdates(batch));
		batch = [];
	}
	const state = Y.encodeStateAsUpdate(doc);
	const vector = Y.encodeStateVector(doc);
	const textValue = text.toString();
	doc.destroy();
	return { updates, state, vector, text: textValue };
}

/** Writes a large document into `room` through one client; resolves when the server holds it. */
export async function writeLargeDoc(server, room, large) {
	const writer = new Client(server.dialect, room, { defer: true });
	await writer.whenSynced;
	for (const update of large.updates) {
		writer.sendUpdate(update);
		while (writer.buffered > 1 << 20) await sleep(2);
	}
	if (server.name === 'ours') await until(() => writer.allSaved(), 60_000, 'large doc saved');
	return writer;
}

/** Time from opening a socket to a client doc equal to the large document. */
export async function timeFirstSync(server, room, large) {
	const started = performance.now();
	const client = new Client(server.dialect, room);
	await client.whenSynced;
	const ms = performance.now() - started;
	const complete =
		Buffer.compare(Buffer.from(Y.encodeStateVector(client.doc)), Buffer.from(large.vector)) === 0 &&
		client.doc.getText('t').toString() === large.text;
	client.close();
	if (!complete) throw new Error(`${server.name}: first sync of ${room} was incomplete`);
	return ms;
}
