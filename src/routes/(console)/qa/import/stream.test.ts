import { describe, expect, it } from 'vitest';
import { errorMessageOf, LineReader, readStreamLine } from './stream';

describe('LineReader', () => {
	it('gives whole lines only, joining a line split across chunks', () => {
		const reader = new LineReader();
		expect(reader.push('{"progress":0}\n{"prog')).toEqual(['{"progress":0}']);
		expect(reader.push('ress":0.5}\r\n\n{"report"')).toEqual(['{"progress":0.5}']);
		expect(reader.push(':{}}')).toEqual([]);
		expect(reader.end()).toEqual(['{"report":{}}']);
		expect(reader.end()).toEqual([]);
	});
});

describe('readStreamLine', () => {
	it('reads progress (clamped to 0–1), the report and an error', () => {
		expect(readStreamLine('{"progress":0.42}')).toEqual({ kind: 'progress', fraction: 0.42 });
		expect(readStreamLine('{"progress":1.5}')).toEqual({ kind: 'progress', fraction: 1 });
		expect(readStreamLine('{"error":"Internal error."}')).toEqual({ kind: 'error', message: 'Internal error.' });
		expect(
			readStreamLine('{"report":{"imported":2,"updated":0,"unchanged":1,"rejected":[{"row":3,"reason":"duplicate of row 1"},{"row":"x"}]}}')
		).toEqual({
			kind: 'report',
			report: { imported: 2, updated: 0, unchanged: 1, rejected: [{ row: 3, reason: 'duplicate of row 1' }] }
		});
	});

	it('reads the plain JSON answer as a report, and nothing from lines it does not know', () => {
		expect(readStreamLine('{"imported":0,"updated":0,"unchanged":2,"rejected":[]}')).toMatchObject({ kind: 'report' });
		expect(readStreamLine('not json')).toBeNull();
		expect(readStreamLine('42')).toBeNull();
		expect(readStreamLine('{"report":{"imported":"2"}}')).toBeNull();
	});
});

describe('errorMessageOf', () => {
	it('takes the message of a JSON error body', () => {
		expect(errorMessageOf('{"message":"missing column: created_at"}')).toBe('missing column: created_at');
		expect(errorMessageOf('<html>Bad gateway</html>')).toBe('');
		expect(errorMessageOf('{"message":42}')).toBe('');
	});
});
