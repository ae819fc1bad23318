import type { SqlValue, TableRows } from '$lib/domain/projections';
import type { SyncQueryable } from './db';

/**
 * Applies a projection's result (src/lib/domain/projections) inside the caller's transaction:
 * for each table, delete the room's rows (`scope`), insert its rows now. Identifiers come from
 * code, never from a document, but are checked anyway since they are spliced into SQL.
 */

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** PostgreSQL's limit is 65,535 bind parameters per statement. */
const MAX_PARAMS = 30_000;

export async function applyProjection(tx: SyncQueryable, tables: TableRows[]): Promise<void> {
	for (const { table, scope, rows } of tables) {
		const scopeColumns = Object.keys(scope);
		if (scopeColumns.length === 0) throw new Error(`Projection into ${table} has an empty scope`);
		const where = scopeColumns.map((column, i) => `${identifier(column)} = $${i + 1}`).join(' and ');
		await tx.query(`delete from ${identifier(table)} where ${where}`, Object.values(scope));
		if (rows.length === 0) continue;

		const columns = Object.keys(rows[0]!);
		for (const row of rows) {
			const keys = Object.keys(row);
			if (keys.length !== columns.length || keys.some((key, i) => key !== columns[i])) {
				throw new Error(`Projection into ${table} yields rows with different columns`);
			}
		}
		const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
		for (let start = 0; start < rows.length; start += perStatement) {
			const chunk = rows.slice(start, start + perStatement);
			const params: SqlValue[] = [];
			const tuples = chunk.map((row) => {
				const placeholders = columns.map((column) => {
					params.push(row[column] ?? null);
					return `$${params.length}`;
				});
				return `(${placeholders.join(', ')})`;
			});
			await tx.query(
				`insert into ${identifier(table)} (${columns.map(identifier).join(', ')}) values ${tuples.join(', ')}`,
				params
			);
		}
	}
}

function identifier(name: string): string {
	if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${JSON.stringify(name)}`);
	return name;
}
