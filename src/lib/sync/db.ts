import type { PGliteInterface, Transaction } from '@electric-sql/pglite';

/**
 * What the sync core needs from a database: queries and transactions. The browser's LocalStore
 * (src/lib/db) fits as it is; a plain PGlite in Node fits through `pgliteSyncDb`, so the same
 * registry runs in the browser and in the convergence tests.
 */

type Row = Record<string, unknown>;

export interface SyncQueryable {
	query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SyncDb extends SyncQueryable {
	/** All or nothing. */
	transaction<T>(fn: (tx: SyncQueryable) => Promise<T>): Promise<T>;
}

export function pgliteSyncDb(db: PGliteInterface): SyncDb {
	const scoped = (tx: Transaction): SyncQueryable => ({
		query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows
	});
	return {
		query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
		transaction: (fn) => db.transaction((tx) => fn(scoped(tx)))
	};
}
