import type { CsvImportOptions } from './csv';
import { parseTicketsCsv } from './csv';
import type { ImportResult } from './common';
import { parseZendeskExport } from './zendesk';

/**
 * Ticket imports: pure parsers from an uploaded file to ticket drafts, shared by the server's
 * `POST /api/tickets/import?source=csv|zendesk` and the browser's mapping screen and preview.
 * A file-level problem throws `ImportFileError` (nothing is imported); a bad row is rejected
 * with its reason and the others are kept.
 */

export {
	assertImportSize,
	ImportFileError,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ROWS,
	utf8ByteLength,
	type ImportDefaults,
	type ImportedDraft,
	type ImportResult,
	type RejectedRow
} from './common';
export {
	CSV_DELIMITERS,
	CSV_FIELD_INFO,
	CSV_FIELDS,
	csvPreview,
	guessMapping,
	HEADER_SYNONYMS,
	parseTicketsCsv,
	type CsvDelimiter,
	type CsvField,
	type CsvFieldInfo,
	type CsvImportOptions,
	type CsvMapping,
	type CsvPreview
} from './csv';
export { channelOfVia, parseZendeskExport, ZENDESK_VIA_CHANNELS, type ZendeskImportOptions } from './zendesk';

export const IMPORT_FORMATS = ['csv', 'zendesk'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The `?source=` of the import endpoint to its parser; `mapping` applies to CSV only. */
export function parseTicketImport(format: ImportFormat, text: string, options: CsvImportOptions): ImportResult {
	return format === 'csv' ? parseTicketsCsv(text, options) : parseZendeskExport(text, { defaults: options.defaults });
}
