import { LANGUAGES, type Language } from '../access';
import { ticketDraftSchema, type Channel, type TicketDraft } from '../tickets';
import { instantsOfWallTime, wallClockAt } from '../zoned-time';

/**
 * What the ticket importers (CSV, Zendesk) share: limits, the file-level error, the result
 * shape, reading times in the client's time zone, duplicate detection and the final check of a
 * draft against `ticketDraftSchema`. Pure: the server and the browser's preview run the same code.
 */

/** The largest import, in UTF-8 bytes (25 MiB). The server may refuse a larger Content-Length. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
/** The most tickets (CSV data rows, Zendesk tickets) one import may hold. */
export const MAX_IMPORT_ROWS = 100_000;

/**
 * A problem with the whole file (empty, too large, not CSV or JSON, a column missing…): nothing
 * of it is imported. The message is for the person who uploaded it; the error is expected, not a
 * bug, so it carries no stack trace.
 */
export class ImportFileError extends Error {
	override readonly name = 'ImportFileError';

	constructor(message: string) {
		super(message);
		this.stack = `${this.name}: ${message}`;
	}
}

/** What the file does not say, the client does. */
export interface ImportDefaults {
	language: Language;
	/** The channel of a ticket whose channel is unknown or empty; 'email' when not given. */
	channel?: Channel;
	/** The client's IANA time zone, for times written without an offset (`2026-11-02 10:30`). */
	timeZone: string;
}

/** `row`: 1-based, see each parser for what it counts. */
export interface ImportedDraft {
	row: number;
	draft: TicketDraft;
}

export interface RejectedRow {
	row: number;
	reason: string;
}

export interface ImportResult {
	drafts: ImportedDraft[];
	rejected: RejectedRow[];
}

// -- The file --------------------------------------------------------------------------------

/** The UTF-8 length of `text`, without encoding it. */
export function utf8ByteLength(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

const MIB = 1024 * 1024;

/** Throws when an import of `byteLength` bytes is over the limit (a Content-Length, a file size). */
export function assertImportSize(byteLength: number): void {
	if (byteLength > MAX_IMPORT_BYTES) {
		throw new ImportFileError(`the file is larger than ${MAX_IMPORT_BYTES / MIB} MiB (${(byteLength / MIB).toFixed(1)} MiB)`);
	}
}

/** The text of an upload, checked for size and emptiness, without its byte order mark. */
export function importText(text: string): string {
	// A UTF-16 code unit is at least one UTF-8 byte and at most three: count only when it matters.
	if (text.length > MAX_IMPORT_BYTES) assertImportSize(text.length);
	else if (text.length * 3 > MAX_IMPORT_BYTES) assertImportSize(utf8ByteLength(text));
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') throw new ImportFileError('the file is empty');
	return body;
}

export function assertRowCount(rows: number): void {
	if (rows > MAX_IMPORT_ROWS) {
		throw new ImportFileError(`the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} tickets; split it`);
	}
}

// -- Rows ------------------------------------------------------------------------------------

/** A value a row could not give, and why (the reason without the field's name). */
export interface Invalid {
	readonly invalid: string;
}

export function invalid(reason: string): Invalid {
	return { invalid: reason };
}

export function isInvalid(value: unknown): value is Invalid {
	return typeof value === 'object' && value !== null && 'invalid' in value;
}

/** `"value"`, shortened: how reasons quote what the file said. */
export function quote(value: string, max = 60): string {
	return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
}

/** A value from a file as reasons show it: a string quoted, anything else as JSON. */
export function shown(value: unknown): string {
	return typeof value === 'string' ? quote(value) : (JSON.stringify(value) ?? String(value));
}

/**
 * Remembers the first row of each external id: a later row with the same id is 'duplicate of
 * row N', whether row N was imported or rejected (the file says two things of one ticket).
 */
export function duplicateTracker(): (externalId: string, row: number) => number | null {
	const firstRow = new Map<string, number>();
	return (externalId, row) => {
		const earlier = firstRow.get(externalId);
		if (earlier !== undefined) return earlier;
		firstRow.set(externalId, row);
		return null;
	};
}

/** `fr`, `FR`, `fr-FR`, `fr_CA` → 'fr' when it is a language of the product; else null. */
export function languageOf(tag: string): Language | null {
	const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(tag.trim())?.[1]?.toLowerCase();
	return LANGUAGES.find((language) => language === primary) ?? null;
}

/** How each parser names the draft's fields in its reasons (its column or property names). */
export type FieldLabels = Record<keyof TicketDraft, string>;

/**
 * Checks a candidate draft against `ticketDraftSchema`: the draft (times normalised to UTC), or
 * every problem as one reason ('hero_email: the hero e-mail address is not valid ("bob@")').
 */
export function checkDraft(candidate: Record<string, unknown>, labels: FieldLabels): TicketDraft | Invalid {
	const result = ticketDraftSchema.safeParse(candidate);
	if (result.success) return result.data;
	const reasons = result.error.issues.map((issue) => {
		const [head, ...rest] = issue.path;
		const label = typeof head === 'string' && head in labels ? labels[head as keyof TicketDraft] : String(head ?? 'ticket');
		const where = rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
		const value = issue.path.reduce<unknown>(
			(at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
			candidate
		);
		return `${label}${where}: ${issue.message}${typeof value === 'string' ? ` (${quote(value)})` : ''}`;
	});
	return invalid([...new Set(reasons)].join('; '));
}

// -- Times -----------------------------------------------------------------------------------

/**
 * `2026-11-02T09:30:00Z`, `2026-11-02 09:30:00.250+01:00`, `…+0100`, `…+01`: an instant.
 * `2026-11-02 09:30[:SS]` (or with `T`), without a zone: a wall-clock time in the client's zone.
 */
const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;


/** Reads a time cell: the ISO instant (UTC, `toISOString`), or why it is not one. */
export type InstantReader = (value: string) => string | Invalid;

/**
 * A reader of times for a client in `timeZone`. Wall-clock times are converted with the zone's
 * offset at that moment, from `Intl.DateTimeFormat` (no time-zone tables here): a time the clocks
 * skip (spring forward) is rejected; a time they pass twice (fall back) is the earlier instant,
 * as `Temporal`'s 'compatible' disambiguation does.
 */
export function instantReader(timeZone: string): InstantReader {
	wallClockAt(0, timeZone); // an unknown zone throws here, not at the first row
	const notATime = (value: string) =>
		invalid(`${quote(value)} is not a date and time (2026-11-02T09:30:00Z, or 2026-11-02 10:30 in ${timeZone})`);

	return (value) => {
		const match = DATE_TIME.exec(value.trim());
		if (!match) return notATime(value);
		const [, y, mo, d, h, mi, s, fraction, zone] = match;
		const fields = [y, mo, d, h, mi, s ?? '0'].map(Number) as [number, number, number, number, number, number];
		const [year, month, day, hour, minute, second] = fields;
		const wall = Date.UTC(year, month - 1, day, hour, minute, second);
		const back = new Date(wall);
		// Date.UTC rolls 31 February over into March (and years 0–99 into the 1900s): out of range is
		// not a time.
		if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
			return notATime(value);
		}
		const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
		if (zone !== undefined) {
			const offset = zoneOffsetMs(zone);
			if (offset === null) return notATime(value);
			return new Date(wall - offset + millis).toISOString();
		}
		const { instants } = instantsOfWallTime(wall, timeZone);
		if (instants.length === 0) {
			return invalid(`${quote(value)} does not exist in ${timeZone} (the clocks skip that hour)`);
		}
		return new Date(instants[0]! + millis).toISOString();
	};
}

function zoneOffsetMs(zone: string): number | null {
	if (zone.toUpperCase() === 'Z') return 0;
	const digits = zone.slice(1).replace(':', '');
	const hours = Number(digits.slice(0, 2));
	const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
	if (hours > 23 || minutes > 59) return null;
	return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Reads every item (row 1 first) into the drafts it makes and the rows it rejects, with why. */
export function readRows<T>(items: readonly T[], read: (item: T, row: number) => TicketDraft | Invalid): ImportResult {
	const result: ImportResult = { drafts: [], rejected: [] };
	items.forEach((item, index) => {
		const row = index + 1;
		const draft = read(item, row);
		if (isInvalid(draft)) result.rejected.push({ row, reason: draft.invalid });
		else result.drafts.push({ row, draft });
	});
	return result;
}
