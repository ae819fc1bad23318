import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PGLITE_EXTENSIONS } from '../../src/lib/db/extensions';
import { MESSAGE, readAccess, readSaved, type Access } from '../../src/lib/protocol/messages';
import type { Me } from '../../src/lib/domain/directory';
import { ApiClient } from '../helpers/server';

/** A `ws` WebSocket that sends fixed handshake headers (cookie, origin): what a browser does. */
/** Typed as the browser's WebSocket, which is what WebsocketProvider's option expects. */
export function socketClass(headers: Record<string, string>): typeof globalThis.WebSocket {
	const HeaderSocket = class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
	return HeaderSocket as unknown as typeof globalThis.WebSocket;
}

export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/sync`;

export interface Session {
	api: ApiClient;
	cookie: string;
	me: Me;
}

export async function signIn(url: string, email: string): Promise<Session> {
	const api = new ApiClient(url);
	await api.login(email);
	const me = (await (await api.get('/api/me')).json()) as Me;
	return { api, cookie: api.cookie, me };
}

/** A real y-websocket provider in Node, with the project's "saved" and "access" frames read. */
export class TestPeer {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	saved = new Map<number, number>();
	access: Access | null = null;
	closes: number[] = [];

	constructor(url: string, room: string, cookie: string, options: { origin?: string; connect?: boolean } = {}) {
		const headers: Record<string, string> = { cookie };
		if (options.origin) headers.origin = options.origin;
		this.provider = new WebsocketProvider(wsUrl(url), room, this.doc, {
			// Node 20 has BroadcastChannel: without this, peers in one test process would sync
			// with each other directly, around the server.
			disableBc: true,
			connect: options.connect ?? true,
			maxBackoffTime: 300,
			WebSocketPolyfill: socketClass(headers)
		});
		this.provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
			this.saved = readSaved(decoder);
		};
		this.provider.messageHandlers[MESSAGE.access] = (_encoder, decoder) => {
			this.access = readAccess(decoder);
		};
		this.provider.on('connection-close', (event) => {
			if (event) this.closes.push(event.code);
		});
	}

	get map(): Y.Map<unknown> {
		return this.doc.getMap('m');
	}

	/** True when the server has stored every operation this peer's doc holds. */
	allSaved(): boolean {
		for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) if ((this.saved.get(client) ?? 0) < clock) return false;
		return true;
	}

	destroy(): void {
		this.provider.destroy();
		this.doc.destroy();
	}
}

/** A raw socket speaking the protocol by hand, for what a well-behaved provider never sends. */
export class RawPeer {
	readonly ws: WebSocket;
	readonly frames: Uint8Array[] = [];
	readonly opened: Promise<void>;
	readonly closed: Promise<{ code: number; reason: string }>;

	constructor(url: string, room: string, headers: Record<string, string> = {}) {
		this.ws = new WebSocket(`${wsUrl(url)}/${room}`, { headers });
		this.ws.on('message', (data: Buffer) => this.frames.push(new Uint8Array(data)));
		this.ws.on('error', () => {});
		this.opened = new Promise((resolve) => this.ws.once('open', () => resolve()));
		this.closed = new Promise((resolve) =>
			this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))
		);
	}

	/** Sends now, or once open (in call order). */
	send(frame: Uint8Array | string): void {
		if (this.ws.readyState === WebSocket.CONNECTING) void this.opened.then(() => this.ws.send(frame));
		else this.ws.send(frame);
	}

	/** The body of the first frame of `type` (and sync sub-type), waiting for it. */
	async next(type: number, sub?: number, timeoutMs = 5000): Promise<decoding.Decoder> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const index = this.frames.findIndex((frame) => {
				const decoder = decoding.createDecoder(frame);
				return decoding.readVarUint(decoder) === type && (sub === undefined || decoding.readVarUint(decoder) === sub);
			});
			if (index >= 0) {
				const decoder = decoding.createDecoder(this.frames.splice(index, 1)[0]!);
				decoding.readVarUint(decoder);
				if (sub !== undefined) decoding.readVarUint(decoder);
				return decoder;
			}
			if (this.ws.readyState === WebSocket.CLOSED) throw new Error(`closed before a frame of type ${type}`);
			if (Date.now() > deadline) throw new Error(`no frame of type ${type}/${sub ?? '*'} within ${timeoutMs} ms`);
			await sleep(10);
		}
	}

	/** Asks for the room's whole state (sync step 1 with an empty vector) and returns it. */
	async fetchState(): Promise<Y.Doc> {
		this.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
		const update = decoding.readVarUint8Array(await this.next(MESSAGE.sync, 1));
		const doc = new Y.Doc();
		Y.applyUpdate(doc, update);
		return doc;
	}

	close(): void {
		this.ws.terminate();
	}
}

/** `[0, step, varUint8Array body]`: a y-protocols sync frame. */
export function syncFrame(step: number, body: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE.sync);
	encoding.writeVarUint(encoder, step);
	encoding.writeVarUint8Array(encoder, body);
	return encoding.toUint8Array(encoder);
}

/** An update that sets `key` in the map `m` of a fresh doc. */
export function mapUpdate(key: string, value: unknown): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('m').set(key, value);
	return Y.encodeStateAsUpdate(doc);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `check` until it stops throwing (hocuspocus style), then returns its result. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await check();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await sleep(25);
		}
	}
}

/** Runs SQL on a stopped server's data directory (the server owns it while running). */
export async function withDataDir(dataDir: string, sql: string): Promise<void> {
	const db = await PGlite.create({ dataDir: join(dataDir, 'pglite'), extensions: PGLITE_EXTENSIONS });
	try {
		await db.exec(sql);
	} finally {
		await db.close();
	}
}

/** The map `m` of a doc as a plain object. */
export const mapOf = (doc: Y.Doc) => doc.getMap('m').toJSON() as Record<string, unknown>;
