import type { LiveQuery } from './live-query.svelte';
import type { LocalStoreStatus } from './store-status.svelte';

/**
 * The contract of the browser store, which pages and components code against. Implemented by
 * createLocalStore() in local-store.ts; obtained in components with getLocalStore() (context.ts).
 */

type Row = Record<string, unknown>;

export interface LocalTransaction {
	query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
	exec(sql: string): Promise<void>;
}

/** The browser's database: PGlite in a worker shared by all tabs, migrated before first use. */
export interface LocalStore {
	/** Reactive. */
	readonly status: LocalStoreStatus;
	/** Reactive; a message for people when status is 'failed'. */
	readonly error: string | null;
	/** Resolves when migrated and usable; rejects with the start-up error. */
	readonly ready: Promise<void>;
	/** Waits for `ready`, so it may be called straight away. */
	query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
	exec(sql: string): Promise<void>;
	/** All or nothing; other tabs' transactions wait (PGlite serialises them on the leader). */
	transaction<T>(fn: (tx: LocalTransaction) => Promise<T>): Promise<T>;
	live<T = Row>(sql: string, params?: unknown[]): LiveQuery<T>;
	close(): Promise<void>;
}

export interface LocalStoreOptions {
	/**
	 * A misconfigured PGlite (wasm not served, storage blocked) hangs without an error, so start-up
	 * gets a deadline. Generous by default: a first visit downloads ~4 MB and runs initdb (~4.4 s).
	 */
	startTimeoutMs?: number;
}
