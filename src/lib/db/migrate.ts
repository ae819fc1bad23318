import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/**
 * The one migration runner, shared by the server store (PGlite or PostgreSQL) and the browser
 * store (PGlite in a worker). Files in `migrations/` are forward-only and applied in name order,
 * each in its own transaction, and recorded with a checksum; a file edited after it ran stops
 * the store from opening and names the file.
 *
 * File names say where a migration applies: `0001_x.sql` everywhere, `0002_y.server.sql` on
 * the server only, `0003_z.browser.sql` in the browser only.
 */

export type MigrationTarget = 'server' | 'browser';

export interface MigrationFile {
	name: string;
	sql: string;
}

export interface MigrationDb {
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
	exec(sql: string): Promise<void>;
	transaction<T>(fn: (tx: Omit<MigrationDb, 'transaction'>) => Promise<T>): Promise<T>;
}

export class MigrationError extends Error {
	constructor(
		message: string,
		readonly file: string
	) {
		super(message);
		this.name = 'MigrationError';
	}
}

const NAME = /^(\d{4})_[a-z0-9_]+(?:\.(server|browser))?\.sql$/;
// Arbitrary constant: serialises migrations of several instances sharing one PostgreSQL.
const LOCK_KEY = 7_261_122;

export function checksum(sql: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(sql)));
}

/** Validates names and order and keeps the files that apply to `target`. */
export function selectMigrations(files: MigrationFile[], target: MigrationTarget): MigrationFile[] {
	const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
	const seen = new Set<string>();
	for (const file of sorted) {
		const match = NAME.exec(file.name);
		if (!match) {
			throw new MigrationError(
				`Migration file name "${file.name}" must look like 0001_name.sql, 0001_name.server.sql or 0001_name.browser.sql`,
				file.name
			);
		}
		const number = match[1]!;
		if (seen.has(number)) {
			throw new MigrationError(`Two migration files share the number ${number}`, file.name);
		}
		seen.add(number);
	}
	return sorted.filter((file) => {
		const only = NAME.exec(file.name)![2];
		return only === undefined || only === target;
	});
}

export interface MigrateResult {
	applied: string[];
}

export async function migrate(
	db: MigrationDb,
	files: MigrationFile[],
	target: MigrationTarget
): Promise<MigrateResult> {
	const wanted = selectMigrations(files, target);
	// Under the lock: two instances starting together would otherwise race on the catalog.
	await db.transaction(async (tx) => {
		await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
		await tx.exec(`create table if not exists schema_migrations (
			name text primary key,
			checksum text not null,
			applied_at timestamptz not null default now()
		)`);
	});

	const { rows } = await db.query<{ name: string; checksum: string }>(
		'select name, checksum from schema_migrations order by name'
	);
	const byName = new Map(wanted.map((file) => [file.name, file]));
	for (const row of rows) {
		const file = byName.get(row.name);
		if (!file) {
			throw new MigrationError(
				`Migration ${row.name} was applied to this database but its file is missing`,
				row.name
			);
		}
		if (checksum(file.sql) !== row.checksum) {
			throw new MigrationError(
				`Migration ${row.name} was edited after it ran (checksum mismatch); add a new migration instead`,
				row.name
			);
		}
	}

	const done = new Set(rows.map((row) => row.name));
	const applied: string[] = [];
	for (const file of wanted) {
		if (done.has(file.name)) continue;
		const ran = await db.transaction(async (tx) => {
			await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
			// Another instance may have applied it while we waited for the lock.
			const again = await tx.query('select 1 from schema_migrations where name = $1', [file.name]);
			if (again.rows.length > 0) return false;
			try {
				await tx.exec(file.sql);
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				throw new MigrationError(`Migration ${file.name} failed: ${reason}`, file.name);
			}
			await tx.query('insert into schema_migrations (name, checksum) values ($1, $2)', [
				file.name,
				checksum(file.sql)
			]);
			return true;
		});
		if (ran) applied.push(file.name);
	}
	return { applied };
}
