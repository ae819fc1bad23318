import type { Store } from '../db/store';

export type Locked<T> = { acquired: true; value: T } | { acquired: false };

/**
 * Runs `fn` while holding job `name` against every other server instance, or answers
 * `{ acquired: false }` at once when another instance holds it.
 *
 * On PostgreSQL: a session advisory lock, taken without waiting and without a transaction, on a
 * connection held for the whole of `fn` (a lock taken through the pool could be released on
 * another connection, or outlive the run on a pooled one). When an instance dies its connection
 * closes and the lock goes with it: a crashed run never blocks its job. Each running job holds
 * one connection of the pool (10) for its duration, so jobs must stay few.
 *
 * On PGlite the database belongs to this one process: the scheduler's in-process guard is the
 * whole guarantee and this runs `fn` directly.
 */
export async function withJobLock<T>(store: Store, name: string, fn: () => Promise<T>): Promise<Locked<T>> {
	if (store.kind !== 'postgres') return { acquired: true, value: await fn() };
	return store.session(async (db) => {
		const { rows } = await db.query<{ acquired: boolean }>(
			`select pg_try_advisory_lock(hashtext('job:' || $1)) as acquired`,
			[name]
		);
		if (!rows[0]?.acquired) return { acquired: false };
		try {
			return { acquired: true, value: await fn() };
		} finally {
			await db.query(`select pg_advisory_unlock(hashtext('job:' || $1))`, [name]);
		}
	});
}
