/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import english from './fixtures/tickets-en.csv?raw';
import zendesk from './fixtures/zendesk-export.json?raw';
import { IMPORT_FORMATS, ImportFileError, parseTicketImport, parseTicketsCsv, parseZendeskExport } from './index';

const defaults = { language: 'en', timeZone: 'Europe/London' } as const;

describe('parseTicketImport', () => {
	it('sends each ?source= to its parser', () => {
		expect(IMPORT_FORMATS).toEqual(['csv', 'zendesk']);
		expect(parseTicketImport('csv', english, { defaults })).toEqual(parseTicketsCsv(english, { defaults }));
		expect(parseTicketImport('zendesk', zendesk, { defaults })).toEqual(parseZendeskExport(zendesk, { defaults }));
		expect(parseTicketImport('zendesk', zendesk, { defaults }).drafts[0]!.draft.source).toBe('zendesk');
		expect(() => parseTicketImport('zendesk', english, { defaults })).toThrow(ImportFileError);
		expect(() => parseTicketImport('csv', zendesk, { defaults })).toThrow(/^not a valid CSV file: the row starting on line 2/);
	});
});
