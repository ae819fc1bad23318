/**
 * The server store: PGlite on a data directory by default, PostgreSQL when DATABASE_URL is set.
 * Both speak PostgreSQL, so services write plain SQL against this small interface.
 */
export interface Queryable {
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
	/** Runs one or more statements without parameters (migrations, DDL). */
	exec(sql: string): Promise<void>;
}

export interface Store extends Queryable {
	readonly kind: 'pglite' | 'postgres';
	transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
	/**
	 * Runs `fn` on one connection held for its whole duration, outside any transaction: for
	 * state that lives in a database session, like the job scheduler's advisory locks
	 * (server/jobs/lock.ts), which a pool would otherwise take and release on different
	 * connections. PGlite has a single connection: `fn` shares it with every other caller.
	 */
	session<T>(fn: (db: Queryable) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}
