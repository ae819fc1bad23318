import { createSubscriber } from 'svelte/reactivity';
import type * as Y from 'yjs';
import type { Access } from '$lib/protocol/messages';
import type { PresencePeer } from './presence';
import type { RoomRegistry, SyncSummary } from './registry';
import type { RoomStatus, SyncedRoom } from './room';

/**
 * Reactive views of the sync core for components: each getter subscribes the reading effect to
 * the underlying object's change events (createSubscriber), so nothing copies state around.
 */

export class RoomView {
	readonly #room: SyncedRoom;
	readonly #subscribe: () => void;

	constructor(room: SyncedRoom) {
		this.#room = room;
		this.#subscribe = createSubscriber((update) => room.subscribe(update));
	}

	get room(): SyncedRoom {
		return this.#room;
	}
	get status(): RoomStatus {
		this.#subscribe();
		return this.#room.status;
	}
	get access(): Access | null {
		this.#subscribe();
		return this.#room.access;
	}
	get synced(): boolean {
		this.#subscribe();
		return this.#room.synced;
	}
	get pending(): number {
		this.#subscribe();
		return this.#room.pending;
	}
	get presence(): readonly PresencePeer[] {
		this.#subscribe();
		return this.#room.presence;
	}
	get storeFailing(): boolean {
		this.#subscribe();
		return this.#room.storeFailing;
	}
}

export class SummaryView {
	readonly #registry: RoomRegistry;
	readonly #subscribe: () => void;

	constructor(registry: RoomRegistry) {
		this.#registry = registry;
		this.#subscribe = createSubscriber((update) => registry.subscribe(update));
	}

	get current(): SyncSummary {
		this.#subscribe();
		return this.#registry.summary();
	}
}

/** A Y type's value, re-read whenever the type (or anything inside it) changes. */
export class YValue<T> {
	readonly #subscribe: () => void;
	readonly #read: () => T;

	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Y type: its event type is irrelevant here
	constructor(type: Y.AbstractType<any>, read: () => T) {
		this.#read = read;
		this.#subscribe = createSubscriber((update) => {
			type.observeDeep(update);
			return () => type.unobserveDeep(update);
		});
	}

	get current(): T {
		this.#subscribe();
		return this.#read();
	}
}
