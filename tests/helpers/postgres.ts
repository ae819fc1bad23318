import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { readMigrationFiles } from '../../server/db/open';
import { openPostgresStore } from '../../server/db/postgres-store';
import type { Store } from '../../server/db/store';
import { migrate } from '../../src/lib/db/migrate';

/** The machine's PostgreSQL (CI's and a developer's): TEST_DATABASE_URL or the local one. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A database of its own for one test file, with the server's schema (the real migrations) and
 * `setup` run on it before the tests; dropped after them. Read `.store` inside tests and hooks.
 */
export function usePostgresStore(prefix: string, setup: (store: Store) => Promise<void> = async () => {}): { readonly store: Store } {
	const admin = new pg.Client({ connectionString: ADMIN_URL });
	const name = `ops_console_test_${prefix}_${Date.now().toString(36)}`;
	let store: Store | undefined;
	beforeAll(async () => {
		await admin.connect();
		await admin.query(`create database ${name}`);
		const url = new URL(ADMIN_URL);
		url.pathname = `/${name}`;
		store = await openPostgresStore(url.toString());
		await migrate(store, readMigrationFiles(), 'server');
		await setup(store);
	});
	afterAll(async () => {
		await store?.close();
		await admin.query(`drop database if exists ${name}`);
		await admin.end();
	});
	return {
		get store() {
			if (!store) throw new Error('The PostgreSQL store is opened before the tests run');
			return store;
		}
	};
}
