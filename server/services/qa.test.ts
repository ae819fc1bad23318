import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { projectQa } from '#domain/qa/room';
import { parseRoom } from '#protocol/rooms';
import { migrate } from '../../src/lib/db/migrate';
import { freshPglite } from '../../tests/helpers/pglite';
import { answerAndSubmit, assignReview, type TestReview } from '../../tests/sync/qa-helpers';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { applyToStore } from '../sync/project';
import { ClientService } from './clients';
import { iqsQuery, QaService, reviewsCsv, reviewsQuery, type QaReview } from './qa';

// Client `client-ny` (America/New_York) with reviews of February 2021 for two heroes; an
// associate assigned to it, one who is not, the hero `hero-a`, an admin.
let store: Store;
let qa: QaService;
const director = { id: 'dir', role: 'director' as const };
const associate = { id: 'asso', role: 'associate' as const };
const stranger = { id: 'asso2', role: 'associate' as const };
const heroA = { id: 'hero-a', role: 'hero' as const };
const admin = { id: 'adm', role: 'admin' as const };

const base = { clientId: 'client-ny', reviewerId: 'asso', week: '2021-W06' };
// Scores (see tests/sync/qa-helpers.ts): r1 (1 + 0.75×2 + 0.5) / 4 = 0.75; r2 (0 + 1×2) / 3 =
// 0.666666667 (tone N/A); r3 accuracy 1 fails the critical category: 0; r4 stays open.
const REVIEWS: [TestReview, Record<string, number | 'na'> | null, string | null][] = [
	[{ ...base, id: 'r1', heroId: 'hero-a', assignedAt: '2021-02-08T09:00:00.000Z' }, { greeting: 1, accuracy: 4, tone: 2 }, '2021-02-09T15:00:00.000Z'],
	[{ ...base, id: 'r2', heroId: 'hero-a', assignedAt: '2021-02-08T09:00:00.000Z', language: 'fr' }, { greeting: 0, accuracy: 5, tone: 'na' }, '2021-02-10T15:00:00.000Z'],
	// 03:00 UTC on 1 March is still 28 February in New York.
	[{ ...base, id: 'r3', heroId: 'hero-b', assignedAt: '2021-02-15T09:00:00.000Z', week: '2021-W07' }, { greeting: 1, accuracy: 1, tone: 3 }, '2021-03-01T03:00:00.000Z'],
	[{ ...base, id: 'r4', heroId: 'hero-a', assignedAt: '2021-02-16T09:00:00.000Z', week: '2021-W07' }, null, null]
];

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await store.query(`insert into app_user (id, email, name, role, password_hash) values
		('dir', 'd@x.test', 'Dee', 'director', 'x'), ('asso', 'a@x.test', 'Ann', 'associate', 'x'),
		('asso2', 'a2@x.test', 'Abe', 'associate', 'x'), ('hero-a', 'h@x.test', 'Hugo', 'hero', 'x'),
		('adm', 'adm@x.test', 'Ada', 'admin', 'x')`);
	await store.query(`insert into client (id, name, industry, languages, time_zone) values
		('client-ny', 'NY', 'banking', '{en,fr}', 'America/New_York'), ('client-other', 'Other', 'banking', '{en}', 'UTC')`);
	await store.query(`insert into client_assignment (user_id, client_id) values
		('asso', 'client-ny'), ('hero-a', 'client-ny'), ('asso2', 'client-other')`);
	const doc = new Y.Doc();
	for (const [review, answers, at] of REVIEWS) {
		assignReview(doc, review);
		if (answers && at) answerAndSubmit(doc, review.id, answers, 'asso', at);
	}
	await applyToStore(store)(projectQa(parseRoom('qa.client-ny.2021-02')!, doc));
	qa = new QaService(store, new ClientService(store));
});
afterAll(async () => {
	await store.close();
});

const february = { clientId: 'client-ny', from: '2021-02-01', to: '2021-02-28', status: 'submitted' as const };
const ids = (reviews: QaReview[]) => reviews.map((review) => review.id);

describe('QaService.reviews', () => {
	it('lists the submitted reviews of the period in the client time zone, by submission, with their answers', async () => {
		const reviews = await qa.reviews(director, february);
		expect(ids(reviews)).toEqual(['r1', 'r2', 'r3']);
		expect(reviews.map((r) => r.score)).toEqual([0.75, 0.666666667, 0]);
		expect(reviews[2]!.criticalFailed).toBe(true);
		expect(reviews[1]).toMatchObject({ heroId: 'hero-a', reviewerId: 'asso', language: 'fr', status: 'submitted', submittedAt: '2021-02-10T15:00:00.000Z', scorecardVersion: 1 });
		expect(reviews[1]!.categories).toEqual([
			{ categoryId: 'accuracy', value: 5, score: 1 },
			{ categoryId: 'greeting', value: 0, score: 0 },
			{ categoryId: 'tone', value: 'na', score: null }
		]);
		// Both ends included; r3's day in New York is 28 February, not 1 March.
		expect(ids(await qa.reviews(director, { ...february, from: '2021-02-10', to: '2021-02-10' }))).toEqual(['r2']);
		expect(ids(await qa.reviews(director, { ...february, from: '2021-03-01', to: '2021-03-01' }))).toEqual([]);
	});

	it('lists open reviews only when asked, by assignment', async () => {
		expect(ids(await qa.reviews(associate, { ...february, status: 'open' }))).toEqual(['r4']);
	});

	it('shows heroes their own submitted reviews only, and nothing to admins or other clients', async () => {
		expect(ids(await qa.reviews(heroA, february))).toEqual(['r1', 'r2']);
		await expect(qa.reviews(heroA, { ...february, status: 'open' })).rejects.toMatchObject({ status: 403 });
		await expect(qa.reviews(stranger, february)).rejects.toMatchObject({ status: 403 });
		await expect(qa.reviews(admin, february)).rejects.toMatchObject({ status: 403 });
		await expect(qa.reviews(director, { ...february, clientId: 'nope' })).rejects.toMatchObject({ status: 404 });
	});
});

describe('QaService.iqs', () => {
	const query = (groupBy: 'hero' | 'language' | 'week') => iqsQuery.parse({ clientId: 'client-ny', groupBy, from: '2021-02-01', to: '2021-02-28' });

	it('groups the mean score of submitted reviews', async () => {
		// hero-a: (0.75 + 0.666666667) / 2 = 0.7083333335 → 0.708333334 (9 decimals, half up).
		expect(await qa.iqs(director, query('hero'))).toEqual([
			{ key: 'hero-a', iqs: 0.708333334, reviews: 2, rated: 2 },
			{ key: 'hero-b', iqs: 0, reviews: 1, rated: 1 }
		]);
		expect((await qa.iqs(director, query('language'))).map((g) => [g.key, g.iqs])).toEqual([
			['en', 0.375],
			['fr', 0.666666667]
		]);
		expect((await qa.iqs(director, query('week'))).map((g) => [g.key, g.reviews])).toEqual([
			['2021-W06', 2],
			['2021-W07', 1]
		]);
	});

	it("gives a hero their own row only", async () => {
		expect((await qa.iqs(heroA, query('hero'))).map((g) => g.key)).toEqual(['hero-a']);
		await expect(qa.iqs(admin, query('hero'))).rejects.toMatchObject({ status: 403 });
	});
});

describe('the queries', () => {
	const problem = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
		const issue = result.error?.issues[0];
		return issue ? `${issue.path.join('.')}: ${issue.message}` : null;
	};

	it('refuses bad dates, reversed and overlong periods, naming the field', () => {
		const ok = { clientId: 'c', from: '2021-02-01', to: '2021-02-28' };
		expect(problem(reviewsQuery.safeParse(ok))).toBeNull();
		expect(reviewsQuery.parse(ok)).toMatchObject({ status: 'submitted', format: 'json' });
		expect(problem(reviewsQuery.safeParse({ ...ok, from: '2021-2-1' }))).toBe('from: A date is written yyyy-mm-dd');
		expect(problem(reviewsQuery.safeParse({ ...ok, to: '2021-02-30' }))).toBe('to: Not a date of the calendar');
		expect(problem(reviewsQuery.safeParse({ ...ok, from: undefined }))).toBe('from: A date as yyyy-mm-dd is required');
		expect(problem(reviewsQuery.safeParse({ ...ok, clientId: '' }))).toBe('clientId: clientId is required');
		expect(problem(reviewsQuery.safeParse({ ...ok, from: '2021-03-01' }))).toBe('to: to must not be before from');
		// 2020 is a leap year: 1 Jan to 31 Dec is 366 days, one more is too many.
		expect(problem(reviewsQuery.safeParse({ ...ok, from: '2020-01-01', to: '2020-12-31' }))).toBeNull();
		expect(problem(reviewsQuery.safeParse({ ...ok, from: '2020-01-01', to: '2021-01-01' }))).toBe('to: A period has at most 366 days');
		expect(problem(reviewsQuery.safeParse({ ...ok, format: 'xml' }))).toBe('format: format is json or csv');
		expect(problem(iqsQuery.safeParse({ clientId: 'c', groupBy: 'team' }))).toBe('groupBy: groupBy is hero, language or week');
	});

	it('defaults the IQS period to the 366 days up to today', () => {
		// 31 December 2020 to 31 December 2021, both included: 366 days.
		expect(iqsQuery.parse({ clientId: 'c', groupBy: 'week', to: '2021-12-31' })).toEqual({ clientId: 'c', groupBy: 'week', from: '2020-12-31', to: '2021-12-31' });
		const today = new Date().toISOString().slice(0, 10);
		expect(iqsQuery.parse({ clientId: 'c', groupBy: 'week' }).to).toBe(today);
	});
});

describe('reviewsCsv', () => {
	it('writes one row per review and a column per category, which read back to the same values', async () => {
		const reviews = await qa.reviews(director, february);
		reviews[0]!.comment = 'Good, but "tone" could be\nwarmer';
		reviews[1]!.comment = '=HYPERLINK("x")';
		const records = parse(reviewsCsv(reviews), { columns: true }) as Record<string, string>[];
		expect(Object.keys(records[0]!).slice(-3)).toEqual(['category:accuracy', 'category:greeting', 'category:tone']);
		expect(records.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
		expect(records.map((r) => Number(r.score))).toEqual([0.75, 0.666666667, 0]);
		expect(records.map((r) => r.criticalFailed)).toEqual(['false', 'false', 'true']);
		expect(records.map((r) => r['category:tone'])).toEqual(['2', 'na', '3']);
		expect(records[0]!.comment).toBe('Good, but "tone" could be\nwarmer');
		// A cell a spreadsheet would run as a formula is defused.
		expect(records[1]!.comment).toBe(`'=HYPERLINK("x")`);
		expect(records[0]!.rootCause).toBe('');
	});

	it('is only a header without reviews', () => {
		expect(reviewsCsv([]).split('\r\n')[0]).toMatch(/^id,clientId,ticketId,heroId,/);
	});
});
