import type { ConnectionsByUser } from './connection';

/** y-websocket-server's interval: a peer that missed a whole interval's ping is gone. */
const INTERVAL_MS = 30_000;

/**
 * Pings every connection each interval and terminates those that did not answer the previous
 * ping, so half-open sockets (laptop lid closed, Wi-Fi gone) release their rooms and presence.
 */
export function startHeartbeat(connections: ConnectionsByUser): () => void {
	const timer = setInterval(() => {
		for (const connection of connections.all()) {
			if (!connection.alive) {
				connection.ws.terminate();
				continue;
			}
			connection.alive = false;
			if (connection.open) connection.ws.ping();
		}
	}, INTERVAL_MS);
	timer.unref();
	return () => clearInterval(timer);
}
