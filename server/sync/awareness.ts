import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { Connection } from './connection';
import { awarenessMessage } from './fanout';

/**
 * A room's presence: applies connections' awareness updates (read-only connections included:
 * being seen is not writing), remembers which client ids each connection controls so they are
 * removed when it closes, and relays changes to the room coalesced — at most one frame per
 * `throttleMs` (leading edge immediately, the rest at the end of the window), so a burst of
 * cursor moves costs one frame per connection per window instead of one per move.
 */
export class AwarenessRelay {
	readonly awareness: awarenessProtocol.Awareness;
	private readonly changed = new Set<number>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	private lastSent = 0;

	constructor(
		doc: Y.Doc,
		private readonly throttleMs: number,
		private readonly send: (message: Uint8Array) => void
	) {
		this.awareness = new awarenessProtocol.Awareness(doc);
		// The server has no presence of its own.
		this.awareness.setLocalState(null);
		this.awareness.on('update', this.onUpdate);
	}

	apply(connection: Connection, update: Uint8Array): void {
		awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
	}

	/** The frame a newly joined connection gets: everyone present, or null when nobody is. */
	snapshot(): Uint8Array | null {
		const clients = [...this.awareness.getStates().keys()];
		return clients.length > 0 ? awarenessMessage(this.awareness, clients) : null;
	}

	remove(connection: Connection): void {
		awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
	}

	destroy(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.awareness.off('update', this.onUpdate);
		// Also stops y-protocols' outdated-state interval, which would keep the process alive.
		this.awareness.destroy();
	}

	private readonly onUpdate = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown
	): void => {
		if (origin instanceof Connection) {
			for (const id of added) origin.awarenessIds.add(id);
			for (const id of removed) origin.awarenessIds.delete(id);
		}
		for (const id of [...added, ...updated, ...removed]) this.changed.add(id);
		const wait = this.lastSent + this.throttleMs - Date.now();
		if (wait <= 0) this.relay();
		else this.timer ??= setTimeout(() => this.relay(), wait);
	};

	private relay(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		if (this.changed.size === 0) return;
		const clients = [...this.changed];
		this.changed.clear();
		this.lastSent = Date.now();
		this.send(awarenessMessage(this.awareness, clients));
	}
}
