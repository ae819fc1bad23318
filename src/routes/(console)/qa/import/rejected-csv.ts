import type { RejectedRow } from '$lib/domain/ticket-import/index';
import { csvFilename, toCsv } from '$lib/ui/csv';

/**
 * The report's rejected rows as a CSV file (row, reason). Quoting is `$lib/ui/csv`'s, shared
 * with the tables' export: RFC 4180, and cells a spreadsheet would run as formulas defused.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[], header: readonly [row: string, reason: string]): string {
	return toCsv(header, rows.map((r) => [String(r.row), r.reason]));
}

/** `tickets.csv` → `tickets-rejected-2026-11-22.csv`. */
export function rejectedFilename(fileName: string, now = new Date()): string {
	const stem = fileName.replace(/\.[^.]*$/, '').trim() || 'import';
	return csvFilename(`${stem}-rejected`, now);
}
