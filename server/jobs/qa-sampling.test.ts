import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryRooms } from '../../tests/helpers/kb';
import { PGLITE_EXTENSIONS } from '../../src/lib/db/extensions';
import { migrate } from '../../src/lib/db/migrate';
import { readReviews } from '#domain/qa/room';
import { reviewIdFor } from '#domain/qa/sampling';
import { nextVersion, type Scorecard } from '#domain/qa/scorecard';
import { createRandom } from '#domain/random';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import type { Logger } from '../log';
import { ClientService } from '../services/clients';
import { QaSamplingService } from '../services/qa-sampling';
import { qaSampling, type CurrentScorecards } from './qa-sampling';
import { JobScheduler } from './scheduler';
import type { JobRun } from './types';

let template: PGlite;
beforeAll(async () => {
	template = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
	await migrate(wrapPglite(template), readMigrationFiles(), 'server');
});
afterAll(() => template.close());

const log: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const DIRECTOR = 'director-1';
const HEROES = ['hero-1', 'hero-2', 'hero-3'];
// Monday 23 November 2026, 05:00 UTC: the run samples 16–22 November (2026-W47) in Paris.
const MONDAY = new Date('2026-11-23T05:00:00Z');

let store: Store;
let rooms: ReturnType<typeof memoryRooms>;
let scheduler: JobScheduler;
let now: Date;

/** Scorecards as ScorecardService.current reads them: the client's highest version. */
const tableScorecards = (db: Store): CurrentScorecards => ({
	async current(clientId) {
		const { rows } = await db.query<{ id: string; client_id: string; version: number; name: string; categories: Scorecard['categories']; created_at: Date; created_by: string }>(
			'select * from qa_scorecard where client_id = $1 order by version desc limit 1',
			[clientId]
		);
		const row = rows[0];
		return row
			? { id: row.id, clientId: row.client_id, version: row.version, name: row.name, categories: row.categories, createdAt: new Date(row.created_at).toISOString(), createdBy: row.created_by }
			: null;
	}
});

async function insertScorecard(clientId: string): Promise<void> {
	const card = nextVersion(
		null,
		{ name: 'Quality', categories: [{ id: 'accuracy', name: 'Accuracy', weight: 1, scale: '5' }] },
		{ id: `card-${clientId}`, clientId, createdAt: '2026-10-01T00:00:00Z', createdBy: DIRECTOR }
	);
	await store.query(`insert into qa_scorecard (id, client_id, version, name, categories, created_at, created_by) values ($1, $2, $3, $4, $5, $6, $7)`, [
		card.id,
		clientId,
		card.version,
		card.name,
		JSON.stringify(card.categories),
		card.createdAt,
		card.createdBy
	]);
}

/** `perDay` tickets per hero per day from `from` for `days` days, with varied channels and CSAT. */
async function insertTickets(clientId: string, from: string, days: number, perDay: number): Promise<void> {
	const r = createRandom(days * 1000 + perDay);
	const rows = [];
	for (let d = 0; d < days; d++) {
		const day = new Date(Date.parse(`${from}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
		for (const hero of HEROES) {
			for (let n = 0; n < perDay; n++) {
				const id = `${clientId}-${day}-${hero}-${n}`;
				rows.push({
					id,
					client_id: clientId,
					day,
					source: 'csv',
					external_id: id,
					channel: r.pick(['email', 'chat', 'phone']),
					language: r.pick(['fr', 'en']),
					subject: `Subject ${n}`,
					// 10:00 Paris: the day is the same in the client's zone.
					created_at: `${day}T09:00:00.000Z`,
					hero_id: hero,
					csat: r.chance(0.3) ? null : r.int(1, 5),
					escalation: 1,
					tags: '[]',
					message_count: 2
				});
			}
		}
	}
	await store.query(
		`insert into ticket (id, client_id, day, source, external_id, channel, language, subject, created_at, hero_id, csat, escalation, tags, message_count)
		 select id, client_id, day, source, external_id, channel, language, subject, created_at, hero_id, csat, escalation, tags, message_count
		   from jsonb_to_recordset($1::jsonb) as x(id text, client_id text, day text, source text, external_id text, channel text, language text,
		        subject text, created_at timestamptz, hero_id text, csat smallint, escalation smallint, tags text, message_count int)`,
		[JSON.stringify(rows)]
	);
}

beforeEach(async () => {
	store = wrapPglite(await template.clone());
	await store.query(
		`insert into app_user (id, email, name, role, password_hash, active) values
		   ('director-1', 'd@x.test', 'Dee', 'director', 'x', true),
		   ('asso-b', 'b@x.test', 'Bea', 'associate', 'x', true),
		   ('asso-a', 'a@x.test', 'Al', 'associate', 'x', true),
		   ('asso-gone', 'g@x.test', 'Gus', 'associate', 'x', false),
		   ('hero-1', 'h1@x.test', 'H1', 'hero', 'x', true), ('hero-2', 'h2@x.test', 'H2', 'hero', 'x', true), ('hero-3', 'h3@x.test', 'H3', 'hero', 'x', true)`
	);
	await store.query(
		`insert into client (id, name, industry, languages, time_zone) values
		   ('client-1', 'One', 'banking', '{fr,en}', 'Europe/Paris'),
		   ('client-2', 'Two', 'banking', '{fr}', 'Europe/Paris'),
		   ('client-3', 'Three', 'banking', '{fr}', 'Europe/Paris')`
	);
	await store.query(
		`insert into client_assignment (user_id, client_id) values
		   ('asso-a', 'client-1'), ('asso-b', 'client-1'), ('asso-gone', 'client-1'), ('asso-a', 'client-2'), ('asso-gone', 'client-3'),
		   ('hero-1', 'client-1'), ('hero-2', 'client-1'), ('hero-3', 'client-1')`
	);
	// client-2 has associates but no scorecard; client-3 a scorecard but only an inactive associate.
	await insertScorecard('client-1');
	await insertScorecard('client-3');
	// Three weeks of tickets around the sampled one, for client-1 and client-2.
	for (const client of ['client-1', 'client-2']) await insertTickets(client, '2026-11-09', 21, 2);
	rooms = memoryRooms();
	now = MONDAY;
	scheduler = new JobScheduler({
		store,
		log,
		now: () => now,
		jobs: [qaSampling({ store, rooms: rooms.rooms, scorecards: tableScorecards(store), sampling: new QaSamplingService(store, new ClientService(store)) })]
	});
});
afterEach(async () => {
	await scheduler.stop();
	await store.close();
});

async function run(): Promise<JobRun> {
	const { runId } = await scheduler.runNow('qa-sampling', { by: DIRECTOR });
	return vi.waitFor(
		async () => {
			const r = await scheduler.getRun(runId);
			if (r.status === 'running') throw new Error('still running');
			return r;
		},
		{ timeout: 10_000, interval: 20 }
	);
}

const reviews = () => readReviews(rooms.doc('qa.client-1.2026-11'));
const assignments = async () =>
	(await store.query<{ ticket_id: string; review_id: string; reviewer_id: string; week: string; run_id: string }>('select * from qa_assignment order by ticket_id')).rows;

describe('the qa-sampling job', () => {
	it("assigns N per hero of last week's tickets round-robin, and nothing new on a second run", async () => {
		const first = await run();
		expect(first).toMatchObject({
			status: 'succeeded',
			summary: 'assigned 9 reviews for 1 client (week 2026-W47); skipped 2 clients: Two (no scorecard), Three (no associate)'
		});
		const created = reviews();
		expect(created).toHaveLength(9);
		for (const hero of HEROES) expect(created.filter((r) => r.seed.heroId === hero)).toHaveLength(3);
		for (const { seed } of created) {
			expect(seed.ticketDay >= '2026-11-16' && seed.ticketDay <= '2026-11-22').toBe(true);
			expect(seed).toMatchObject({ clientId: 'client-1', week: '2026-W48', assignedAt: MONDAY.toISOString(), runId: first.id, scorecardId: 'card-client-1' });
			expect(seed.id).toBe(reviewIdFor(seed.ticketId));
		}
		expect(created.every((r) => r.status === 'open')).toBe(true);
		// Active associates only, evenly: 9 over 2 is 5 and 4.
		const count = (reviewer: string) => created.filter((r) => r.seed.reviewerId === reviewer).length;
		expect(new Set(created.map((r) => r.seed.reviewerId))).toEqual(new Set(['asso-a', 'asso-b']));
		expect(Math.abs(count('asso-a') - count('asso-b'))).toBeLessThanOrEqual(1);
		const rows = await assignments();
		expect(rows.map((r) => r.review_id).sort()).toEqual(created.map((r) => r.seed.id).sort());
		expect(rows.every((r) => r.week === '2026-W48' && r.run_id === first.id)).toBe(true);
		expect(rooms.doc('qa.client-2.2026-11').share.size).toBe(0);

		const second = await run();
		expect(second.summary).toMatch(/^assigned 0 reviews for 1 client \(week 2026-W47\)/);
		expect(second.inputsHash).toBe(first.inputsHash);
		expect(second.outputsHash).toBe(first.outputsHash);
		expect(reviews()).toHaveLength(9);
		expect(await assignments()).toEqual(rows);
	});

	it('records what the room holds when a run lost its rows, without duplicating reviews', async () => {
		await run();
		const rows = await assignments();
		await store.query('delete from qa_assignment');
		const again = await run();
		expect(again.summary).toMatch(/^assigned 9 reviews/);
		expect(reviews()).toHaveLength(9);
		expect((await assignments()).map(({ run_id: _, ...r }) => r)).toEqual(rows.map(({ run_id: _, ...r }) => r));
	});

	it('applies the client’s sampling rules', async () => {
		const sampling = new QaSamplingService(store, new ClientService(store));
		await sampling.put({ id: DIRECTOR, role: 'director' }, 'client-1', { perHero: 2, channels: ['chat', 'phone'], csatMin: 3 });
		await run();
		const created = reviews();
		expect(created.length).toBeGreaterThan(0);
		for (const hero of HEROES) expect(created.filter((r) => r.seed.heroId === hero).length).toBeLessThanOrEqual(2);
		for (const { seed } of created) {
			expect(['chat', 'phone']).toContain(seed.ticket.channel);
			expect(seed.ticket.csat).toBeGreaterThanOrEqual(3);
		}
	});

	it('rotates reviewers from week to week and tops up when the quota grows', async () => {
		await run();
		now = new Date('2026-11-30T05:00:00Z');
		const next = await run();
		expect(next.summary).toMatch(/^assigned 9 reviews for 1 client \(week 2026-W48\)/);
		const rows = await assignments();
		const count = (reviewer: string) => rows.filter((r) => r.reviewer_id === reviewer).length;
		// 18 over two weeks: the one who got 5 the first week got 4 the second.
		expect(count('asso-a')).toBe(9);
		expect(count('asso-b')).toBe(9);
		expect(readReviews(rooms.doc('qa.client-1.2026-11')).filter((r) => r.seed.week === '2026-W49')).toHaveLength(9);

		await new QaSamplingService(store, new ClientService(store)).put({ id: DIRECTOR, role: 'director' }, 'client-1', { perHero: 4 });
		const topUp = await run();
		expect(topUp.summary).toMatch(/^assigned 3 reviews/);
	});

	it('reports progress per client', async () => {
		const done = await run();
		expect(done.progress).toBe(1);
		expect(done.note).toBe('client 3 of 3');
	});
});
