import type { Logger } from '../log';
import { Room, type RoomDeps } from './room';

/**
 * The live rooms of this process. `acquire` loads a room at most once however many callers ask
 * at the same time (lock-and-recheck on a map of loading promises) and counts its holders;
 * `release` starts the idle clock at zero holders. An idle room is written, then unloaded and
 * destroyed — unless someone acquired it while it was being written.
 */
export class RoomRegistry {
	private readonly rooms = new Map<string, Room>();
	private readonly loading = new Map<string, Promise<Room>>();

	constructor(
		private readonly deps: RoomDeps & { roomIdleMs: number },
		private readonly logger: Logger
	) {}

	async acquire(name: string): Promise<Room> {
		for (;;) {
			const live = this.rooms.get(name);
			if (live) {
				// Synchronously after the check: an unload waiting on a flush sees this hold.
				live.refs += 1;
				if (live.idleTimer) clearTimeout(live.idleTimer);
				live.idleTimer = null;
				return live;
			}
			let pending = this.loading.get(name);
			if (!pending) {
				pending = this.load(name);
				this.loading.set(name, pending);
			}
			await pending;
		}
	}

	release(room: Room): void {
		room.refs -= 1;
		if (room.refs === 0 && !room.destroyed) this.armIdle(room);
	}

	get(name: string): Room | undefined {
		return this.rooms.get(name);
	}

	all(): Room[] {
		return [...this.rooms.values()];
	}

	/** Writes every dirty room now, and waits for the projections of the writes (shutdown, tests). */
	async flushAll(): Promise<void> {
		await Promise.allSettled([...this.loading.values()]);
		await Promise.all(
			this.all().map(async (room) => {
				await room.persister.flush();
				await room.projector?.idle();
			})
		);
	}

	/** Unloads every room; call after the last connection was closed (shutdown). */
	destroyAll(): void {
		for (const room of this.all()) {
			if (room.persister.dirty) this.logger.warn(`sync: ${room.name} closed with unsaved updates; clients re-send them`);
			room.destroy();
		}
		this.rooms.clear();
	}

	private async load(name: string): Promise<Room> {
		const started = Date.now();
		try {
			const loaded = await this.deps.log.load(name);
			const room = new Room(name, loaded, this.deps);
			this.rooms.set(name, room);
			this.logger.debug(
				`sync: loaded ${name}: ${loaded.seqs.length} rows, ${loaded.bytes} bytes in ${Date.now() - started} ms`
			);
			// Nobody may hold it in the end (the client left while it loaded): let it go idle too.
			this.armIdle(room);
			return room;
		} finally {
			this.loading.delete(name);
		}
	}

	private armIdle(room: Room): void {
		if (room.idleTimer) clearTimeout(room.idleTimer);
		room.idleTimer = setTimeout(() => void this.unload(room), this.deps.roomIdleMs);
		room.idleTimer.unref();
	}

	private async unload(room: Room): Promise<void> {
		room.idleTimer = null;
		await room.persister.flush();
		// Its last projection too: shutdown only waits for the rooms still in memory.
		await room.projector?.idle();
		// Re-check after the awaits: a holder may have arrived, or the write may have failed.
		if (room.refs > 0 || room.destroyed || this.rooms.get(room.name) !== room) return;
		if (room.persister.dirty) return this.armIdle(room);
		this.rooms.delete(room.name);
		room.destroy();
		this.logger.debug(`sync: unloaded ${room.name} after ${this.deps.roomIdleMs} ms idle`);
	}
}
