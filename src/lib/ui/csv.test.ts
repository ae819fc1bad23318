import { describe, expect, it } from 'vitest';
import { csvCell, csvFilename, toCsv } from './csv';

describe('CSV export', () => {
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('FR, EN')).toBe('"FR, EN"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
		expect(csvCell('+33 1 23')).toBe("'+33 1 23");
		expect(csvCell('@cmd')).toBe("'@cmd");
		expect(csvCell('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
		expect(csvCell('-1e3')).toBe("'-1e3");
	});

	it('keeps plain negative numbers numbers', () => {
		expect(csvCell('-0.35')).toBe('-0.35');
		expect(csvCell('-12')).toBe('-12');
	});

	it('joins rows with CRLF and ends with one', () => {
		expect(toCsv(['Name', 'Languages'], [['Assurelia', 'FR, EN']])).toBe(
			'Name,Languages\r\nAssurelia,"FR, EN"\r\n'
		);
	});

	it('dates the file name', () => {
		expect(csvFilename('clients', new Date('2026-11-22T10:00:00Z'))).toBe('clients-2026-11-22.csv');
	});
});
