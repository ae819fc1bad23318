import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { encodeAccess, encodeSaved } from '#protocol/messages';
import { CLOSE } from '#protocol/rooms';
import type { Logger } from '../log';
import { admit, type AdmitDeps } from './admit';
import { Connection, type ConnectionsByUser } from './connection';
import { syncStep1Message } from './fanout';
import { handleMessage } from './handle-message';
import { hardFrameLimit } from './limit';
import type { Room } from './room';
import type { RoomRegistry } from './registry';

export interface ConnectDeps extends AdmitDeps {
	registry: RoomRegistry;
	connections: ConnectionsByUser;
	logger: Logger;
	maxMessageBytes: number;
	/** True once shutdown began: no new members, inbound frames ignored (clients re-send). */
	closing(): boolean;
}

const REASONS: Record<number, string> = {
	[CLOSE.malformed]: 'malformed message',
	[CLOSE.unsupportedData]: 'binary frames only',
	[CLOSE.tooLarge]: 'message too large'
};

/**
 * One accepted socket, from handshake to close. Frames that arrive while the connection is
 * being admitted and its room loaded are held, in order, and handled once it joined: nothing is
 * answered before the room holds its stored state.
 */
export async function connect(ws: WebSocket, req: IncomingMessage, deps: ConnectDeps): Promise<void> {
	const early: [Uint8Array, boolean][] = [];
	let earlyBytes = 0;
	let onFrame = (frame: Uint8Array, isBinary: boolean) => {
		earlyBytes += frame.byteLength;
		if (earlyBytes > hardFrameLimit(deps.maxMessageBytes)) ws.close(CLOSE.tooLarge, REASONS[CLOSE.tooLarge]);
		else early.push([frame, isBinary]);
	};
	ws.on('message', (data, isBinary) => onFrame(toBytes(data), isBinary));
	// ws reports protocol violations (bad frames, over maxPayload) as 'error' and closes the
	// socket itself; without a listener the error would crash the process.
	ws.on('error', (error) => deps.logger.debug(`sync: socket error: ${error.message}`));

	let room: Room;
	let connection: Connection;
	try {
		const admission = await admit(req, deps);
		if (!admission.ok) return ws.close(admission.code, admission.reason);
		if (deps.closing()) return ws.close(CLOSE.goingAway, 'server shutting down');
		room = await deps.registry.acquire(admission.room.name);
		connection = new Connection(ws, admission.user, admission.room, admission.access);
	} catch (error) {
		deps.logger.error('sync: could not admit a connection', error);
		return ws.close(CLOSE.internal, 'internal error');
	}
	if (!connection.open || deps.closing()) {
		deps.registry.release(room);
		return connection.close(CLOSE.goingAway, 'server shutting down');
	}

	join(room, connection, deps);
	ws.on('close', () => leave(room, connection, deps));
	ws.on('pong', () => (connection.alive = true));
	onFrame = (frame, isBinary) => {
		if (!connection.open || deps.closing()) return;
		const code = handleMessage(room, connection, frame, isBinary, deps.maxMessageBytes);
		if (code !== null) connection.close(code, REASONS[code] ?? 'closed');
	};
	for (const [frame, isBinary] of early.splice(0)) onFrame(frame, isBinary);
}

function join(room: Room, connection: Connection, deps: ConnectDeps): void {
	room.connections.add(connection);
	deps.connections.add(connection);
	connection.send(encodeAccess(connection.access));
	// Asking a read-only client for its state would only fetch updates we drop.
	if (connection.canWrite) connection.send(syncStep1Message(room.doc));
	const presence = room.presence.snapshot();
	if (presence) connection.send(presence);
	// What is durable already, so a client that reconnects learns its earlier edits are safe.
	connection.send(encodeSaved(room.persister.savedVector));
}

function leave(room: Room, connection: Connection, deps: ConnectDeps): void {
	if (!room.connections.delete(connection)) return;
	deps.connections.delete(connection);
	if (!room.destroyed) room.presence.remove(connection);
	deps.registry.release(room);
}

function toBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return Buffer.concat(data);
	return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
