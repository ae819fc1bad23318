import { WebSocket } from 'ws';
import type { Role } from '#domain/access';
import type { Access } from '#protocol/messages';
import type { RoomName } from '#protocol/rooms';

/** A slow reader with more than this much unsent is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

export interface ConnectionUser {
	id: string;
	role: Role;
}

/**
 * One admitted socket in one room: who it is and what it may do, decided once at connect.
 */
export class Connection {
	/** Awareness client ids this connection announced; removed from the room when it closes. */
	readonly awarenessIds = new Set<number>();
	/** Heartbeat: set by each pong, cleared by each ping. */
	alive = true;

	constructor(
		readonly ws: WebSocket,
		readonly user: ConnectionUser,
		readonly room: RoomName,
		readonly access: Access
	) {}

	get canWrite(): boolean {
		return this.access === 'read-write';
	}

	get open(): boolean {
		return this.ws.readyState === WebSocket.OPEN;
	}

	send(message: Uint8Array): void {
		if (!this.open) return;
		if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			this.ws.terminate();
			return;
		}
		// A failed send means the socket is going away; its 'close' event does the cleanup.
		this.ws.send(message, (error) => {
			if (error) this.ws.terminate();
		});
	}

	close(code: number, reason: string): void {
		if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
			this.ws.close(code, reason);
		}
	}
}

/** Live connections by user, so an access change finds a user's sockets without a scan. */
export class ConnectionsByUser {
	private readonly byUser = new Map<string, Set<Connection>>();

	add(connection: Connection): void {
		let set = this.byUser.get(connection.user.id);
		if (!set) this.byUser.set(connection.user.id, (set = new Set()));
		set.add(connection);
	}

	delete(connection: Connection): void {
		const set = this.byUser.get(connection.user.id);
		set?.delete(connection);
		if (set?.size === 0) this.byUser.delete(connection.user.id);
	}

	of(userId: string): Connection[] {
		return [...(this.byUser.get(userId) ?? [])];
	}

	all(): Connection[] {
		return [...this.byUser.values()].flatMap((set) => [...set]);
	}
}
