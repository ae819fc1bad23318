/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ImportFileError, MAX_IMPORT_ROWS, type ImportDefaults } from './common';
import objectExport from './fixtures/zendesk-export.json?raw';
import ndjsonExport from './fixtures/zendesk-export.ndjson?raw';
import { channelOfVia, parseZendeskExport } from './zendesk';

const defaults: ImportDefaults = { language: 'en', timeZone: 'Europe/Paris' };

function fileError(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportFileError) return error.message;
		throw error;
	}
	throw new Error('no ImportFileError');
}

/** A ticket as the API returns it, with what a test changes. */
function ticket(fields: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 1,
		subject: 'Hello',
		description: 'Hello there',
		status: 'open',
		requester_id: 10,
		assignee_id: 20,
		tags: [],
		via: { channel: 'web' },
		created_at: '2026-11-02T09:00:00Z',
		updated_at: '2026-11-02T10:00:00Z',
		...fields
	};
}

const exportOf = (tickets: unknown[], rest: Record<string, unknown> = {}) => JSON.stringify({ tickets, ...rest });

describe('parseZendeskExport', () => {
	it('reads the API object with sideloaded users, embedded comments and metrics', () => {
		const { drafts, rejected } = parseZendeskExport(objectExport, { defaults });
		expect(rejected).toEqual([]);
		expect(drafts.map((d) => d.row)).toEqual([1, 2, 3]);
		expect(drafts[0]!.draft).toEqual({
			source: 'zendesk',
			externalId: '35436',
			channel: 'email',
			language: 'fr',
			subject: 'Commande incomplète',
			// In time order, plain_body over body, and without the private note.
			messages: [
				{ author: 'customer', at: '2026-03-02T08:15:00.000Z', body: 'Bonjour, il manque un article dans ma commande.' },
				{ author: 'hero', at: '2026-03-02T08:42:00.000Z', body: "Bonjour Madame Martin, nous vous envoyons l'article manquant aujourd'hui." }
			],
			tags: ['commande', 'tier_2'],
			createdAt: '2026-03-02T08:15:00.000Z',
			firstResponseAt: '2026-03-02T08:42:00.000Z',
			solvedAt: '2026-03-02T10:30:00.000Z',
			heroEmail: 'claire.dubois@helpcenter.example',
			csat: 5,
			escalation: 2
		});
		expect(drafts[1]!.draft).toEqual({
			source: 'zendesk',
			externalId: '35437',
			channel: 'chat',
			language: 'de',
			subject: 'Lieferung beschädigt',
			messages: [
				{ author: 'customer', at: '2026-11-02T07:05:00.000Z', body: 'Das Paket kam beschädigt an.' },
				{ author: 'system', at: '2026-11-02T07:05:30.000Z', body: 'Vielen Dank, wir kümmern uns darum.' },
				{ author: 'hero', at: '2026-11-02T07:31:00.000Z', body: 'Guten Tag, wir senden Ihnen Ersatz.' }
			],
			tags: ['lieferung', 'escalation_3'],
			createdAt: '2026-11-02T07:05:00.000Z',
			// The automatic reply of a trigger is not a response.
			firstResponseAt: '2026-11-02T07:31:00.000Z',
			// Closed, no metrics: the last update.
			solvedAt: '2026-11-04T16:00:00.000Z',
			heroEmail: 'jonas.weber@helpcenter.example',
			csat: 1,
			escalation: 3
		});
		expect(drafts[2]!.draft).toEqual({
			source: 'zendesk',
			externalId: '35438',
			channel: 'phone',
			// The requester's locale (ja) is not a product language.
			language: 'en',
			subject: 'Callback about my invoice',
			messages: [{ author: 'customer', at: '2026-11-03T15:00:00.000Z', body: 'Customer called about invoice INV-2231.' }],
			tags: [],
			createdAt: '2026-11-03T15:00:00.000Z',
			firstResponseAt: null,
			solvedAt: null,
			heroEmail: null,
			csat: null,
			escalation: 1
		});
	});

	it('reads NDJSON, one ticket per line, without users', () => {
		const { drafts, rejected } = parseZendeskExport(ndjsonExport, { defaults: { ...defaults, language: 'fr' } });
		expect(rejected).toEqual([]);
		expect(drafts.map((d) => d.row)).toEqual([1, 2]);
		expect(drafts[0]!.draft).toMatchObject({
			externalId: '51001',
			channel: 'email',
			language: 'fr',
			messages: [
				{ author: 'customer', at: '2026-03-05T09:00:00.000Z', body: "Je n'arrive plus à me connecter." },
				// The assignee, though no user says it is an agent.
				{ author: 'hero', at: '2026-03-05T09:20:00.000Z', body: 'Votre compte est débloqué.' },
				// Someone the export does not describe: not credited as a hero.
				{ author: 'customer', at: '2026-03-05T09:25:00.000Z', body: 'Merci, ça marche.' }
			],
			firstResponseAt: '2026-03-05T09:20:00.000Z',
			solvedAt: null,
			heroEmail: null,
			csat: null
		});
		expect(drafts[1]!.draft).toMatchObject({
			externalId: '51002',
			channel: 'phone',
			messages: [{ author: 'customer', at: '2026-11-02T08:00:00.000Z', body: 'Bitte rufen Sie mich zurück.' }],
			firstResponseAt: null,
			solvedAt: '2026-11-02T08:45:00.000Z',
			csat: 5,
			escalation: 2
		});
		expect(parseZendeskExport(ndjsonExport.replace(/\n/g, '\r\n'), { defaults })).toEqual(parseZendeskExport(ndjsonExport, { defaults }));
		// One line of NDJSON is one JSON object.
		expect(parseZendeskExport(ndjsonExport.split('\n')[0]!, { defaults }).drafts).toHaveLength(1);
	});

	it('takes sideloaded comments and metric sets by ticket id', () => {
		const text = exportOf([ticket({ id: 7 }), ticket({ id: 8 })], {
			comments: [
				{ ticket_id: 8, author_id: 20, public: true, body: 'Second', created_at: '2026-11-02T09:30:00Z' },
				{ ticket_id: 8, author_id: 10, public: true, body: 'First', created_at: '2026-11-02T09:00:00Z' }
			],
			metric_sets: [{ ticket_id: 7, solved_at: '2026-11-02T12:00:00Z', reply_time_in_minutes: { calendar: 90, business: 30 } }]
		});
		const [seven, eight] = parseZendeskExport(text, { defaults }).drafts.map((d) => d.draft);
		expect(seven).toMatchObject({ solvedAt: '2026-11-02T12:00:00.000Z', firstResponseAt: '2026-11-02T10:30:00.000Z' });
		expect(seven!.messages).toEqual([{ author: 'customer', at: '2026-11-02T09:00:00.000Z', body: 'Hello there' }]);
		expect(eight!.messages.map((m) => [m.author, m.body])).toEqual([
			['customer', 'First'],
			['hero', 'Second']
		]);
		const byTicket = exportOf([ticket({ id: 9 })], { comments: { 9: [{ author_id: 20, public: true, plain_body: 'Keyed', created_at: '2026-11-02T09:10:00Z' }] } });
		expect(parseZendeskExport(byTicket, { defaults }).drafts[0]!.draft.messages[0]!.body).toBe('Keyed');
	});

	it('keeps private comments out of the transcript and of the first response', () => {
		const text = exportOf([
			ticket({
				comments: [
					{ author_id: 10, public: true, body: 'Help', created_at: '2026-11-02T09:00:00Z' },
					{ author_id: 20, public: false, body: 'Internal: refund approved by Marta', created_at: '2026-11-02T09:05:00Z' },
					{ author_id: 20, public: true, body: 'Refunded.', created_at: '2026-11-02T09:40:00Z' }
				]
			}),
			ticket({ id: 2, comments: [{ author_id: 20, public: false, body: 'Only a note', created_at: '2026-11-02T09:05:00Z' }] })
		]);
		const [one, two] = parseZendeskExport(text, { defaults }).drafts.map((d) => d.draft);
		expect(one!.messages.map((m) => m.body)).toEqual(['Help', 'Refunded.']);
		expect(one!.firstResponseAt).toBe('2026-11-02T09:40:00.000Z');
		expect(two!.messages).toEqual([{ author: 'customer', at: '2026-11-02T09:00:00.000Z', body: 'Hello there' }]);
		expect(two!.firstResponseAt).toBeNull();
	});

	it('maps the satisfaction score: good → 5, bad → 1, anything else → null', () => {
		const scores = [{ score: 'good' }, { score: 'bad' }, { score: 'offered' }, { score: 'unoffered' }, null, undefined];
		const text = exportOf(scores.map((rating, i) => ticket({ id: i + 1, satisfaction_rating: rating })));
		expect(parseZendeskExport(text, { defaults }).drafts.map((d) => d.draft.csat)).toEqual([5, 1, null, null, null, null]);
	});

	it('maps escalation tags, and ends with defaults for channel and language', () => {
		const text = exportOf([
			ticket({ id: 1, tags: ['tier_3'] }),
			ticket({ id: 2, tags: ['escalation_2', 'vip'] }),
			ticket({ id: 3, tags: ['tier_2', 'escalation_3'] }),
			ticket({ id: 4, tags: null, via: { channel: 'twitter' } })
		]);
		const drafts = parseZendeskExport(text, { defaults: { ...defaults, channel: 'chat' } }).drafts.map((d) => d.draft);
		expect(drafts.map((d) => d.escalation)).toEqual([3, 2, 3, 1]);
		expect(drafts[3]).toMatchObject({ tags: [], channel: 'chat', language: 'en' });
	});

	it('rejects bad tickets with a reason, and a repeated id as a duplicate', () => {
		const text = exportOf([
			ticket({ id: 1 }),
			ticket({ id: 2, created_at: '02/11/2026' }),
			ticket({ id: 1, subject: 'Again' }),
			ticket({ id: undefined }),
			ticket({ id: 5, description: '', comments: [] }),
			ticket({ id: 6, comments: [{ author_id: 10, public: true, body: 'x', created_at: 'soon' }] }),
			'not a ticket',
			ticket({ id: 8, status: 'solved', updated_at: '2026-11-01T10:00:00Z' }),
			ticket({ id: 9, tags: 'vip' }),
			ticket({ id: { n: 10 } })
		]);
		const { drafts, rejected } = parseZendeskExport(text, { defaults });
		expect(drafts.map((d) => d.row)).toEqual([1]);
		expect(rejected).toEqual([
			{ row: 2, reason: 'created_at: "02/11/2026" is not a date and time (2026-11-02T09:30:00Z, or 2026-11-02 10:30 in Europe/Paris)' },
			{ row: 3, reason: 'duplicate of row 1' },
			{ row: 4, reason: 'id: missing' },
			{ row: 5, reason: 'comments: no public comment, and no description' },
			{ row: 6, reason: 'comments[0].created_at: "soon" is not a date and time (2026-11-02T09:30:00Z, or 2026-11-02 10:30 in Europe/Paris)' },
			{ row: 7, reason: 'not a ticket object' },
			{ row: 8, reason: 'solved_at: the ticket is solved before it was created ("2026-11-01T10:00:00.000Z")' },
			{ row: 9, reason: 'tags: "vip" is not a list' },
			{ row: 10, reason: 'id: {"n":10} is not a ticket id' }
		]);
	});

	it('throws file-level errors for what is not a Zendesk ticket export', () => {
		const notAnExport = 'not a Zendesk ticket export: expected an object with "tickets" or one ticket per line';
		expect(fileError(() => parseZendeskExport('', { defaults }))).toBe('the file is empty');
		expect(fileError(() => parseZendeskExport('{"users": [{"id": 1}]}', { defaults }))).toBe(notAnExport);
		expect(fileError(() => parseZendeskExport('[{"id": 1, "created_at": "2026-11-02T09:00:00Z"}]', { defaults }))).toBe(notAnExport);
		expect(fileError(() => parseZendeskExport('{"tickets": "none"}', { defaults }))).toBe(notAnExport);
		expect(fileError(() => parseZendeskExport('{"a": 1}\n{"b": 2}', { defaults }))).toBe(notAnExport);
		expect(fileError(() => parseZendeskExport('{"id": 1, "created_at": "x"}\n[1]', { defaults }))).toBe(`${notAnExport} (line 2 is not an object)`);
		expect(fileError(() => parseZendeskExport('{"tickets": []}', { defaults }))).toBe('the export has no tickets');
		expect(fileError(() => parseZendeskExport('id,subject\n1,Hello', { defaults }))).toMatch(/^not a JSON or NDJSON file: line 1 is not valid JSON \(.+\)$/);
		// A broken line makes the whole file fail: no partial import.
		const broken = ndjsonExport.replace('"id":51002', '"id":51002,,');
		expect(fileError(() => parseZendeskExport(broken, { defaults }))).toMatch(/^not a JSON or NDJSON file: line 3 is not valid JSON/);
	});

	it('refuses more than 100,000 tickets', () => {
		const many = JSON.stringify({ tickets: Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({})) });
		expect(fileError(() => parseZendeskExport(many, { defaults }))).toBe('the file has more than 100,000 tickets; split it');
	});
});

describe('channelOfVia', () => {
	it('maps via types and ids to channels, anything else to the default', () => {
		const cases: [unknown, string][] = [
			[{ channel: 'email' }, 'email'],
			[{ channel: 'web' }, 'email'],
			[{ channel: 'api' }, 'email'],
			[{ channel: 'mail' }, 'email'],
			[{ channel: 4 }, 'email'],
			[{ channel: 'chat' }, 'chat'],
			[{ channel: 'native_messaging' }, 'chat'],
			[{ channel: 'any_channel' }, 'chat'],
			[{ channel: 'sunshine_conversations_facebook_messenger' }, 'chat'],
			[{ channel: 29 }, 'chat'],
			[{ channel: 'voice' }, 'phone'],
			[{ channel: 'Voice' }, 'phone'],
			[{ channel: 35 }, 'phone'],
			[{ channel: 'twitter' }, 'phone'],
			[{ channel: 'rule' }, 'phone'],
			[{}, 'phone'],
			[undefined, 'phone']
		];
		expect(cases.map(([via]) => channelOfVia(via, 'phone'))).toEqual(cases.map(([, channel]) => channel));
	});
});
