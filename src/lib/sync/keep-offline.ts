import type { RoomRegistry } from './registry';

/**
 * Opens each room just long enough for this device to hold its current state (first sync with
 * the server done; the room's writer then stores it and its projection when it closes), a few at
 * a time. Keeps, for example, a hero's published articles readable offline without them opening
 * each one. Never rejects; a room that does not sync within `timeoutMs` is left for next time.
 * Callers may call again with an overlapping list (a page re-running as rooms land): rooms still
 * queued or held by an earlier call are skipped.
 */
export async function keepOffline(
	registry: RoomRegistry,
	names: readonly string[],
	{ concurrency = 4, timeoutMs = 15_000 } = {}
): Promise<void> {
	// Rooms already being kept (by an earlier call still running) are not opened a second time.
	const busy = underway.get(registry) ?? underway.set(registry, new Set()).get(registry)!;
	const queue = [...new Set(names)].filter((name) => !busy.has(name));
	for (const name of queue) busy.add(name);
	const work = async () => {
		for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
			try {
				await hold(registry, name, timeoutMs);
			} finally {
				busy.delete(name);
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, work));
}

/** Per registry, the rooms a keepOffline call has queued or is holding. */
const underway = new WeakMap<RoomRegistry, Set<string>>();

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
