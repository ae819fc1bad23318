import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, type MigrationFile } from '../../src/lib/db/migrate';
import { appRoot } from '../paths';
import { openPgliteStore } from './pglite-store';
import { openPostgresStore } from './postgres-store';
import type { Store } from './store';

export function readMigrationFiles(dir = join(appRoot(), 'migrations')): MigrationFile[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.sql'))
		.map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** Opens the configured store and brings its schema up to date; refuses stale schemas. */
export async function openStore(options: {
	dataDir: string;
	databaseUrl?: string;
}): Promise<{ store: Store; applied: string[] }> {
	const store = options.databaseUrl
		? await openPostgresStore(options.databaseUrl)
		: await openPgliteStore(join(options.dataDir, 'pglite'));
	try {
		const { applied } = await migrate(store, readMigrationFiles(), 'server');
		return { store, applied };
	} catch (error) {
		await store.close();
		throw error;
	}
}
