import * as Y from 'yjs';
import { encodeSaved } from '#protocol/messages';
import type { Logger } from '../log';
import { AwarenessRelay } from './awareness';
import type { Connection } from './connection';
import { broadcast, updateMessage } from './fanout';
import { RoomPersister, type PersistOptions } from './persistence';
import { roomProjector, type ProjectDeps, type RoomProjector } from './project';
import type { LoadedLog, RoomLog } from './room-log';

/** Transaction origin of updates applied while loading: they are stored already. */
const LOAD_ORIGIN = Symbol('sync:load');
/** Transaction origin of the server's own changes (`SyncService.withRoom`). */
export const SERVER_ORIGIN = Symbol('sync:server');

export interface RoomDeps {
	log: RoomLog;
	logger: Logger;
	persist: PersistOptions;
	awarenessThrottleMs: number;
	/** Server-side projections (project.ts); absent: no room is projected. */
	project?: ProjectDeps;
}

/**
 * One live room: its Y.Doc (restored from the log before anyone is answered), its presence,
 * its connections, and its persister. Every update of the doc — from a client or the server —
 * is fanned out to the other connections and queued for storage; every stored batch is
 * acknowledged to all connections with a "saved" frame, then projected into the server's store
 * when the room's kind is projected there (project.ts).
 */
export class Room {
	readonly doc = new Y.Doc();
	readonly connections = new Set<Connection>();
	readonly presence: AwarenessRelay;
	readonly persister: RoomPersister;
	/** Null for kinds the server does not project. */
	readonly projector: RoomProjector | null;
	/** Holders (connections, server calls in progress); the room may unload only at zero. */
	refs = 0;
	idleTimer: ReturnType<typeof setTimeout> | null = null;
	destroyed = false;

	constructor(
		readonly name: string,
		loaded: LoadedLog,
		deps: RoomDeps
	) {
		if (loaded.updates.length > 0) {
			Y.applyUpdate(this.doc, Y.mergeUpdates(loaded.updates), LOAD_ORIGIN);
		}
		this.presence = new AwarenessRelay(this.doc, deps.awarenessThrottleMs, (message) =>
			broadcast(this.connections, message)
		);
		this.projector = deps.project ? roomProjector(name, this.doc, deps.project) : null;
		this.persister = new RoomPersister(name, this.doc, loaded.seqs, deps.log, deps.persist, deps.logger, (vector) => {
			broadcast(this.connections, encodeSaved(vector));
			// After the acknowledgement, never before: projecting must not delay "saved". It never
			// throws either, which the persister would take for a failed write.
			this.projector?.stored();
		});
		this.doc.on('update', this.onUpdate);
	}

	private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
		if (origin === LOAD_ORIGIN) return;
		broadcast(this.connections, updateMessage(update), origin);
		this.persister.changed();
	};

	/** Frees the doc and presence. Call after the last flush; pending updates are dropped. */
	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		if (this.idleTimer) clearTimeout(this.idleTimer);
		this.persister.stop();
		this.presence.destroy();
		this.doc.off('update', this.onUpdate);
		this.doc.destroy();
	}
}
