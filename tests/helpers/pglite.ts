import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../../src/lib/db/extensions';
import { migrate } from '../../src/lib/db/migrate';
import { pgliteSyncDb, type SyncDb } from '../../src/lib/sync/db';

let template: Promise<PGlite> | undefined;

/**
 * A fresh empty in-memory PGlite, cloned from one template per test file: initdb runs once
 * (~2 s) instead of once per test.
 */
export async function freshPglite(): Promise<PGliteInterface> {
	template ??= PGlite.create({ extensions: PGLITE_EXTENSIONS });
	return (await template).clone();
}

const MIGRATIONS = join(import.meta.dirname, '../../migrations');

/** A fresh in-memory PGlite with the browser store's schema: what one browser profile holds. */
export async function browserPglite(): Promise<{ pg: PGliteInterface; db: SyncDb }> {
	const pg = await freshPglite();
	const files = readdirSync(MIGRATIONS).map((name) => ({ name, sql: readFileSync(join(MIGRATIONS, name), 'utf8') }));
	await migrate(
		{
			query: (sql, params) => pg.query(sql, params),
			exec: async (sql) => void (await pg.exec(sql)),
			transaction: (fn) =>
				pg.transaction((tx) =>
					fn({ query: (sql, params) => tx.query(sql, params), exec: async (sql) => void (await tx.exec(sql)) })
				)
		},
		files,
		'browser'
	);
	return { pg, db: pgliteSyncDb(pg) };
}
