import type { RoomRegistry } from './registry';

/**
 * Opens each room just long enough for this device to hold its current state (first sync with
 * the server done; the room's writer then stores it and its projection when it closes), a few at
 * a time. Keeps, for example, a hero's published articles readable offline without them opening
 * each one. Never rejects; a room that does not sync within `timeoutMs` is left for next time.
 */
export async function keepOffline(
	registry: RoomRegistry,
	names: readonly string[],
	{ concurrency = 4, timeoutMs = 15_000 } = {}
): Promise<void> {
	const queue = [...names];
	const work = async () => {
		for (let name = queue.shift(); name !== undefined; name = queue.shift()) await hold(registry, name, timeoutMs);
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, work));
}

async function hold(registry: RoomRegistry, name: string, timeoutMs: number): Promise<void> {
	let lease;
	try {
		lease = registry.open(name);
	} catch {
		return; // the registry closed (signed out, page left): nothing to keep
	}
	const room = lease.room;
	try {
		await new Promise<void>((resolve) => {
			let unsubscribe = () => {};
			const timer = setTimeout(finish, timeoutMs);
			function finish() {
				clearTimeout(timer);
				unsubscribe();
				resolve();
			}
			unsubscribe = room.subscribe(() => {
				if (room.synced || room.final) finish();
			});
			if (room.synced || room.final) finish();
		});
	} finally {
		lease.release();
	}
}
