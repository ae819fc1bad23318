// Part 2: opening an article with its history, through the real built server. A director
// writes a long draft through a real y-websocket provider (as the editor does), publishes it
// many times with small edits between, then a fresh client opens it: the draft room `kb.<id>`
// (connect + first sync), the revision list, and one revision's content — each alone, and the
// three at once ("open with history").
//
// The server runs with SYNC_ROOM_IDLE_MS=0 so that a room nobody holds is unloaded at once:
// "room in memory" is measured while the writer keeps the room open, "room from the store"
// after it left (each open then loads the room's log from the database). SYNC_FLUSH_DEBOUNCE_MS
// is 20 ms so that the 50 edits are stored (and published) quickly; each edit is stored before
// the next is made, so the room's log has one row per edit as with the default.
// Diagnosis: BENCH_KB_LOG_LEVEL=debug prints the server's log at the end (room loads, unloads).
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ensureBuilt, signIn, startServer } from '../lib/server.mjs';
import { makeParagraphs, makeSentence, pickers, random } from './corpus.mjs';
import { summary } from './stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A `ws` WebSocket sending the session cookie with its handshake, as a browser does. */
const socketClass = (headers) =>
	class extends WebSocket {
		constructor(url, protocols) {
			super(url, protocols, { headers });
		}
	};

/** A real y-websocket provider in Node (tests/sync/helpers.ts TestPeer), with the server's "saved" frame read. */
function openPeer(product, base, room, cookie) {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(`${base.replace(/^http/, 'ws')}/sync`, room, doc, {
		disableBc: true,
		maxBackoffTime: 300,
		WebSocketPolyfill: socketClass({ cookie })
	});
	const peer = { doc, provider, saved: new Map() };
	provider.messageHandlers[product.MESSAGE.saved] = (_encoder, decoder) => {
		peer.saved = product.readSaved(decoder);
	};
	provider.messageHandlers[product.MESSAGE.access] = () => undefined;
	peer.synced = new Promise((resolve) => {
		if (provider.synced) resolve();
		provider.on('sync', (synced) => synced && resolve());
	});
	peer.allSaved = () => [...Y.decodeStateVector(Y.encodeStateVector(doc))].every(([client, clock]) => (peer.saved.get(client) ?? 0) >= clock);
	peer.destroy = () => {
		provider.destroy();
		doc.destroy();
	};
	return peer;
}

async function until(check, what, timeoutMs = 15_000) {
	const deadline = performance.now() + timeoutMs;
	while (!check()) {
		if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(5);
	}
}

async function withTimeout(promise, what, timeoutMs = 15_000) {
	let timer;
	const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), timeoutMs)));
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * @param {object} product  the bundled product modules (modules.mjs)
 * @param {{ publishes: number, repetitions: number, words: number, seed: number, log: (line: string) => void }} settings
 */
export async function benchOpenArticle(product, settings) {
	const { log } = settings;
	ensureBuilt(log);
	const server = startServer('bench-kb', { LOG_LEVEL: process.env.BENCH_KB_LOG_LEVEL ?? 'warn', SYNC_ROOM_IDLE_MS: '0', SYNC_FLUSH_DEBOUNCE_MS: '20' });
	const peers = [];
	try {
		const base = await server.url;
		const { cookie, api } = await signIn(base, 'director@demo.test');

		const client = (await api('GET', '/api/clients')).json[0];
		const language = client.languages[0];
		const { json: article } = await api('POST', '/api/kb/articles', { clientId: client.id, title: 'Bench: returns and refunds', language, category: 'Bench' });
		const room = `kb.${article.id}`;

		const rand = random(settings.seed);
		const pick = pickers(rand);
		const fakeClient = { products: ['BenchOne', 'BenchTwo'] };
		const paragraphs = makeParagraphs(rand, pick, fakeClient, language, settings.words);
		const writer = openPeer(product, base, room, cookie);
		peers.push(writer);
		await withTimeout(writer.synced, 'the writer’s first sync');
		const body = writer.doc.getXmlFragment('body');
		writer.doc.transact(() => {
			body.delete(0, body.length);
			body.insert(
				0,
				paragraphs.map((line) => {
					const paragraph = new Y.XmlElement('paragraph');
					paragraph.insert(0, [new Y.XmlText(line)]);
					return paragraph;
				})
			);
		});
		await until(writer.allSaved, 'the draft to be stored');

		let t = performance.now();
		for (let n = 1; n <= settings.publishes; n++) {
			if (n > 1) {
				const paragraph = body.get(rand.int(0, body.length - 1));
				const textNode = paragraph.get(0);
				textNode.insert(textNode.length, ` ${makeSentence(rand, pick, fakeClient, language)}`);
				await until(writer.allSaved, 'an edit to be stored');
			}
			await api('POST', `/api/kb/articles/${article.id}/publish`, { message: `Edit ${n}` });
		}
		const words = body.toArray().reduce((sum, p) => sum + p.get(0).toString().split(/\s+/).length, 0);
		log(`article ${article.id} (${language}): ${body.length} paragraphs, ${words} words, published ${settings.publishes} times in ${Math.round(performance.now() - t)} ms`);

		const openRoom = async (name = room) => {
			const started = performance.now();
			const peer = openPeer(product, base, name, cookie);
			try {
				await withTimeout(peer.synced, `first sync of ${name}`);
				const ms = performance.now() - started;
				const got = peer.doc.getXmlFragment('body').length;
				if (got !== body.length) throw new Error(`${name}: synced a body of ${got} paragraphs, not ${body.length}`);
				return { ms, stateBytes: Y.encodeStateAsUpdate(peer.doc).byteLength };
			} finally {
				peer.destroy();
			}
		};
		const timed = async (fn) => {
			const started = performance.now();
			const value = await fn();
			return { ms: performance.now() - started, value };
		};
		const revisions = () => timed(() => api('GET', `/api/kb/articles/${article.id}/revisions`));
		const firstRevision = () => timed(() => api('GET', `/api/kb/articles/${article.id}/revisions/1`));
		const all = () => timed(() => Promise.all([openRoom(), revisions(), firstRevision()]));
		const publishedRoom = `kb-published.${article.id}`;

		const result = { publishes: settings.publishes, repetitions: settings.repetitions, paragraphs: body.length, words, rows: [] };
		const measure = async (key, label, fn, pause = 0) => {
			const times = [];
			for (let i = 0; i < settings.repetitions; i++) {
				times.push((await fn()).ms);
				if (pause) await sleep(pause);
			}
			const row = { key, label, ...summary(times) };
			result.rows.push(row);
			log(`  ${label}: p50 ${row.p50.toFixed(1)} p95 ${row.p95.toFixed(1)} max ${row.max.toFixed(1)} ms`);
		};

		// Warm-up: the server's first requests compile code paths, not what a user waits for.
		for (let i = 0; i < 3; i++) await all();
		const sizes = {
			state: (await openRoom()).stateBytes,
			publishedState: (await openRoom(publishedRoom)).stateBytes,
			revisions: (await revisions()).value.bytes,
			revision: (await firstRevision()).value.bytes
		};
		result.sizes = sizes;
		log(`  sizes: draft state ${(sizes.state / 1024).toFixed(0)} KiB, published state ${(sizes.publishedState / 1024).toFixed(0)} KiB, revision list ${(sizes.revisions / 1024).toFixed(1)} KiB, revision 1 ${(sizes.revision / 1024).toFixed(0)} KiB`);

		await measure('sync-memory', `connect + first sync of kb.<id>, room in memory`, openRoom);
		await measure('revisions', `GET /api/kb/articles/:id/revisions (${settings.publishes} revisions)`, revisions);
		await measure('revision', 'GET /api/kb/articles/:id/revisions/1', firstRevision);
		await measure('open-memory', 'open with history (the three in parallel), room in memory', all);
		// The writer leaves: from now on the room is loaded from the store at each open (and
		// unloaded again when the reader leaves; the pause lets the server do so).
		writer.destroy();
		peers.splice(peers.indexOf(writer), 1);
		await sleep(300);
		await measure('sync-store', 'connect + first sync of kb.<id>, room from the store', openRoom, 150);
		await measure('open-store', 'open with history (the three in parallel), room from the store', all, 150);
		// What a hero opens instead: the published copy, rewritten whole at every publish.
		await measure('published-store', `connect + first sync of kb-published.<id> (a hero's view), room from the store`, () => openRoom(publishedRoom), 150);
		return result;
	} finally {
		for (const peer of peers) peer.destroy();
		await server.stop();
		if (process.env.BENCH_KB_LOG_LEVEL) log(server.output());
	}
}
