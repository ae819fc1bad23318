import type { Role } from '$lib/domain/access';
import type { Client } from '$lib/domain/directory';
import {
	CSV_FIELD_INFO,
	CSV_FIELDS,
	csvPreview,
	guessMapping,
	MAX_IMPORT_BYTES,
	parseTicketsCsv,
	parseZendeskExport,
	type CsvField,
	type CsvFieldInfo,
	type CsvMapping,
	type CsvPreview,
	type ImportDefaults,
	type ImportFormat,
	type ImportResult
} from '$lib/domain/ticket-import/index';
import { ApiError } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';
import { errorMessageOf, LineReader, readStreamLine, type ImportReport, type StreamLine } from './stream';
import type { Upload } from './upload';

/**
 * The ticket import page: a client, a format and a file; for CSV the column mapping; a dry run
 * in the browser with the same parsers the server runs; then the upload with its progress, and
 * the server's report. Intent methods change it, getters say what to show.
 */

/** Who may import: the API's own guard (directors, and associates on their clients). */
export function canImportTickets(role: Role): boolean {
	return role === 'director' || role === 'associate';
}

export type ImportClient = Pick<Client, 'id' | 'name' | 'languages' | 'timeZone'>;

/** Rows of the file shown under the mapping. */
export const PREVIEW_ROWS = 10;

/** Why a chosen file was refused before it was read. */
export type FileProblem = { kind: 'too-large'; bytes: number } | { kind: 'unreadable' };

export interface ChosenFile {
	name: string;
	size: number;
	/** Null while the browser reads it. */
	text: string | null;
}

/** The dry run: nothing to run yet (no client or no file), a file-level problem, or the result. */
export type DryRun = { kind: 'waiting' } | { kind: 'invalid'; message: string } | { kind: 'ready'; result: ImportResult };

export type CsvLook = { kind: 'ok'; preview: CsvPreview } | { kind: 'invalid'; message: string };

export type Progress =
	| { phase: 'idle' }
	| { phase: 'uploading'; fraction: number }
	/** `fraction` null: the server is reading the file and has not reported progress yet. */
	| { phase: 'processing'; fraction: number | null }
	| { phase: 'done'; report: ImportReport }
	| { phase: 'failed'; message: string };

/** Where the page is: choosing, reviewing the file, importing, or reading the report. */
export type Step = 'choose' | 'review' | 'running' | 'report';

export interface MappingRow extends CsvFieldInfo {
	/** The header chosen for the field, '' when none. */
	header: string;
	/** Required and neither it nor its alternative is mapped. */
	missing: boolean;
}

export interface TicketImportDeps {
	clients: () => readonly ImportClient[];
	upload: Upload;
}

const unmapped = (): Record<CsvField, string> => Object.fromEntries(CSV_FIELDS.map((f) => [f, ''])) as Record<CsvField, string>;

const FORMAT_OF_EXTENSION: Record<string, ImportFormat> = { csv: 'csv', tsv: 'csv', json: 'zendesk', ndjson: 'zendesk', jsonl: 'zendesk' };

export class TicketImport {
	#clientId = $state('');
	#format = $state<ImportFormat>('csv');
	#file = $state.raw<(ChosenFile & { blob: Blob }) | null>(null);
	#fileProblem = $state.raw<FileProblem | null>(null);
	#mapping = $state.raw<Record<CsvField, string>>(unmapped());
	#progress = $state.raw<Progress>({ phase: 'idle' });
	#reading = 0;
	#abort: AbortController | null = null;
	readonly #deps: TicketImportDeps;

	constructor(deps: TicketImportDeps) {
		this.#deps = deps;
	}

	// -- What to show ---------------------------------------------------------------------------

	get clients(): readonly ImportClient[] {
		return this.#deps.clients();
	}

	/** The chosen client; the only one when the user sees just one. */
	readonly client: ImportClient | null = $derived.by(() => {
		const clients = this.clients;
		return clients.find((c) => c.id === this.#clientId) ?? (clients.length === 1 ? clients[0]! : null);
	});

	get format(): ImportFormat {
		return this.#format;
	}

	get file(): ChosenFile | null {
		return this.#file;
	}

	get fileProblem(): FileProblem | null {
		return this.#fileProblem;
	}

	get progress(): Progress {
		return this.#progress;
	}

	get running(): boolean {
		return this.#progress.phase === 'uploading' || this.#progress.phase === 'processing';
	}

	/** What the file does not say, the client does: its first language and its time zone. */
	readonly defaults: ImportDefaults | null = $derived.by(() => {
		const client = this.client;
		return client ? { language: client.languages[0] ?? 'en', timeZone: client.timeZone } : null;
	});

	/** A CSV file's header and first rows, or why it cannot be read as CSV. */
	readonly csv: CsvLook | null = $derived.by(() => {
		const text = this.#file?.text;
		if (this.#format !== 'csv' || text == null) return null;
		try {
			return { kind: 'ok', preview: csvPreview(text, { maxRows: PREVIEW_ROWS }) };
		} catch (error) {
			return { kind: 'invalid', message: messageOf(error) };
		}
	});

	/** The mapping as the API takes it: mapped fields only. */
	readonly mapping: CsvMapping = $derived.by(() =>
		Object.fromEntries(Object.entries(this.#mapping).filter(([, header]) => header !== ''))
	);

	readonly mappingRows: MappingRow[] = $derived.by(() =>
		CSV_FIELD_INFO.map((info) => {
			const header = this.#mapping[info.field];
			const alternative = info.alternative ? this.#mapping[info.alternative] : '';
			return { ...info, header, missing: info.required && header === '' && alternative === '' };
		})
	);

	/** The mapped columns of the preview rows, in the order of the fields. */
	readonly previewTable: { fields: { field: CsvField; header: string }[]; rows: string[][]; totalRows: number } | null =
		$derived.by(() => {
			if (this.csv?.kind !== 'ok') return null;
			const { headers, rows, totalRows } = this.csv.preview;
			const fields = this.mappingRows.flatMap((r) => (r.header === '' ? [] : [{ field: r.field, header: r.header }]));
			const columns = fields.map((f) => headers.indexOf(f.header));
			return { fields, rows: rows.map((cells) => columns.map((i) => cells[i] ?? '')), totalRows };
		});

	/** What the server would do with the file, computed here with its parsers. */
	readonly dryRun: DryRun = $derived.by(() => {
		const text = this.#file?.text;
		const defaults = this.defaults;
		if (text == null || defaults === null) return { kind: 'waiting' };
		try {
			const result =
				this.#format === 'csv'
					? parseTicketsCsv(text, { mapping: this.mapping, defaults })
					: parseZendeskExport(text, { defaults });
			return { kind: 'ready', result };
		} catch (error) {
			return { kind: 'invalid', message: messageOf(error) };
		}
	});

	/** A client, a readable file and at least one ticket the dry run accepts. */
	readonly ready: boolean = $derived(
		this.client !== null && this.dryRun.kind === 'ready' && this.dryRun.result.drafts.length > 0
	);

	get canImport(): boolean {
		return this.ready && !this.running;
	}

	readonly step: Step = $derived.by(() => {
		if (this.running) return 'running';
		if (this.#progress.phase === 'done') return 'report';
		return this.#file === null ? 'choose' : 'review';
	});

	/** The query of the import request. */
	get requestUrl(): string {
		const params: [string, string][] = [
			['source', this.#format],
			['clientId', this.client?.id ?? '']
		];
		if (this.#format === 'csv') params.push(['mapping', JSON.stringify(this.mapping)]);
		return `/api/tickets/import?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
	}

	// -- Intents --------------------------------------------------------------------------------

	selectClient(id: string): void {
		if (this.running) return;
		this.#clientId = id;
		this.#progress = { phase: 'idle' };
	}

	selectFormat(format: ImportFormat): void {
		if (this.running || format === this.#format) return;
		this.#format = format;
		this.#progress = { phase: 'idle' };
		this.#guessMapping();
	}

	mapField(field: CsvField, header: string): void {
		if (this.running) return;
		this.#mapping = { ...this.#mapping, [field]: header };
		this.#progress = { phase: 'idle' };
	}

	/**
	 * Takes a file from the input or a drop: refused at once when it is over the limit, else read
	 * as text for the preview. A file whose extension says its format switches to that format.
	 */
	async chooseFile(file: File | null | undefined): Promise<void> {
		if (this.running) return;
		const reading = ++this.#reading;
		this.#progress = { phase: 'idle' };
		this.#fileProblem = null;
		this.#file = null;
		if (!file) return;
		if (file.size > MAX_IMPORT_BYTES) {
			this.#fileProblem = { kind: 'too-large', bytes: file.size };
			return;
		}
		this.#file = { name: file.name, size: file.size, text: null, blob: file };
		let text: string;
		try {
			text = await file.text();
		} catch {
			if (reading !== this.#reading) return;
			this.#file = null;
			this.#fileProblem = { kind: 'unreadable' };
			return;
		}
		if (reading !== this.#reading) return;
		this.#file = { name: file.name, size: file.size, text, blob: file };
		this.#format = FORMAT_OF_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? this.#format;
		this.#guessMapping();
	}

	/** Sends the file, follows the upload then the server's progress, and keeps its report. */
	async start(): Promise<void> {
		if (!this.canImport || this.#file === null) return;
		const abort = new AbortController();
		this.#abort = abort;
		this.#progress = { phase: 'uploading', fraction: 0 };
		const lines = new LineReader();
		let failedBody = '';
		try {
			const status = await this.#deps.upload(
				{
					url: this.requestUrl,
					body: this.#file.blob,
					headers: {
						'content-type': this.#format === 'csv' ? 'text/csv' : 'application/json',
						accept: 'application/x-ndjson'
					}
				},
				{
					sent: (loaded, total) => {
						if (this.#progress.phase !== 'uploading') return;
						this.#progress = loaded >= total ? { phase: 'processing', fraction: null } : { phase: 'uploading', fraction: loaded / total };
					},
					received: (status, chunk) => {
						if (abort.signal.aborted) return;
						if (this.#progress.phase === 'uploading') this.#progress = { phase: 'processing', fraction: null };
						if (isOk(status)) lines.push(chunk).forEach((line) => this.#apply(readStreamLine(line)));
						else failedBody += chunk;
					}
				},
				abort.signal
			);
			if (abort.signal.aborted) return;
			if (!isOk(status)) {
				this.#fail(new ApiError(status, errorMessageOf(failedBody)));
				return;
			}
			lines.end().forEach((line) => this.#apply(readStreamLine(line)));
			// The stream ended without a report (the connection was cut).
			if (this.running) this.#fail(new Error('no report'));
		} catch (error) {
			if (!abort.signal.aborted) this.#fail(error);
		} finally {
			if (this.#abort === abort) this.#abort = null;
		}
	}

	/** Stops an import on its way (leaving the page). */
	destroy(): void {
		this.#abort?.abort();
		this.#abort = null;
	}

	// -- Internals ------------------------------------------------------------------------------

	#apply(line: StreamLine | null): void {
		if (line === null || !this.running) return;
		if (line.kind === 'progress') this.#progress = { phase: 'processing', fraction: line.fraction };
		else if (line.kind === 'report') this.#progress = { phase: 'done', report: line.report };
		else this.#progress = { phase: 'failed', message: line.message };
	}

	#fail(error: unknown): void {
		this.#progress = { phase: 'failed', message: describeError(error) };
	}

	/** The mapping the header suggests (each field to one of the file's headers, or none). */
	#guessMapping(): void {
		const look = this.csv;
		this.#mapping = { ...unmapped(), ...(look?.kind === 'ok' ? guessMapping(look.preview.headers) : {}) };
	}
}

function isOk(status: number): boolean {
	return status >= 200 && status < 300;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
