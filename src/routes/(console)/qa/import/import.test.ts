import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '$lib/domain/ticket-import/index';
import { m } from '$lib/paraglide/messages.js';
import { canImportTickets, TicketImport, type ImportClient, type Progress } from './import.svelte';
import { rejectedFilename, rejectedRowsCsv } from './rejected-csv';
import type { Upload, UploadEvents, UploadRequest } from './upload';

const PARIS: ImportClient = { id: 'c-paris', name: 'Maison Lumière', languages: ['fr', 'en'], timeZone: 'Europe/Paris' };
const BERLIN: ImportClient = { id: 'c-berlin', name: 'Kaufhaus Nord', languages: ['de'], timeZone: 'Europe/Berlin' };

/** "Opened" is no header guessMapping knows for created_at; row 3 has a channel nobody knows. */
const CSV = [
	'Ticket ID,Opened,Subject,Description,Channel',
	'A-1,2026-10-01 09:00,Parcel,Where is my parcel?,email',
	'A-2,2026-10-01T10:00:00Z,Refund,"I want my money back, please",chat',
	'A-3,2026-10-01T11:00:00Z,Fax,Can I send a fax?,fax'
].join('\n');

const csvFile = (text = CSV, name = 'tickets.csv') => new File([text], name, { type: 'text/csv' });

/** An upload the test drives: it records the request and hands over the events. */
function scriptedUpload(script: (events: UploadEvents, request: UploadRequest) => Promise<number>) {
	const requests: UploadRequest[] = [];
	const upload: Upload = (request, events) => {
		requests.push(request);
		return script(events, request);
	};
	return { upload, requests };
}

const noUpload: Upload = () => Promise.reject(new Error('not expected'));

function importer(clients: ImportClient[] = [PARIS], upload: Upload = noUpload): TicketImport {
	return new TicketImport({ clients: () => clients, upload });
}

describe('who may import', () => {
	it('is directors and associates, as the API', () => {
		expect(['admin', 'director', 'associate', 'hero'].filter((role) => canImportTickets(role as never))).toEqual(['director', 'associate']);
	});
});

describe('choosing the client, the format and the file', () => {
	it('preselects the only client, and none among several', () => {
		expect(importer([PARIS]).client?.id).toBe('c-paris');
		const two = importer([PARIS, BERLIN]);
		expect(two.client).toBeNull();
		two.selectClient('c-berlin');
		expect(two.client?.name).toBe('Kaufhaus Nord');
		expect(two.defaults).toEqual({ language: 'de', timeZone: 'Europe/Berlin' });
	});

	it('refuses a file over the limit without reading it', async () => {
		const state = importer();
		let read = false;
		const huge = { name: 'big.csv', size: MAX_IMPORT_BYTES + 1, text: () => ((read = true), Promise.resolve('')) } as unknown as File;
		await state.chooseFile(huge);
		expect(state.fileProblem).toEqual({ kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 });
		expect(state.file).toBeNull();
		expect(read).toBe(false);
		expect(state.step).toBe('choose');
		// A smaller file afterwards clears the problem.
		await state.chooseFile(csvFile());
		expect(state.fileProblem).toBeNull();
		expect(state.step).toBe('review');
	});

	it('takes the format from a file’s extension', async () => {
		const state = importer();
		await state.chooseFile(new File(['{"tickets":[]}'], 'export.json'));
		expect(state.format).toBe('zendesk');
		expect(state.csv).toBeNull();
		await state.chooseFile(csvFile(CSV, 'tickets.CSV'));
		expect(state.format).toBe('csv');
	});

	it('keeps the last file when two are read at once', async () => {
		const state = importer();
		const first = state.chooseFile(csvFile(CSV, 'first.csv'));
		const second = state.chooseFile(csvFile(CSV, 'second.csv'));
		await Promise.all([first, second]);
		expect(state.file?.name).toBe('second.csv');
	});
});

describe('mapping and the dry run', () => {
	it('guesses the mapping, says what is missing, and is ready once the column is chosen', async () => {
		const state = importer();
		await state.chooseFile(csvFile());
		expect(state.csv?.kind).toBe('ok');
		expect(state.mapping).toEqual({ external_id: 'Ticket ID', subject: 'Subject', description: 'Description', channel: 'Channel' });
		expect(state.mappingRows.filter((row) => row.missing).map((row) => row.field)).toEqual(['created_at']);
		expect(state.dryRun).toEqual({ kind: 'invalid', message: 'missing column: created_at' });
		expect(state.ready).toBe(false);
		expect(state.canImport).toBe(false);

		state.mapField('created_at', 'Opened');
		expect(state.mappingRows.some((row) => row.missing)).toBe(false);
		expect(state.dryRun.kind).toBe('ready');
		if (state.dryRun.kind !== 'ready') return;
		expect(state.dryRun.result.drafts.map((d) => d.draft.externalId)).toEqual(['A-1', 'A-2']);
		expect(state.dryRun.result.rejected).toEqual([{ row: 3, reason: expect.stringMatching(/^channel: "fax" is not a channel/) }]);
		// The client's defaults: its first language, and its time zone for times without an offset.
		expect(state.dryRun.result.drafts[0]!.draft).toMatchObject({ language: 'fr', createdAt: '2026-10-01T07:00:00.000Z' });
		expect(state.ready).toBe(true);
	});

	it('previews the mapped columns of the first rows', async () => {
		const state = importer();
		await state.chooseFile(csvFile());
		state.mapField('created_at', 'Opened');
		state.mapField('channel', '');
		const table = state.previewTable!;
		expect(table.fields.map((f) => f.field)).toEqual(['external_id', 'created_at', 'subject', 'description']);
		expect(table.rows[1]).toEqual(['A-2', '2026-10-01T10:00:00Z', 'Refund', 'I want my money back, please']);
		expect(table.totalRows).toBe(3);
	});

	it('counts either transcript or description as the messages', async () => {
		const state = importer();
		await state.chooseFile(csvFile());
		state.mapField('description', '');
		expect(state.mappingRows.filter((row) => row.missing).map((row) => row.field)).toEqual(['created_at', 'transcript', 'description']);
	});

	it('waits for a client before the dry run', async () => {
		const state = importer([PARIS, BERLIN]);
		await state.chooseFile(csvFile());
		state.mapField('created_at', 'Opened');
		expect(state.dryRun).toEqual({ kind: 'waiting' });
		expect(state.ready).toBe(false);
	});

	it('shows a file that is not CSV as a file problem', async () => {
		const state = importer();
		await state.chooseFile(csvFile('a,b\n"open,quote\n'));
		expect(state.csv?.kind).toBe('invalid');
		expect(state.dryRun.kind).toBe('invalid');
		expect(state.canImport).toBe(false);
	});

	it('is not ready when every row would be rejected', async () => {
		const state = importer();
		await state.chooseFile(csvFile(CSV.split('\n').filter((_, i) => i === 0 || i === 3).join('\n')));
		state.mapField('created_at', 'Opened');
		expect(state.dryRun.kind).toBe('ready');
		expect(state.ready).toBe(false);
	});
});

describe('importing', () => {
	async function readyImporter(upload: Upload): Promise<TicketImport> {
		const state = importer([PARIS], upload);
		await state.chooseFile(csvFile());
		state.mapField('created_at', 'Opened');
		return state;
	}

	it('sends the file with the mapping and follows the upload, then the streamed progress, to the report', async () => {
		const seen: Progress[] = [];
		const { upload, requests } = scriptedUpload(async (events) => {
			seen.push(state.progress);
			events.sent(40, 100);
			seen.push(state.progress);
			events.sent(100, 100);
			seen.push(state.progress);
			events.received(200, '{"progress":0}\n{"progress":0.5');
			seen.push(state.progress);
			events.received(200, '}\n');
			seen.push(state.progress);
			expect(state.step).toBe('running');
			expect(state.canImport).toBe(false);
			events.received(200, '{"progress":1}\n{"report":{"imported":2,"updated":0,"unchanged":0,"rejected":[{"row":3,"reason":"channel: bad"}]}}');
			return 200;
		});
		const state = await readyImporter(upload);
		await state.start();

		expect(seen).toEqual([
			{ phase: 'uploading', fraction: 0 },
			{ phase: 'uploading', fraction: 0.4 },
			{ phase: 'processing', fraction: null },
			{ phase: 'processing', fraction: 0 },
			{ phase: 'processing', fraction: 0.5 }
		]);
		expect(state.progress).toEqual({
			phase: 'done',
			report: { imported: 2, updated: 0, unchanged: 0, rejected: [{ row: 3, reason: 'channel: bad' }] }
		});
		expect(state.step).toBe('report');
		// The same file can be sent again.
		expect(state.canImport).toBe(true);

		const [request] = requests;
		const url = new URL(request!.url, 'http://localhost');
		expect(url.pathname).toBe('/api/tickets/import');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			source: 'csv',
			clientId: 'c-paris',
			mapping: JSON.stringify({ external_id: 'Ticket ID', created_at: 'Opened', subject: 'Subject', description: 'Description', channel: 'Channel' })
		});
		expect(request!.headers).toEqual({ 'content-type': 'text/csv', accept: 'application/x-ndjson' });
		expect(await (request!.body as Blob).text()).toBe(CSV);
	});

	it('sends a Zendesk export as JSON, without a mapping', async () => {
		const { upload, requests } = scriptedUpload(async (events) => {
			events.received(200, '{"report":{"imported":1,"updated":0,"unchanged":0,"rejected":[]}}\n');
			return 200;
		});
		const state = importer([PARIS], upload);
		const ticket = { id: 7, subject: 'Hi', description: 'Hello', created_at: '2026-10-01T09:00:00Z', via: { channel: 'email' } };
		await state.chooseFile(new File([JSON.stringify({ tickets: [ticket] })], 'export.json'));
		expect(state.dryRun.kind === 'ready' && state.dryRun.result.drafts.length).toBe(1);
		await state.start();
		expect(new URL(requests[0]!.url, 'http://localhost').searchParams.has('mapping')).toBe(false);
		expect(requests[0]!.headers['content-type']).toBe('application/json');
		expect(state.progress.phase).toBe('done');
	});

	it('shows the API’s message for a file it refuses, and its words for a role it refuses', async () => {
		const refused = await readyImporter(
			scriptedUpload(async (events) => {
				events.received(400, '{"message":"missing column: created_at"}');
				return 400;
			}).upload
		);
		await refused.start();
		expect(refused.progress).toEqual({ phase: 'failed', message: 'missing column: created_at' });
		expect(refused.step).toBe('review');

		const forbidden = await readyImporter(scriptedUpload(async () => 403).upload);
		await forbidden.start();
		expect(forbidden.progress).toEqual({ phase: 'failed', message: m.error_forbidden_action() });
	});

	it('fails with the stream’s error, a cut stream, or no network', async () => {
		const streamed = await readyImporter(
			scriptedUpload(async (events) => {
				events.received(200, '{"progress":0}\n{"error":"Internal error."}\n');
				return 200;
			}).upload
		);
		await streamed.start();
		expect(streamed.progress).toEqual({ phase: 'failed', message: 'Internal error.' });

		const cut = await readyImporter(
			scriptedUpload(async (events) => {
				events.received(200, '{"progress":0.3}\n');
				return 200;
			}).upload
		);
		await cut.start();
		expect(cut.progress).toEqual({ phase: 'failed', message: m.error_unexpected() });

		const offline = await readyImporter(() => Promise.reject(new TypeError('Failed to fetch')));
		await offline.start();
		expect(offline.progress).toEqual({ phase: 'failed', message: m.error_network() });
	});

	it('ignores new inputs while it runs, and stops when destroyed', async () => {
		let signal!: AbortSignal;
		const upload: Upload = (_request, _events, s) => {
			signal = s;
			return new Promise((_resolve, reject) => s.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
		};
		const state = await readyImporter(upload);
		const running = state.start();
		expect(state.running).toBe(true);
		state.mapField('created_at', '');
		expect(state.mapping.created_at).toBe('Opened');
		await state.chooseFile(null);
		expect(state.file).not.toBeNull();
		state.destroy();
		await running;
		expect(signal.aborted).toBe(true);
	});

	it('clears the report when the file or the mapping changes', async () => {
		const state = await readyImporter(
			scriptedUpload(async (events) => {
				events.received(200, '{"report":{"imported":2,"updated":0,"unchanged":0,"rejected":[]}}');
				return 200;
			}).upload
		);
		await state.start();
		expect(state.step).toBe('report');
		state.mapField('tags', '');
		expect(state.progress).toEqual({ phase: 'idle' });
	});
});

describe('the rejected rows as CSV', () => {
	it('quotes reasons with commas, quotes and line breaks, and defuses formulas', () => {
		const csv = rejectedRowsCsv(
			[
				{ row: 3, reason: 'channel: "fax" is not a channel (email, chat or phone)' },
				{ row: 4, reason: 'duplicate of row 1' },
				{ row: 5, reason: 'subject: two\nlines' },
				{ row: 6, reason: '=HYPERLINK("x")' }
			],
			['Row', 'Reason']
		);
		expect(csv).toBe(
			'Row,Reason\r\n' +
				'3,"channel: ""fax"" is not a channel (email, chat or phone)"\r\n' +
				'4,duplicate of row 1\r\n' +
				'5,"subject: two\nlines"\r\n' +
				`6,"'=HYPERLINK(""x"")"\r\n`
		);
	});

	it('names the file after the import', () => {
		const day = new Date('2026-11-22T10:00:00Z');
		expect(rejectedFilename('tickets.csv', day)).toBe('tickets-rejected-2026-11-22.csv');
		expect(rejectedFilename('export.2026.json', day)).toBe('export.2026-rejected-2026-11-22.csv');
		expect(rejectedFilename('.csv', day)).toBe('import-rejected-2026-11-22.csv');
	});
});
