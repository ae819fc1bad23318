import pg from 'pg';
import type { Queryable, Store } from './store';

// bigint counts come back as strings by default; the values we count fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openPostgresStore(url: string): Promise<Store> {
	const pool = new pg.Pool({ connectionString: url, max: 10 });
	// Fail at start-up, not on the first request, when the database is unreachable.
	const probe = await pool.connect();
	probe.release();
	return {
		kind: 'postgres',
		query: async (sql, params) => {
			const result = await pool.query(sql, params as unknown[] | undefined);
			return { rows: result.rows };
		},
		exec: async (sql) => {
			await pool.query(sql);
		},
		transaction: async (fn) => {
			const client = await pool.connect();
			try {
				await client.query('begin');
				const value = await fn(scoped(client));
				await client.query('commit');
				return value;
			} catch (error) {
				await client.query('rollback');
				throw error;
			} finally {
				client.release();
			}
		},
		session: async (fn) => {
			const client = await pool.connect();
			try {
				const value = await fn(scoped(client));
				client.release();
				return value;
			} catch (error) {
				// Not back into the pool: whatever the session still holds (a lock whose release
				// failed) ends with the connection.
				client.release(true);
				throw error;
			}
		},
		close: () => pool.end()
	};
}

function scoped(client: pg.PoolClient): Queryable {
	return {
		query: async (sql, params) => {
			const result = await client.query(sql, params as unknown[] | undefined);
			return { rows: result.rows };
		},
		exec: async (sql) => {
			await client.query(sql);
		}
	};
}
