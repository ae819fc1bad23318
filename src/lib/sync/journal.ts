import { decodeBase64, encodeBase64 } from '@oslojs/encoding';

/**
 * A write-ahead journal for this device's own edits, kept until the local store holds them.
 *
 * An edit reaches the local store (PGlite in a worker) one transaction later — a few
 * milliseconds, more under load. A reload or a closed tab inside that window lost it: the page's
 * `pagehide` flush cannot hold the page open for an asynchronous write. `localStorage` is written
 * synchronously, inside the edit's own event handler, so each local update is recorded there
 * first and dropped once the room's writer has stored it. The next page that opens the room (this
 * tab reloaded, or another tab) applies what is left and stores it; `rooms()` tells the registry
 * which rooms to reopen in the background for that.
 *
 * Entries live for one write; a full storage (quota) only skips the journal for that edit: the
 * edit itself goes on as before.
 */
export interface UpdateJournal {
	/** Records one local update of `room`; returns its key, or null when it could not. */
	record(room: string, update: Uint8Array): string | null;
	/** What earlier pages left for `room`. */
	entries(room: string): JournalEntry[];
	/** Rooms with entries. */
	rooms(): string[];
	/** Drops entries the local store now holds (unknown keys are ignored). */
	release(keys: readonly string[]): void;
	/** Drops every entry of `room` (the room is forgotten on this device). */
	forget(room: string): void;
}

export interface JournalEntry {
	key: string;
	update: Uint8Array;
}

const PREFIX = 'ops-console:journal:';
/** Room names never contain a space (src/lib/protocol/rooms.ts); the entry id follows it. */
const SEPARATOR = ' ';

export function storageJournal(storage: Storage, log: (message: string, error?: unknown) => void = () => undefined): UpdateJournal {
	let sequence = 0;
	const tab = Math.random().toString(36).slice(2, 10);
	const keys = (room?: string): string[] => {
		const found: string[] = [];
		const start = room === undefined ? PREFIX : `${PREFIX}${room}${SEPARATOR}`;
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(start)) found.push(key);
		}
		return found;
	};
	return {
		record(room, update) {
			const key = `${PREFIX}${room}${SEPARATOR}${tab}-${Date.now().toString(36)}-${sequence++}`;
			try {
				storage.setItem(key, encodeBase64(update));
				return key;
			} catch (error) {
				log(`sync: could not journal an edit of ${room}`, error);
				return null;
			}
		},
		entries(room) {
			return keys(room).flatMap((key) => {
				const value = storage.getItem(key);
				if (value === null) return [];
				try {
					return [{ key, update: decodeBase64(value) }];
				} catch {
					storage.removeItem(key);
					return [];
				}
			});
		},
		rooms() {
			return [...new Set(keys().map((key) => key.slice(PREFIX.length, key.indexOf(SEPARATOR, PREFIX.length))))];
		},
		release(released) {
			for (const key of released) storage.removeItem(key);
		},
		forget(room) {
			for (const key of keys(room)) storage.removeItem(key);
		}
	};
}
