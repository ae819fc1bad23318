import { describe, expect, it } from 'vitest';
import { keepOffline } from './keep-offline';
import type { RoomRegistry } from './registry';

/** A registry whose rooms sync when the test says so; it records what was opened. */
function fakeRegistry() {
	const opened: string[] = [];
	const waiting = new Map<string, () => void>();
	const registry = {
		open(name: string) {
			opened.push(name);
			const listeners = new Set<() => void>();
			const room = {
				synced: false,
				final: false,
				subscribe(listener: () => void) {
					listeners.add(listener);
					return () => listeners.delete(listener);
				}
			};
			waiting.set(name, () => {
				room.synced = true;
				for (const listener of listeners) listener();
			});
			return { room, release: () => undefined };
		}
	} as unknown as RoomRegistry;
	const sync = (name: string) => waiting.get(name)?.();
	return { registry, opened, sync };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepOffline', () => {
	it('opens a room once while an earlier call still holds or queues it, and again after', async () => {
		const { registry, opened, sync } = fakeRegistry();
		const first = keepOffline(registry, ['a', 'b', 'c'], { concurrency: 2 });
		await tick();
		const second = keepOffline(registry, ['b', 'c', 'd', 'd'], { concurrency: 2 });
		await tick();
		for (const name of ['a', 'b', 'c', 'd']) {
			sync(name);
			await tick();
		}
		await Promise.all([first, second]);
		expect([...opened].sort()).toEqual(['a', 'b', 'c', 'd']);

		// Done: a later visit may keep it again.
		const third = keepOffline(registry, ['a']);
		await tick();
		sync('a');
		await third;
		expect(opened.filter((name) => name === 'a')).toHaveLength(2);
	});
});
