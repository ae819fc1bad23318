/**
 * CSV export of what a table shows. RFC 4180 quoting; cells that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR) are prefixed with an apostrophe (CSV injection).
 */

export function csvCell(value: string): string {
	// A plain negative number ("-0.35") is data, not a formula: it stays a number in the sheet.
	const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Starts a download of `csv`; the BOM makes spreadsheet apps read it as UTF-8. */
export function downloadCsv(filename: string, csv: string): void {
	const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `clients-2026-11-22.csv` */
export function csvFilename(base: string, now = new Date()): string {
	return `${base}-${now.toISOString().slice(0, 10)}.csv`;
}
