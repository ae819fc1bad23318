import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../../src/lib/db/extensions';
import type { Queryable, Store } from './store';

export async function openPgliteStore(dataDir: string): Promise<Store> {
	mkdirSync(dataDir, { recursive: true });
	const db = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
	return wrapPglite(db);
}

/** Wraps an already-open PGlite (tests pass an in-memory clone of a migrated template). */
export function wrapPglite(db: PGliteInterface): Store {
	let closed = false;
	return {
		kind: 'pglite',
		query: (sql, params) => db.query(sql, params),
		exec: async (sql) => {
			await db.exec(sql);
		},
		transaction: (fn) =>
			db.transaction((tx) => {
				const scoped: Queryable = {
					query: (sql, params) => tx.query(sql, params),
					exec: async (sql) => {
						await tx.exec(sql);
					}
				};
				return fn(scoped);
			}),
		session: (fn) =>
			fn({
				query: (sql, params) => db.query(sql, params),
				exec: async (sql) => {
					await db.exec(sql);
				}
			}),
		close: async () => {
			if (closed) return;
			closed = true;
			await db.close();
		}
	};
}
