// `#csv-sync` (package.json "imports"): `csv-parse/browser/esm/sync` in the browser,
// `csv-parse/sync` elsewhere. The package's exports map has no "browser" condition, and
// `csv-parse/sync` calls Node's global `Buffer`, which a browser build does not provide; the
// browser/esm build bundles its own Buffer but parses about 3× slower (a 25 MB file: 2.8 s
// against 0.9 s), so the server and the tests use the Node build.
import { CsvError, parse } from '#csv-sync';
import { LANGUAGES, type Language } from '../access';
import { AUTHOR_ROLES, type Channel, type TicketDraft, type TicketMessage } from '../tickets';
import {
	assertRowCount,
	checkDraft,
	duplicateTracker,
	ImportFileError,
	importText,
	instantReader,
	invalid,
	isInvalid,
	languageOf,
	MAX_IMPORT_ROWS,
	quote,
	readRows,
	shown,
	type FieldLabels,
	type ImportDefaults,
	type ImportResult,
	type InstantReader,
	type Invalid
} from './common';

/**
 * CSV ticket import: one row per ticket under a header row; the columns are mapped to fields,
 * guessed from the header (`guessMapping`) or chosen on the mapping screen.
 *
 * Rows are numbered from 1, the first record after the header; blank lines and records whose
 * cells are all empty are skipped and not counted. A quoted cell may hold line breaks: the row is
 * still one record (so row numbers can differ from line numbers).
 */

export const CSV_FIELDS = [
	'external_id',
	'created_at',
	'subject',
	'transcript',
	'description',
	'channel',
	'language',
	'first_response_at',
	'solved_at',
	'hero_email',
	'csat',
	'escalation',
	'tags'
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Which column (by its header) holds each field; an unmapped field takes its default. */
export type CsvMapping = Partial<Record<CsvField, string>>;

export interface CsvFieldInfo {
	field: CsvField;
	/** The field must be mapped to a column — unless its `alternative` is. */
	required: boolean;
	alternative?: CsvField;
	/** One line for the mapping screen. */
	description: string;
}

export const CSV_FIELD_INFO: readonly CsvFieldInfo[] = [
	{
		field: 'external_id',
		required: true,
		description: 'The ticket id in the helpdesk; importing the same id again updates the ticket.'
	},
	{
		field: 'created_at',
		required: true,
		description: 'When the ticket was opened: 2026-11-02T09:30:00Z, or 2026-11-02 10:30 in the client time zone.'
	},
	{ field: 'subject', required: true, description: 'The subject of the ticket; a cell may be empty.' },
	{
		field: 'transcript',
		required: true,
		alternative: 'description',
		description: 'The conversation as a JSON array of {author, at, body}; author is customer, hero or system.'
	},
	{
		field: 'description',
		required: true,
		alternative: 'transcript',
		description: 'The customer message as plain text, used when there is no transcript.'
	},
	{
		field: 'channel',
		required: false,
		description: 'email, chat or phone (or e-mail, mail, live chat, messaging, voice, call); empty: the client default.'
	},
	{
		field: 'language',
		required: false,
		description: 'A language code such as fr, de or fr-FR; empty: the client language.'
	},
	{ field: 'first_response_at', required: false, description: 'When the hero first answered; empty when nobody did.' },
	{ field: 'solved_at', required: false, description: 'When the ticket was solved; empty while it is open.' },
	{
		field: 'hero_email',
		required: false,
		description: 'The e-mail address of the hero who handled it, matched to a hero of the workspace.'
	},
	{
		field: 'csat',
		required: false,
		description: 'Customer satisfaction from 1 to 5, or good / bad; empty when not rated.'
	},
	{ field: 'escalation', required: false, description: 'Escalation level 1, 2 or 3; empty: 1.' },
	{ field: 'tags', required: false, description: 'Tags separated by commas or spaces.' }
];

/**
 * Headers `guessMapping` recognises for each field, compared without case, accents, spaces or
 * punctuation ('Ticket ID', 'ticket_id' and 'TicketId' are one). First match wins, in this order.
 * Deliberately absent: 'Priority' (not an escalation level), bare 'Agent' / 'Assignee' (usually
 * a name, not an e-mail address), bare 'Solved' (often a yes/no column).
 */
export const HEADER_SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
	external_id: [
		'external id', 'ticket id', 'id', 'ticket', 'ticket number', 'ticket no', 'ticket nr', 'case id',
		'case number', 'conversation id', 'numéro de ticket', 'numéro', 'ticketnummer'
	],
	created_at: [
		'created at', 'created', 'created time', 'creation date', 'date created', 'opened at', 'date de création',
		'créé le', 'erstellt am', 'erstellt', 'erstellungsdatum'
	],
	subject: ['subject', 'title', 'topic', 'objet', 'sujet', 'titre', 'betreff', 'titel'],
	transcript: ['transcript', 'conversation', 'messages', 'thread', 'verlauf'],
	description: [
		'description', 'body', 'message', 'first message', 'content', 'text', 'texte', 'beschreibung', 'nachricht'
	],
	channel: ['channel', 'via', 'source', 'medium', 'canal', 'kanal'],
	language: ['language', 'lang', 'locale', 'langue', 'sprache'],
	first_response_at: [
		'first response at', 'first response', 'first reply at', 'first replied at', 'première réponse',
		'erste antwort', 'erste antwort am'
	],
	solved_at: [
		'solved at', 'resolved at', 'resolved time', 'closed at', 'date solved', 'résolu le', 'gelöst am',
		'erledigt am'
	],
	hero_email: [
		'hero email', 'agent email', 'assignee email', 'email agent', 'owner email', 'email conseiller',
		'agent mail'
	],
	csat: [
		'csat', 'csat score', 'satisfaction', 'satisfaction score', 'satisfaction rating', 'rating', 'note',
		'note de satisfaction', 'zufriedenheit', 'bewertung'
	],
	escalation: [
		'escalation', 'escalation level', 'tier', 'support tier', 'support level', 'level', 'niveau',
		"niveau d'escalade", 'escalade', 'eskalation', 'eskalationsstufe'
	],
	tags: ['tags', 'tag', 'labels', 'label', 'étiquettes', 'schlagwörter']
};

/** 'Créé le' → 'creele', 'E-Mail Agent' → 'emailagent'. */
function headerKey(header: string): string {
	return header
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** The mapping the header suggests; each header serves one field at most. */
export function guessMapping(headers: readonly string[]): CsvMapping {
	const mapping: CsvMapping = {};
	const used = new Set<string>();
	for (const field of CSV_FIELDS) {
		for (const synonym of HEADER_SYNONYMS[field]) {
			const header = headers.find((h) => !used.has(h) && headerKey(h) === headerKey(synonym));
			if (header !== undefined) {
				mapping[field] = header;
				used.add(header);
				break;
			}
		}
	}
	return mapping;
}

// -- The file --------------------------------------------------------------------------------

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The delimiter the header line uses most (outside quotes); a comma when it is a tie or none. */
function detectDelimiter(text: string): CsvDelimiter {
	const end = text.search(/[\r\n]/);
	const header = end === -1 ? text : text.slice(0, end);
	const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (const char of header) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
	}
	return CSV_DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

interface CsvTable {
	headers: string[];
	rows: string[][];
	delimiter: CsvDelimiter;
}

function readCsv(text: string): CsvTable {
	const body = importText(text);
	const delimiter = detectDelimiter(body);
	let parsedBytes = 0;
	let records: string[][];
	try {
		records = parse(body, {
			delimiter,
			relax_column_count: true,
			skip_empty_lines: true,
			skip_records_with_empty_values: true,
			// The header, the most rows allowed, and one more to know there are too many.
			to: MAX_IMPORT_ROWS + 2,
			on_record: (record, context) => {
				parsedBytes = context.bytes;
				return record;
			}
		});
	} catch (error) {
		if (error instanceof CsvError) throw csvFileError(error, body, parsedBytes);
		throw error;
	}
	const [header, ...rows] = records;
	if (header === undefined) throw new ImportFileError('the file is empty');
	assertRowCount(rows.length);
	return { headers: header.map((h) => h.trim()), rows, delimiter };
}

/**
 * csv-parse counts a CRLF inside a quoted cell as two lines, so the line is computed here: the
 * first non-blank line after the last record it read whole (`parsedBytes`, UTF-8 bytes).
 */
function csvFileError(error: CsvError, text: string, parsedBytes: number): ImportFileError {
	let index = 0;
	for (let bytes = 0; index < text.length && bytes < parsedBytes; ) {
		const code = text.codePointAt(index)!;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code <= 0xffff ? 3 : 4;
		index += code > 0xffff ? 2 : 1;
	}
	const blankLines = /(?:[ \t]*(?:\r\n|\r|\n))*/y;
	blankLines.lastIndex = index;
	const skipped = blankLines.exec(text)?.[0] ?? '';
	const line = 1 + (`${text.slice(0, index)}${skipped}`.match(/\r\n|\r|\n/g)?.length ?? 0);
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return new ImportFileError(`not a valid CSV file: the row starting on line ${line} opens a quote that is never closed`);
		case 'INVALID_OPENING_QUOTE':
			return new ImportFileError(`not a valid CSV file: the row starting on line ${line} has a quote (") inside a cell that is not quoted`);
		case 'CSV_INVALID_CLOSING_QUOTE':
			return new ImportFileError(`not a valid CSV file: the row starting on line ${line} has text right after a closing quote`);
		default:
			return new ImportFileError(`not a valid CSV file (the row starting on line ${line}): ${error.message}`);
	}
}

export interface CsvPreview {
	/** The header cells, trimmed. */
	headers: string[];
	/** The first data rows, as the file has them. */
	rows: string[][];
	totalRows: number;
	delimiter: CsvDelimiter;
}

/** The header and first rows for the mapping screen; throws `ImportFileError` as the import would. */
export function csvPreview(text: string, { maxRows = 20 }: { maxRows?: number } = {}): CsvPreview {
	const table = readCsv(text);
	return { headers: table.headers, rows: table.rows.slice(0, maxRows), totalRows: table.rows.length, delimiter: table.delimiter };
}

type Columns = Partial<Record<CsvField, number>>;

function isCsvField(name: string): name is CsvField {
	return (CSV_FIELDS as readonly string[]).includes(name);
}

/** The column index of each mapped field; a mapping that does not fit the header is a file error. */
function resolveColumns(headers: readonly string[], mapping: CsvMapping): Columns {
	const columns: Columns = {};
	for (const [field, header] of Object.entries(mapping)) {
		if (typeof header !== 'string' || header.trim() === '') continue;
		if (!isCsvField(field)) throw new ImportFileError(`the mapping names an unknown field: ${field}`);
		const matches = headers.flatMap((h, i) => (h === header.trim() ? [i] : []));
		if (matches.length === 0) {
			throw new ImportFileError(`the mapping names a column the file does not have: ${field} → ${quote(header)}`);
		}
		if (matches.length > 1) throw new ImportFileError(`the column ${quote(header)} appears ${matches.length} times in the header`);
		columns[field] = matches[0];
	}
	const missing: string[] = (['external_id', 'created_at', 'subject'] as const).filter((f) => columns[f] === undefined);
	if (columns.transcript === undefined && columns.description === undefined) missing.push('transcript or description');
	if (missing.length > 0) throw new ImportFileError(`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
	return columns;
}

// -- Rows ------------------------------------------------------------------------------------

export interface CsvImportOptions {
	/** Defaults to `guessMapping(headers)`. Used as given, not merged with the guess. */
	mapping?: CsvMapping;
	defaults: ImportDefaults;
}

/**
 * The tickets of a CSV file, and the rows it could not read with why. `row` 1 is the first record
 * after the header (blank records skipped and not counted).
 */
export function parseTicketsCsv(text: string, options: CsvImportOptions): ImportResult {
	const table = readCsv(text);
	if (table.rows.length === 0) throw new ImportFileError('the file has a header but no ticket rows');
	const context: RowContext = {
		columns: resolveColumns(table.headers, options.mapping ?? guessMapping(table.headers)),
		headerCount: table.headers.length,
		defaults: options.defaults,
		readInstant: instantReader(options.defaults.timeZone),
		duplicateOf: duplicateTracker()
	};
	return readRows(table.rows, (cells, row) => readRow(cells, row, context));
}

interface RowContext {
	columns: Columns;
	headerCount: number;
	defaults: ImportDefaults;
	readInstant: InstantReader;
	duplicateOf: (externalId: string, row: number) => number | null;
}

function readRow(cells: string[], row: number, context: RowContext): TicketDraft | Invalid {
	if (cells.length !== context.headerCount) return invalid(`the row has ${cells.length} cells, the header ${context.headerCount}`);
	const { columns, defaults, readInstant } = context;
	const cell = (field: CsvField) => {
		const index = columns[field];
		return index === undefined ? '' : (cells[index] ?? '').trim();
	};
	const externalId = cell('external_id');
	const earlier = externalId === '' ? null : context.duplicateOf(externalId, row);
	if (earlier !== null) return invalid(`duplicate of row ${earlier}`);

	const problems: string[] = [];
	const take = <T>(field: CsvField, value: T | Invalid): T | undefined => {
		if (!isInvalid(value)) return value;
		problems.push(`${field}: ${value.invalid}`);
		return undefined;
	};
	const time = (field: CsvField) => (cell(field) === '' ? null : take(field, readInstant(cell(field))));

	if (externalId === '') problems.push('external_id: empty');
	const createdAt = cell('created_at') === '' ? take<string>('created_at', invalid('empty')) : time('created_at');

	let messagesLabel = columns.transcript !== undefined ? 'transcript' : 'description';
	let messages: TicketMessage[] | undefined;
	const transcript = cell('transcript');
	if (transcript !== '' && transcript !== '[]') {
		const read = readTranscript(transcript, readInstant);
		if (isInvalid(read)) problems.push(read.invalid);
		else messages = read;
	} else if (cell('description') !== '') {
		messagesLabel = 'description';
		// One line ending, whatever the spreadsheet saved.
		if (createdAt) messages = [{ author: 'customer', at: createdAt, body: cell('description').replace(/\r\n?/g, '\n') }];
	} else {
		const mapped = (['transcript', 'description'] as const).filter((f) => columns[f] !== undefined);
		problems.push(`${mapped.join(' and ')}: empty`);
	}

	const candidate = {
		source: 'csv',
		externalId,
		channel: take('channel', readChannel(cell('channel'), defaults.channel ?? 'email')),
		language: take('language', readLanguage(cell('language'), defaults.language)),
		subject: cell('subject'),
		messages,
		tags: [...new Set(cell('tags').split(/[\s,]+/).filter(Boolean))],
		createdAt,
		firstResponseAt: time('first_response_at'),
		solvedAt: time('solved_at'),
		heroEmail: cell('hero_email') === '' ? null : cell('hero_email').toLowerCase(),
		csat: take('csat', readCsat(cell('csat'))),
		escalation: take('escalation', readEscalation(cell('escalation')))
	};
	if (problems.length > 0) return invalid(problems.join('; '));
	return checkDraft(candidate, csvLabels(messagesLabel));
}

function csvLabels(messages: string): FieldLabels {
	return {
		source: 'source',
		externalId: 'external_id',
		channel: 'channel',
		language: 'language',
		subject: 'subject',
		messages,
		tags: 'tags',
		createdAt: 'created_at',
		firstResponseAt: 'first_response_at',
		solvedAt: 'solved_at',
		heroEmail: 'hero_email',
		csat: 'csat',
		escalation: 'escalation'
	};
}

/** Channel cells, compared without case, spaces or hyphens ('E-Mail', 'Live chat'). */
const CHANNEL_SYNONYMS = new Map<string, Channel>([
	['email', 'email'],
	['mail', 'email'],
	['courriel', 'email'],
	['chat', 'chat'],
	['livechat', 'chat'],
	['messaging', 'chat'],
	['phone', 'phone'],
	['voice', 'phone'],
	['call', 'phone'],
	['telephone', 'phone'],
	['telefon', 'phone']
]);

function readChannel(value: string, fallback: Channel): Channel | Invalid {
	if (value === '') return fallback;
	return CHANNEL_SYNONYMS.get(headerKey(value)) ?? invalid(`${quote(value)} is not a channel (email, chat or phone)`);
}

/** `fr`, `FR`, `fr-FR`: the primary subtag, when it is a language of the product. */
function readLanguage(value: string, fallback: Language): Language | Invalid {
	if (value === '') return fallback;
	return languageOf(value) ?? invalid(`${quote(value)} is not one of ${LANGUAGES.join(', ')}`);
}

/** 1–5; good → 5, bad → 1; empty, and Zendesk's 'offered' / 'unoffered' / 'not offered', → null. */
function readCsat(value: string): number | null | Invalid {
	const key = value.toLowerCase();
	if (key === '' || key === 'offered' || key === 'unoffered' || key === 'not offered') return null;
	if (key === 'good') return 5;
	if (key === 'bad') return 1;
	if (/^[1-5]$/.test(key)) return Number(key);
	return invalid(`${quote(value)} is not a rating from 1 to 5 (or good, bad)`);
}

function readEscalation(value: string): 1 | 2 | 3 | Invalid {
	if (value === '') return 1;
	if (value === '1' || value === '2' || value === '3') return Number(value) as 1 | 2 | 3;
	return invalid(`${quote(value)} is not 1, 2 or 3`);
}

/** A transcript cell: a JSON array of {author, at, body}, in time order once read. */
function readTranscript(text: string, readInstant: InstantReader): TicketMessage[] | Invalid {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return invalid(`transcript: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	if (!Array.isArray(data)) return invalid('transcript: not a JSON array of {author, at, body}');
	const messages: TicketMessage[] = [];
	for (const [i, item] of data.entries()) {
		const where = `transcript[${i}]`;
		if (typeof item !== 'object' || item === null || Array.isArray(item)) return invalid(`${where}: not an object {author, at, body}`);
		const { author, at, body } = item as Record<string, unknown>;
		const bad = (key: string, value: unknown, what: string) =>
			invalid(`${where}.${key}: ${value === undefined ? 'missing' : `${shown(value)} ${what}`}`);
		const role = AUTHOR_ROLES.find((r) => typeof author === 'string' && r === author.trim().toLowerCase());
		if (role === undefined) return bad('author', author, `is not one of ${AUTHOR_ROLES.join(', ')}`);
		if (typeof at !== 'string') return bad('at', at, 'is not a date and time');
		const instant = readInstant(at);
		if (isInvalid(instant)) return invalid(`${where}.at: ${instant.invalid}`);
		if (typeof body !== 'string') return bad('body', body, 'is not text');
		messages.push({ author: role, at: instant, body });
	}
	// A stable sort: messages written at the same second keep the file's order.
	return messages.sort((a, b) => a.at.localeCompare(b.at));
}
