import { describe, expect, it } from 'vitest';
import {
	assertImportSize,
	checkDraft,
	duplicateTracker,
	ImportFileError,
	importText,
	instantReader,
	isInvalid,
	languageOf,
	MAX_IMPORT_BYTES,
	utf8ByteLength,
	type FieldLabels
} from './common';

describe('instantReader', () => {
	const paris = instantReader('Europe/Paris');

	it('reads ISO 8601 instants with Z or an offset, T or a space, with or without seconds', () => {
		expect(paris('2026-11-02T09:30:00Z')).toBe('2026-11-02T09:30:00.000Z');
		expect(paris('2026-11-02T09:30Z')).toBe('2026-11-02T09:30:00.000Z');
		expect(paris('2026-11-02 10:30:00+01:00')).toBe('2026-11-02T09:30:00.000Z');
		expect(paris('2026-11-02T04:30:00-0500')).toBe('2026-11-02T09:30:00.000Z');
		expect(paris('2026-11-02T11:30+02')).toBe('2026-11-02T09:30:00.000Z');
		expect(paris('2026-11-02T09:30:00.25Z')).toBe('2026-11-02T09:30:00.250Z');
		expect(paris('  2026-11-02T09:30:00z ')).toBe('2026-11-02T09:30:00.000Z');
	});

	it('reads wall-clock times in the client time zone, with the offset of that date', () => {
		expect(paris('2026-03-02 09:15')).toBe('2026-03-02T08:15:00.000Z'); // CET, +01:00
		expect(paris('2026-07-14 09:15:30')).toBe('2026-07-14T07:15:30.000Z'); // CEST, +02:00
		expect(paris('2026-07-14T09:15')).toBe('2026-07-14T07:15:00.000Z');
		expect(instantReader('America/New_York')('2026-11-02 09:30')).toBe('2026-11-02T14:30:00.000Z');
		expect(instantReader('Asia/Kolkata')('2026-11-02 09:30')).toBe('2026-11-02T04:00:00.000Z');
		expect(instantReader('UTC')('2026-11-02 09:30')).toBe('2026-11-02T09:30:00.000Z');
	});

	it('rejects a wall-clock time the clocks skip (spring forward)', () => {
		expect(paris('2026-03-29 02:30')).toEqual({ invalid: '"2026-03-29 02:30" does not exist in Europe/Paris (the clocks skip that hour)' });
		expect(paris('2026-03-29 01:59')).toBe('2026-03-29T00:59:00.000Z');
		expect(paris('2026-03-29 03:00')).toBe('2026-03-29T01:00:00.000Z');
		expect(isInvalid(instantReader('America/New_York')('2026-03-08 02:15'))).toBe(true);
	});

	it('takes the earlier instant of a wall-clock time the clocks pass twice (fall back)', () => {
		// 02:30 on 25 October 2026 happens at 00:30Z (CEST) and again at 01:30Z (CET).
		expect(paris('2026-10-25 02:30')).toBe('2026-10-25T00:30:00.000Z');
		expect(paris('2026-10-25 03:30')).toBe('2026-10-25T02:30:00.000Z');
		expect(instantReader('America/New_York')('2026-11-01 01:30')).toBe('2026-11-01T05:30:00.000Z');
	});

	it('rejects anything else, naming the formats it accepts', () => {
		expect(paris('31/02/2026')).toEqual({
			invalid: '"31/02/2026" is not a date and time (2026-11-02T09:30:00Z, or 2026-11-02 10:30 in Europe/Paris)'
		});
		for (const value of ['2026-02-31 10:00', '2026-13-01T10:00Z', '2026-11-02 24:00', '2026-11-02T10:60Z', '2026-11-02', '02/11/2026 09:30', 'yesterday', '2026-11-02T10:00+25:00', '0026-11-02 10:00']) {
			expect(isInvalid(paris(value)), value).toBe(true);
		}
	});

	it('refuses an unknown time zone at once', () => {
		expect(() => instantReader('Europe/Atlantis')).toThrow('unknown time zone: Europe/Atlantis');
	});
});

describe('the file', () => {
	it('measures UTF-8 bytes like TextEncoder', () => {
		for (const text of ['', 'abc', 'Grüße, élève', '€ 5', 'emoji 😀 ok', 'lone \ud800 surrogate', '\ud83d']) {
			expect(utf8ByteLength(text), text).toBe(new TextEncoder().encode(text).length);
		}
	});

	it('refuses more than 25 MiB, by length or by size', () => {
		expect(MAX_IMPORT_BYTES).toBe(26_214_400);
		expect(() => assertImportSize(MAX_IMPORT_BYTES)).not.toThrow();
		expect(() => assertImportSize(MAX_IMPORT_BYTES + 1)).toThrow(new ImportFileError('the file is larger than 25 MiB (25.0 MiB)'));
		expect(() => importText('a'.repeat(MAX_IMPORT_BYTES + 1))).toThrow(ImportFileError);
		// Fewer characters than the limit, but two bytes each.
		const accents = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1);
		expect(accents.length).toBeLessThan(MAX_IMPORT_BYTES);
		expect(() => importText(accents)).toThrow('the file is larger than 25 MiB');
		expect(() => importText('é'.repeat(MAX_IMPORT_BYTES / 2))).not.toThrow();
	});

	it('refuses an empty file and drops the byte order mark', () => {
		for (const text of ['', '   \r\n\n', '\ufeff', '\ufeff \n']) expect(() => importText(text)).toThrow(new ImportFileError('the file is empty'));
		expect(importText('\ufeffid\n1')).toBe('id\n1');
	});

	it('throws errors that carry no stack trace', () => {
		const error = new ImportFileError('missing column: created_at');
		expect(error.name).toBe('ImportFileError');
		expect(error.stack).toBe('ImportFileError: missing column: created_at');
		expect(error).toBeInstanceOf(Error);
	});
});

describe('rows', () => {
	it('finds the first row of a repeated external id', () => {
		const duplicateOf = duplicateTracker();
		expect(duplicateOf('A-1', 1)).toBeNull();
		expect(duplicateOf('A-2', 2)).toBeNull();
		expect(duplicateOf('A-1', 3)).toBe(1);
		expect(duplicateOf('A-1', 4)).toBe(1);
		expect(duplicateOf('a-1', 5)).toBeNull();
	});

	it('reads the primary subtag of a language tag', () => {
		expect(languageOf('fr')).toBe('fr');
		expect(languageOf('FR')).toBe('fr');
		expect(languageOf('fr-FR')).toBe('fr');
		expect(languageOf('de_CH')).toBe('de');
		expect(languageOf(' pt-BR ')).toBe('pt');
		expect(languageOf('ja')).toBeNull();
		expect(languageOf('french')).toBeNull();
		expect(languageOf('')).toBeNull();
	});

	const labels: FieldLabels = {
		source: 'source',
		externalId: 'external_id',
		channel: 'channel',
		language: 'language',
		subject: 'subject',
		messages: 'transcript',
		tags: 'tags',
		createdAt: 'created_at',
		firstResponseAt: 'first_response_at',
		solvedAt: 'solved_at',
		heroEmail: 'hero_email',
		csat: 'csat',
		escalation: 'escalation'
	};
	const candidate = {
		source: 'csv',
		externalId: ' A-1 ',
		channel: 'email',
		language: 'fr',
		subject: ' Colis ',
		messages: [{ author: 'customer', at: '2026-11-02T10:30:00+01:00', body: 'Bonjour' }],
		tags: [],
		createdAt: '2026-11-02T09:30:00Z',
		firstResponseAt: null,
		solvedAt: null,
		heroEmail: null,
		csat: null,
		escalation: 1
	};

	it('returns the draft the schema normalises', () => {
		expect(checkDraft(candidate, labels)).toEqual({
			...candidate,
			externalId: 'A-1',
			subject: 'Colis',
			messages: [{ author: 'customer', at: '2026-11-02T09:30:00.000Z', body: 'Bonjour' }],
			createdAt: '2026-11-02T09:30:00.000Z'
		});
	});

	it('names the column, the problem and the value of every schema issue', () => {
		expect(checkDraft({ ...candidate, heroEmail: 'bob@', firstResponseAt: '2026-11-02T08:00:00Z' }, labels)).toEqual({
			invalid:
				'hero_email: the hero e-mail address is not valid ("bob@"); first_response_at: the first response is before the ticket was created ("2026-11-02T08:00:00Z")'
		});
		expect(checkDraft({ ...candidate, messages: [{ author: 'customer', at: candidate.createdAt, body: 'x'.repeat(100_001) }] }, labels)).toMatchObject({
			invalid: expect.stringMatching(/^transcript\[0\]\.body: a message has at most 100000 characters \("x+…"\)$/)
		});
	});
});
