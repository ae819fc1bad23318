// A raw y-protocols client: a real Y.Doc synced over a real WebSocket, speaking either
// y-websocket's framing (this server, @y/websocket-server) or Hocuspocus's (every frame prefixed
// by the document name, an auth frame first).
//
// Why not y-websocket's WebsocketProvider: it cannot talk to Hocuspocus (different framing, and
// @hocuspocus/provider is not a dependency), and with hundreds of providers in one process its
// awareness (every provider announces itself; every announcement is fanned out to everyone, and
// renewed every 15 s) and timers would load the client process and the servers with traffic
// the benchmark does not ask about. The sync itself is the same y-protocols code the provider
// runs (syncStep1/syncStep2/update on a Y.Doc); the latency is taken when the frame reaches
// JavaScript, before the update is applied, so client-side Yjs work does not count.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const SYNC = 0;
/** Hocuspocus: a sync message that does not ask for another step 1. */
const HOCUSPOCUS_SYNC_REPLY = 4;
const HOCUSPOCUS_AUTH = 2;
/** This project's "saved" frame (src/lib/protocol/messages.ts). */
const OURS_SAVED = 100;
const REMOTE = Symbol('remote');

/**
 * @typedef {{ kind: 'y-websocket' | 'hocuspocus', url: (room: string) => string, headers?: Record<string, string> }} Dialect
 */

export class Client {
	/**
	 * @param {Dialect} dialect
	 * @param {string} room
	 * @param {{ defer?: boolean, onUpdate?: (client: Client, update: Uint8Array) => void }} [options]
	 *   defer: keep received updates and apply them on `applyPending()` (batched, off the clock).
	 */
	constructor(dialect, room, options = {}) {
		this.dialect = dialect;
		this.room = room;
		this.doc = new Y.Doc();
		this.defer = options.defer ?? false;
		this.onUpdate = options.onUpdate ?? null;
		/** @type {Uint8Array[]} */
		this.pending = [];
		/** @type {Map<number, number>} */
		this.saved = new Map();
		this.synced = false;
		this.closed = false;
		this.ws = new WebSocket(dialect.url(room), { headers: dialect.headers, perMessageDeflate: false });
		this.ws.binaryType = 'nodebuffer';
		this.opened = new Promise((resolve, reject) => {
			this.ws.once('open', resolve);
			this.ws.once('error', reject);
		});
		this.whenSynced = new Promise((resolve, reject) => {
			this.resolveSynced = resolve;
			this.ws.once('close', (code, reason) => {
				this.closed = true;
				reject(new Error(`closed ${code} ${reason} before the first sync (${room})`));
			});
		});
		this.whenSynced.catch(() => undefined);
		this.ws.on('error', () => undefined);
		this.ws.on('open', () => {
			if (dialect.kind === 'hocuspocus') {
				// [doc][auth][token sub-type][token]: Hocuspocus queues everything until this.
				const e = this.encoder(HOCUSPOCUS_AUTH);
				encoding.writeVarUint(e, 0);
				encoding.writeVarString(e, '');
				this.ws.send(encoding.toUint8Array(e));
			}
			const e = this.encoder(SYNC);
			syncProtocol.writeSyncStep1(e, this.doc);
			this.ws.send(encoding.toUint8Array(e));
		});
		this.ws.on('message', (data) => this.receive(data));
		this.doc.on('update', (update, origin) => {
			if (origin === REMOTE || this.ws.readyState !== WebSocket.OPEN) return;
			const e = this.encoder(SYNC);
			syncProtocol.writeUpdate(e, update);
			this.ws.send(encoding.toUint8Array(e));
		});
	}

	/** An encoder with the frame's prefix (the document name for Hocuspocus) and type. */
	encoder(type) {
		const e = encoding.createEncoder();
		if (this.dialect.kind === 'hocuspocus') encoding.writeVarString(e, this.room);
		encoding.writeVarUint(e, type);
		return e;
	}

	receive(data) {
		const d = decoding.createDecoder(data);
		if (this.dialect.kind === 'hocuspocus') decoding.readVarString(d);
		const type = decoding.readVarUint(d);
		if (type === OURS_SAVED) {
			this.saved = Y.decodeStateVector(decoding.readVarUint8Array(d));
			return;
		}
		// Everything else (awareness, "access", Hocuspocus's auth and sync status) is not what is
		// measured here.
		if (type !== SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return;
		const sub = decoding.readVarUint(d);
		if (sub === syncProtocol.messageYjsSyncStep1) {
			const e = this.encoder(SYNC);
			syncProtocol.writeSyncStep2(e, this.doc, decoding.readVarUint8Array(d));
			this.ws.send(encoding.toUint8Array(e));
			return;
		}
		const update = decoding.readVarUint8Array(d);
		if (sub === syncProtocol.messageYjsSyncStep2) {
			Y.applyUpdate(this.doc, update, REMOTE);
			if (!this.synced) {
				this.synced = true;
				this.resolveSynced();
			}
			return;
		}
		this.onUpdate?.(this, update);
		if (this.defer) this.pending.push(update);
		else Y.applyUpdate(this.doc, update, REMOTE);
	}

	/** Applies the updates kept while deferring, as one merged update. */
	applyPending() {
		if (this.pending.length === 0) return;
		const merged = this.pending.length === 1 ? this.pending[0] : Y.mergeUpdates(this.pending);
		this.pending = [];
		Y.applyUpdate(this.doc, merged, REMOTE);
	}

	/** Sends a ready-made Yjs update as this client (and applies it to its own doc). */
	sendUpdate(update) {
		Y.applyUpdate(this.doc, update);
	}

	/** True when this project's server said it stored everything this client's doc holds. */
	allSaved() {
		for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
			if ((this.saved.get(client) ?? 0) < clock) return false;
		}
		return true;
	}

	get buffered() {
		return this.ws.bufferedAmount;
	}

	close() {
		this.closed = true;
		this.ws.terminate();
		this.doc.destroy();
	}
}

/** Opens `count` clients in `room`, `parallel` handshakes at a time, all synced. */
export async function openClients(dialect, rooms, options = {}, parallel = 50) {
	const list = Array.isArray(rooms) ? rooms : [rooms];
	const clients = [];
	for (let i = 0; i < list.length; i += parallel) {
		const batch = list.slice(i, i + parallel).map((room) => new Client(dialect, room, options));
		clients.push(...batch);
		await Promise.all(batch.map((client) => client.whenSynced));
	}
	return clients;
}
