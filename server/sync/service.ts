import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { SERVER_PROJECTIONS } from '#domain/projections/server';
import type { Projection } from '#domain/projections/types';
import { CLOSE, parseRoom, SYNC_PATH, type RoomKind } from '#protocol/rooms';
import type { SessionService } from '../auth/sessions';
import type { Store } from '../db/store';
import type { Logger } from '../log';
import { reauthorise } from './access-changes';
import { Authoriser } from './authorise';
import { connect } from './connect';
import { ConnectionsByUser } from './connection';
import { startHeartbeat } from './heartbeat';
import { hardFrameLimit } from './limit';
import type { SyncOptions } from './options';
import { applyToStore } from './project';
import { RoomRegistry } from './registry';
import { SERVER_ORIGIN, type Room } from './room';
import { RoomLog } from './room-log';

export interface SyncDeps {
	store: Store;
	sessions: SessionService;
	logger: Logger;
	options: SyncOptions;
	/** The kinds projected into `store` after each write (project.ts); SERVER_PROJECTIONS by default. */
	projections?: Partial<Record<RoomKind, Projection>>;
}

/**
 * The sync server: y-websocket's protocol on `/sync/<room>` of the console's own HTTP server,
 * and the same rooms for server code (seeding, jobs, publishing) through `withRoom`/`readRoom`.
 * See server/sync/README.md for the pipeline.
 */
export class SyncService {
	private readonly wss: WebSocketServer;
	private readonly registry: RoomRegistry;
	private readonly connections = new ConnectionsByUser();
	private readonly authoriser: Authoriser;
	private readonly stopHeartbeat: () => void;
	private closing: Promise<void> | null = null;

	constructor(private readonly deps: SyncDeps) {
		const { options, logger } = deps;
		this.authoriser = new Authoriser(deps.store);
		this.wss = new WebSocketServer({
			noServer: true,
			maxPayload: hardFrameLimit(options.maxMessageBytes),
			// Yjs updates are already compact; deflate would cost CPU and memory per socket.
			perMessageDeflate: false
		});
		const persist = {
			flushDebounceMs: options.flushDebounceMs,
			flushMaxWaitMs: options.flushMaxWaitMs,
			compactRows: options.compactRows
		};
		const project = { projections: deps.projections ?? SERVER_PROJECTIONS, apply: applyToStore(deps.store), logger };
		this.registry = new RoomRegistry(
			{ log: new RoomLog(deps.store), logger, persist, project, awarenessThrottleMs: options.awarenessThrottleMs, roomIdleMs: options.roomIdleMs },
			logger
		);
		this.stopHeartbeat = startHeartbeat(this.connections);
	}

	/**
	 * The HTTP server's 'upgrade' listener. Returns false for paths that are not ours (the caller
	 * decides: production destroys the socket, Vite leaves HMR alone). Every `/sync/` upgrade is
	 * accepted, then admitted or closed with a contract code: a refused upgrade would leave the
	 * client nothing but a network error to retry forever.
	 */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
		if (!(req.url ?? '').startsWith(SYNC_PATH)) return false;
		if (this.closing) {
			socket.destroy();
			return true;
		}
		this.wss.handleUpgrade(req, socket, head, (ws) => {
			void connect(ws, req, {
				authoriser: this.authoriser,
				sessions: this.deps.sessions,
				origin: this.deps.options.origin,
				registry: this.registry,
				connections: this.connections,
				logger: this.deps.logger,
				maxMessageBytes: this.deps.options.maxMessageBytes,
				closing: () => this.closing !== null
			});
		});
		return true;
	}

	/**
	 * Changes a room as a peer: loads it if needed, runs `change` in one transaction (origin
	 * SERVER_ORIGIN), fans the result out to connected clients and resolves once it is stored —
	 * and, for kinds the server projects (project.ts), once its rows are in the server's tables
	 * (a projection that fails is logged, not thrown: the room is stored all the same).
	 */
	async withRoom<T>(name: string, change: (doc: Y.Doc) => T): Promise<T> {
		return this.holding(name, async (room) => {
			let result!: T;
			room.doc.transact(() => {
				result = change(room.doc);
			}, SERVER_ORIGIN);
			if (!(await room.persister.flush())) throw new Error(`Could not store room ${name}`);
			await room.projector?.idle();
			return result;
		});
	}

	/** Reads a room (loading it if needed). Do not keep `doc`: idle rooms are destroyed. */
	async readRoom<T>(name: string, read: (doc: Y.Doc) => T): Promise<T> {
		return this.holding(name, (room) => read(room.doc));
	}

	/** Re-decides the live connections of a user whose access changed. Never rejects. */
	accessChanged(userId: string): Promise<void> {
		return reauthorise(userId, this.deps.store, this.authoriser, this.connections, this.deps.logger);
	}

	/** Writes every dirty room now (and applies the projections of those writes). */
	flush(): Promise<void> {
		return this.registry.flushAll();
	}

	/** Names of the rooms in memory (tests, diagnostics). */
	loadedRooms(): string[] {
		return this.registry.all().map((room) => room.name);
	}

	/**
	 * Shutdown: stop taking frames, write every room (clients get their last "saved"), close
	 * the sockets with 1001 (providers reconnect later), destroy the docs. Idempotent.
	 */
	close(): Promise<void> {
		this.closing ??= (async () => {
			this.stopHeartbeat();
			await this.registry.flushAll();
			const open = [...this.wss.clients];
			const gone = open.map((ws) => new Promise((resolve) => ws.once('close', resolve)));
			for (const ws of open) ws.close(CLOSE.goingAway, 'server shutting down');
			// Sockets that do not finish the closing handshake promptly are cut: an open upgraded
			// socket would keep the HTTP server's close() waiting.
			await Promise.race([Promise.all(gone), new Promise((resolve) => setTimeout(resolve, 500))]);
			for (const ws of this.wss.clients) ws.terminate();
			this.registry.destroyAll();
			this.wss.close();
		})();
		return this.closing;
	}

	private async holding<T>(name: string, fn: (room: Room) => T | Promise<T>): Promise<T> {
		if (!parseRoom(name)) throw new Error(`Not a room name: ${name}`);
		if (this.closing) throw new Error('The sync service is shutting down');
		const room = await this.registry.acquire(name);
		try {
			return await fn(room);
		} finally {
			this.registry.release(room);
		}
	}
}
