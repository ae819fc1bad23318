/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { ImportDefaults } from './common';
import { ImportFileError, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './common';
import { CSV_FIELD_INFO, CSV_FIELDS, csvPreview, guessMapping, parseTicketsCsv } from './csv';
import german from './fixtures/tickets-de.csv?raw';
import english from './fixtures/tickets-en.csv?raw';
import french from './fixtures/tickets-fr.csv?raw';

const paris: ImportDefaults = { language: 'fr', timeZone: 'Europe/Paris' };
const berlin: ImportDefaults = { language: 'de', channel: 'phone', timeZone: 'Europe/Berlin' };

/** The file as a Windows spreadsheet saves it: byte order mark, CRLF line ends. */
const windows = (text: string) => `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;

const HEADER = 'external_id,created_at,subject,description,channel,language,first_response_at,solved_at,hero_email,csat,escalation,tags';

function fileError(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportFileError) return error.message;
		throw error;
	}
	throw new Error('no ImportFileError');
}

describe('parseTicketsCsv', () => {
	it('reads a French export: ";", quoted multi-line transcripts, local times, synonyms', () => {
		const result = parseTicketsCsv(french, { defaults: paris });
		expect(result.rejected).toEqual([]);
		expect(result.drafts.map((d) => d.row)).toEqual([1, 2, 3]);
		expect(result.drafts[0]!.draft).toEqual({
			source: 'csv',
			externalId: 'FR-1001',
			channel: 'email',
			language: 'fr',
			subject: 'Colis non reçu',
			messages: [
				{ author: 'customer', at: '2026-03-02T08:15:00.000Z', body: "Bonjour,\nmon colis n'est toujours pas arrivé." },
				{ author: 'hero', at: '2026-03-02T08:42:00.000Z', body: 'Bonjour Madame Martin, je regarde tout de suite.' }
			],
			tags: ['livraison', 'colis'],
			createdAt: '2026-03-02T08:15:00.000Z',
			firstResponseAt: '2026-03-02T08:42:00.000Z',
			solvedAt: '2026-03-02T10:05:00.000Z',
			heroEmail: 'claire.dubois@helpcenter.example',
			csat: 5,
			escalation: 1
		});
		const refund = result.drafts[1]!.draft;
		// The transcript is put in time order; a ";" inside a quoted cell is text.
		expect(refund.messages.map((m) => [m.author, m.at])).toEqual([
			['customer', '2026-03-02T13:03:00.000Z'],
			['hero', '2026-03-02T13:20:00.000Z']
		]);
		expect(refund.messages[0]!.body).toBe('Je souhaite être remboursée; merci.');
		expect(refund).toMatchObject({ subject: 'Remboursement « express »', channel: 'chat', csat: 4, escalation: 2, solvedAt: null });
		expect(result.drafts[2]!.draft).toMatchObject({
			subject: '',
			channel: 'phone',
			language: 'fr',
			tags: ['facture'],
			firstResponseAt: null,
			solvedAt: null,
			heroEmail: null,
			csat: null,
			escalation: 1
		});
	});

	it('reads the same file with a byte order mark and CRLF line ends', () => {
		expect(windows(french)).toContain('\r\n  {""author""');
		expect(parseTicketsCsv(windows(french), { defaults: paris })).toEqual(parseTicketsCsv(french, { defaults: paris }));
	});

	it('reads a German tab-separated export with a multi-line description', () => {
		const result = parseTicketsCsv(german, { defaults: berlin });
		expect(result.rejected).toEqual([]);
		expect(result.drafts.map((d) => d.draft)).toEqual([
			{
				source: 'csv',
				externalId: 'DE-2001',
				channel: 'email',
				language: 'de',
				subject: 'Passwort vergessen',
				messages: [
					{ author: 'customer', at: '2026-11-02T07:05:00.000Z', body: 'Guten Tag,\nich kann mich nicht mehr anmelden.\nViele Grüße, Jürgen Müller' }
				],
				tags: ['konto', 'passwort'],
				createdAt: '2026-11-02T07:05:00.000Z',
				firstResponseAt: '2026-11-02T07:31:00.000Z',
				solvedAt: '2026-11-02T08:10:00.000Z',
				heroEmail: 'jonas.weber@helpcenter.example',
				csat: 5,
				escalation: 1
			},
			expect.objectContaining({ externalId: 'DE-2002', channel: 'chat', csat: 1, escalation: 3, tags: ['rechnung', 'erstattung'] })
		]);
		// Saved on Windows: the description keeps "\n" line ends.
		expect(parseTicketsCsv(windows(german), { defaults: berlin })).toEqual(result);
	});

	it('reads an English comma-separated export with ISO times and quoted commas', () => {
		const result = parseTicketsCsv(english, { defaults: paris });
		expect(result.rejected).toEqual([]);
		expect(result.drafts[0]!.draft).toMatchObject({
			subject: 'Order #4411, wrong size',
			language: 'en',
			solvedAt: '2026-11-03T07:00:00.000Z',
			tags: ['returns', 'sizing'],
			messages: [{ author: 'customer', at: '2026-11-02T09:30:00.000Z', body: 'Hi, I received a size M instead of L.' }]
		});
		expect(result.drafts[1]!.draft).toMatchObject({ channel: 'chat', language: 'en', csat: null, escalation: 1, tags: [] });
	});

	it('uses a mapping as given: other headers, and a guessed column left out', () => {
		const text = [
			'Ref,Opened (local),Title,First customer message,Tags,Kanal',
			'A-1,2026-11-02 10:30,Help,"Hello, anyone?",vip urgent,',
			'A-2,2026-11-02 11:00,Help again,Still waiting,,chat'
		].join('\n');
		expect(fileError(() => parseTicketsCsv(text, { defaults: paris }))).toBe('missing columns: external_id, created_at, transcript or description');
		const result = parseTicketsCsv(text, {
			defaults: { ...paris, channel: 'chat' },
			mapping: { external_id: 'Ref', created_at: 'Opened (local)', subject: 'Title', description: 'First customer message' }
		});
		expect(result.rejected).toEqual([]);
		expect(result.drafts.map(({ draft }) => [draft.externalId, draft.createdAt, draft.tags, draft.channel])).toEqual([
			['A-1', '2026-11-02T09:30:00.000Z', [], 'chat'],
			['A-2', '2026-11-02T10:00:00.000Z', [], 'chat']
		]);
		const withTags = { external_id: 'Ref', created_at: 'Opened (local)', subject: 'Title', description: 'First customer message', tags: 'Tags' };
		expect(parseTicketsCsv(text, { defaults: paris, mapping: withTags }).drafts[0]!.draft.tags).toEqual(['vip', 'urgent']);
	});

	it('prefers a non-empty transcript to the description, and falls back to it', () => {
		const text = [
			'id,created,subject,transcript,description',
			'T-1,2026-11-02T09:00:00Z,s,"[{""author"":""Hero"",""at"":""2026-11-02T09:05:00Z"",""body"":""Hi""}]",ignored',
			'T-2,2026-11-02T09:00:00Z,s,,From the description',
			'T-3,2026-11-02T09:00:00Z,s,[],Also from the description'
		].join('\n');
		const drafts = parseTicketsCsv(text, { defaults: paris }).drafts.map((d) => d.draft.messages);
		expect(drafts).toEqual([
			[{ author: 'hero', at: '2026-11-02T09:05:00.000Z', body: 'Hi' }],
			[{ author: 'customer', at: '2026-11-02T09:00:00.000Z', body: 'From the description' }],
			[{ author: 'customer', at: '2026-11-02T09:00:00.000Z', body: 'Also from the description' }]
		]);
	});

	it('rejects each bad row with a reason naming the column and the value', () => {
		const rows = [
			'R-1,31/02/2026,Bad date,Hello,,,,,,,,',
			'R-2,2026-03-29 02:30,DST gap,Hello,,,,,,,,',
			'R-3,2026-11-02 10:00,Fax,Hello,fax,,,,,,,',
			'R-4,2026-11-02 10:00,CSAT,Hello,,,,,,80%,,',
			'R-5,2026-11-02 10:00,Escalation,Hello,,,,,,,4,',
			'R-6,2026-11-02 10:00,Hero,Hello,,,,,bob@,,,',
			'R-7,2026-11-02 10:00,Order,Hello,,,2026-11-02 09:00,2026-11-01 10:00,,,,',
			'R-1,2026-11-02 10:00,Again,Hello,,,,,,,,',
			'R-9,2026-11-02 10:00,Language,Hello,,ja,,,,,,',
			',,Empty,,,,,,,,,',
			'R-11,2026-11-02 10:00,Short',
			'R-12,2026-11-02 10:00,Fine,Hello,voice,EN,,,,bad,3,a b'
		];
		const result = parseTicketsCsv([HEADER, ...rows].join('\n'), { defaults: paris });
		expect(result.rejected).toEqual([
			{ row: 1, reason: 'created_at: "31/02/2026" is not a date and time (2026-11-02T09:30:00Z, or 2026-11-02 10:30 in Europe/Paris)' },
			{ row: 2, reason: 'created_at: "2026-03-29 02:30" does not exist in Europe/Paris (the clocks skip that hour)' },
			{ row: 3, reason: 'channel: "fax" is not a channel (email, chat or phone)' },
			{ row: 4, reason: 'csat: "80%" is not a rating from 1 to 5 (or good, bad)' },
			{ row: 5, reason: 'escalation: "4" is not 1, 2 or 3' },
			{ row: 6, reason: 'hero_email: the hero e-mail address is not valid ("bob@")' },
			{
				row: 7,
				reason:
					'first_response_at: the first response is before the ticket was created ("2026-11-02T08:00:00.000Z"); solved_at: the ticket is solved before it was created ("2026-11-01T09:00:00.000Z")'
			},
			{ row: 8, reason: 'duplicate of row 1' },
			{ row: 9, reason: 'language: "ja" is not one of fr, en, de, es, it, nl, pt, pl, sv' },
			{ row: 10, reason: 'external_id: empty; created_at: empty; description: empty' },
			{ row: 11, reason: 'the row has 3 cells, the header 12' }
		]);
		expect(result.drafts.map((d) => [d.row, d.draft.externalId, d.draft.channel, d.draft.language, d.draft.csat, d.draft.escalation, d.draft.tags])).toEqual([
			[12, 'R-12', 'phone', 'en', 1, 3, ['a', 'b']]
		]);
	});

	it('rejects a transcript that is not a JSON array of messages', () => {
		const header = 'id,created_at,subject,transcript';
		const transcripts = [
			'"[{""author"": ""customer"", ""at"": ""2026-11-02T09:00:00Z"", ""body"": ""Hi""}"',
			'"{""author"": ""customer""}"',
			'"[{""author"": ""agent"", ""at"": ""2026-11-02T09:00:00Z"", ""body"": ""Hi""}]"',
			'"[{""author"": ""hero"", ""at"": ""tomorrow"", ""body"": ""Hi""}]"',
			'"[{""author"": ""hero"", ""at"": ""2026-11-02T09:00:00Z""}]"',
			'"[""Hi""]"'
		];
		const text = [header, ...transcripts.map((t, i) => `J-${i + 1},2026-11-02T09:00:00Z,s,${t}`)].join('\n');
		const reasons = parseTicketsCsv(text, { defaults: paris }).rejected.map((r) => r.reason);
		expect(reasons).toHaveLength(6);
		expect(reasons[0]).toMatch(/^transcript: not valid JSON \(.+\)$/);
		expect(reasons.slice(1)).toEqual([
			'transcript: not a JSON array of {author, at, body}',
			'transcript[0].author: "agent" is not one of customer, hero, system',
			'transcript[0].at: "tomorrow" is not a date and time (2026-11-02T09:30:00Z, or 2026-11-02 10:30 in Europe/Paris)',
			'transcript[0].body: missing',
			'transcript[0]: not an object {author, at, body}'
		]);
	});

	it('throws file-level errors and returns nothing of a malformed file', () => {
		const ok = `${HEADER}\nA-1,2026-11-02 10:00,s,d,,,,,,,,`;
		expect(fileError(() => parseTicketsCsv('', { defaults: paris }))).toBe('the file is empty');
		expect(fileError(() => parseTicketsCsv('\ufeff\r\n', { defaults: paris }))).toBe('the file is empty');
		expect(fileError(() => parseTicketsCsv(HEADER, { defaults: paris }))).toBe('the file has a header but no ticket rows');
		expect(fileError(() => parseTicketsCsv(ok.replace('created_at', 'opened'), { defaults: paris }))).toBe('missing column: created_at');
		expect(fileError(() => parseTicketsCsv(ok.replace('description', 'notes'), { defaults: paris }))).toBe('missing column: transcript or description');
		expect(fileError(() => parseTicketsCsv(ok, { defaults: paris, mapping: { ...guessMapping(HEADER.split(',')), subject: 'Betreff' } }))).toBe(
			'the mapping names a column the file does not have: subject → "Betreff"'
		);
		const twice = `id,created_at,subject,description,id\n1,2026-11-02 10:00,s,d,2`;
		const mapping = { external_id: 'id', created_at: 'created_at', subject: 'subject', description: 'description' };
		expect(fileError(() => parseTicketsCsv(twice, { defaults: paris, mapping }))).toBe('the column "id" appears 2 times in the header');
		expect(fileError(() => parseTicketsCsv(ok, { defaults: paris, mapping: { ...guessMapping(HEADER.split(',')), priority: 'csat' } as never }))).toBe(
			'the mapping names an unknown field: priority'
		);
	});

	it('reports the line where an unclosed quote starts, after multi-line cells and CRLF', () => {
		const text = windows(['id;created_at;subject;description', 'A;2026-11-02 10:00;s;"two', 'lines"', '', 'B;2026-11-02 10:00;"never closed;d', 'C;2026-11-02 10:00;s;d'].join('\n'));
		expect(fileError(() => parseTicketsCsv(text, { defaults: paris }))).toBe('not a valid CSV file: the row starting on line 5 opens a quote that is never closed');
		expect(fileError(() => csvPreview(text))).toBe('not a valid CSV file: the row starting on line 5 opens a quote that is never closed');
		expect(fileError(() => parseTicketsCsv('id,subject\n"unclosed,x\n', { defaults: paris }))).toBe('not a valid CSV file: the row starting on line 2 opens a quote that is never closed');
		expect(fileError(() => parseTicketsCsv('id,subject\nA,5" screen\n', { defaults: paris }))).toBe('not a valid CSV file: the row starting on line 2 has a quote (") inside a cell that is not quoted');
		expect(fileError(() => parseTicketsCsv('id,subject\nA,"quoted" then text\n', { defaults: paris }))).toBe('not a valid CSV file: the row starting on line 2 has text right after a closing quote');
	});

	it('refuses more than 100,000 rows and more than 25 MiB', () => {
		// The row count is checked before the mapping: one column is enough.
		expect(fileError(() => parseTicketsCsv(`id\n${'x\n'.repeat(MAX_IMPORT_ROWS + 1)}`, { defaults: paris }))).toBe('the file has more than 100,000 tickets; split it');
		expect(csvPreview(`id\n${'x\n'.repeat(MAX_IMPORT_ROWS)}`).totalRows).toBe(MAX_IMPORT_ROWS);
		const big = `${HEADER}\n${'y'.repeat(MAX_IMPORT_BYTES)}`;
		expect(fileError(() => parseTicketsCsv(big, { defaults: paris }))).toBe('the file is larger than 25 MiB (25.0 MiB)');
	});
});

describe('csvPreview', () => {
	it('gives the header, the first rows, the row count and the delimiter', () => {
		const preview = csvPreview(windows(french), { maxRows: 2 });
		expect(preview.headers).toEqual([
			'Numéro de ticket',
			'Créé le',
			'Objet',
			'Conversation',
			'Canal',
			'Langue',
			'Première réponse',
			'Résolu le',
			'E-mail conseiller',
			'Note de satisfaction',
			"Niveau d'escalade",
			'Étiquettes'
		]);
		expect(preview.rows).toHaveLength(2);
		expect(preview.rows[0]![0]).toBe('FR-1001');
		expect(preview.rows[0]![3]).toContain('\r\n  {"author": "customer"');
		expect(preview.totalRows).toBe(3);
		expect(preview.delimiter).toBe(';');
		expect(csvPreview(german).delimiter).toBe('\t');
		expect(csvPreview(english).delimiter).toBe(',');
		expect(csvPreview(english).rows).toHaveLength(2);
		expect(csvPreview('id\n\n1\n,\n2\n')).toEqual({ headers: ['id'], rows: [['1'], ['2']], totalRows: 2, delimiter: ',' });
	});

	it('picks the delimiter the header line uses most, outside quotes', () => {
		expect(csvPreview('"a,b";c;d\n1;2;3').headers).toEqual(['a,b', 'c', 'd']);
		expect(csvPreview('a\tb\tc;d\n1\t2\t3;4').delimiter).toBe('\t');
		// A tie goes to the comma, then the semicolon.
		expect(csvPreview('a;b,c\n1;2,3').delimiter).toBe(',');
		expect(csvPreview('a;b\tc\n1;2\t3').delimiter).toBe(';');
		expect(csvPreview('single\n1').delimiter).toBe(',');
	});
});

describe('guessMapping', () => {
	it('maps the headers of a Zendesk CSV export', () => {
		const headers = ['Id', 'Requester', 'Assignee', 'Subject', 'Description', 'Status', 'Via', 'Created at', 'Updated at', 'Solved at', 'Tags', 'Satisfaction Score', 'Priority'];
		expect(guessMapping(headers)).toEqual({
			external_id: 'Id',
			created_at: 'Created at',
			subject: 'Subject',
			description: 'Description',
			channel: 'Via',
			solved_at: 'Solved at',
			csat: 'Satisfaction Score',
			tags: 'Tags'
		});
	});

	it('maps realistic English, French and German headers, ignoring case, accents and punctuation', () => {
		expect(guessMapping(['Ticket ID', 'ID', 'Created', 'Title', 'Transcript', 'Agent E-mail', 'CSAT score', 'Priority level', 'First_Response_At', 'Resolved at', 'LANGUAGE'])).toEqual({
			external_id: 'Ticket ID',
			created_at: 'Created',
			subject: 'Title',
			transcript: 'Transcript',
			hero_email: 'Agent E-mail',
			csat: 'CSAT score',
			first_response_at: 'First_Response_At',
			solved_at: 'Resolved at',
			language: 'LANGUAGE'
		});
		expect(guessMapping(french.split('\n')[0]!.split(';'))).toEqual({
			external_id: 'Numéro de ticket',
			created_at: 'Créé le',
			subject: 'Objet',
			transcript: 'Conversation',
			channel: 'Canal',
			language: 'Langue',
			first_response_at: 'Première réponse',
			solved_at: 'Résolu le',
			hero_email: 'E-mail conseiller',
			csat: 'Note de satisfaction',
			escalation: "Niveau d'escalade",
			tags: 'Étiquettes'
		});
		expect(guessMapping(german.split('\n')[0]!.split('\t'))).toMatchObject({ external_id: 'Ticketnummer', solved_at: 'Gelöst am', hero_email: 'Agent E-Mail', escalation: 'Eskalationsstufe' });
		expect(guessMapping(['Assignee', 'Agent', 'Priority', 'Solved'])).toEqual({});
	});

	it('describes every field for the mapping screen', () => {
		expect(CSV_FIELD_INFO.map((f) => f.field)).toEqual([...CSV_FIELDS]);
		expect(CSV_FIELD_INFO.filter((f) => f.required && !f.alternative).map((f) => f.field)).toEqual(['external_id', 'created_at', 'subject']);
		expect(CSV_FIELD_INFO.find((f) => f.field === 'transcript')).toMatchObject({ required: true, alternative: 'description' });
	});
});
