import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardInput } from '#domain/qa/scorecard';
import { freshPglite } from '../../tests/helpers/pglite';
import { migrate } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { ClientService } from './clients';
import { ScorecardService, STALE_MESSAGE } from './scorecards';

// A real in-process PGlite with two directors, an associate and a hero of client-paris only, an
// admin, and two clients.
let store: Store;
let scorecards: ScorecardService;
const director = { id: 'dir', role: 'director' as const };
const director2 = { id: 'dir2', role: 'director' as const };
const associate = { id: 'asso', role: 'associate' as const };
const hero = { id: 'hero', role: 'hero' as const };
const admin = { id: 'adm', role: 'admin' as const };

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await store.query(`insert into app_user (id, email, name, role, password_hash) values
		('dir', 'd@x.test', 'Dee', 'director', 'x'), ('dir2', 'd2@x.test', 'Dan', 'director', 'x'),
		('asso', 'a@x.test', 'Ann', 'associate', 'x'), ('hero', 'h@x.test', 'Hugo', 'hero', 'x'),
		('adm', 'adm@x.test', 'Ada', 'admin', 'x')`);
	await store.query(`insert into client (id, name, industry, languages, time_zone) values
		('client-paris', 'Paris', 'ecommerce', '{fr}', 'Europe/Paris'), ('client-ny', 'NY', 'banking', '{en}', 'America/New_York'),
		('client-race', 'Race', 'insurance', '{en}', 'Europe/London')`);
	await store.query(`insert into client_assignment (user_id, client_id) values ('asso', 'client-paris'), ('hero', 'client-paris')`);
	scorecards = new ScorecardService(store, new ClientService(store));
});
afterAll(async () => {
	await store.close();
});

const input = (over: Partial<ScorecardInput> = {}): ScorecardInput => ({
	name: 'Support quality',
	categories: [
		{ id: 'greeting', name: 'Greeting', weight: 1, scale: '3' },
		{ id: 'accuracy', name: 'Accuracy', description: 'Correct and complete', weight: 3, scale: 'binary', critical: true }
	],
	...over
});

describe('ScorecardService.save', () => {
	it('writes version 1, then increments, keeping one scorecard id per client', async () => {
		expect(await scorecards.current('client-paris')).toBeNull();
		const first = await scorecards.save(director, 'client-paris', input());
		expect(first).toMatchObject({ clientId: 'client-paris', version: 1, name: 'Support quality', createdBy: 'dir', createdByName: 'Dee' });
		expect(first.categories[0]).toEqual({ id: 'greeting', name: 'Greeting', weight: 1, scale: '3', allowNA: false, critical: false, bonus: false });

		const second = await scorecards.save(director2, 'client-paris', input({ name: 'Support quality 2026' }));
		expect(second).toMatchObject({ id: first.id, version: 2, name: 'Support quality 2026', createdByName: 'Dan' });
		// Jobs read the current version without a viewer, as a plain Scorecard.
		const current = await scorecards.current('client-paris');
		expect(current).toEqual({ ...second, createdByName: undefined });
		expect(current).not.toHaveProperty('createdByName');
		expect((await scorecards.versions(director, 'client-paris')).map((v) => v.version)).toEqual([2, 1]);
		expect((await scorecards.get(director, 'client-paris', 1)).name).toBe('Support quality');
	});

	it('makes no version for a save identical to the current one', async () => {
		const before = await scorecards.currentFor(director, 'client-paris');
		const result = await scorecards.saveVersion(director, 'client-paris', input({ name: '  Support quality 2026 ' }));
		expect(result.created).toBe(false);
		expect(result.scorecard).toEqual(before);
		expect((await scorecards.versions(director, 'client-paris')).length).toBe(2);
	});

	it('refuses invalid input with the schema’s message, and writes nothing', async () => {
		const bad = async (value: unknown) => {
			const error = await scorecards.save(director, 'client-ny', value as ScorecardInput).catch((e: unknown) => e);
			expect(error).toMatchObject({ status: 400 });
			return (error as Error).message;
		};
		expect(await bad(input({ categories: [...input().categories, { id: 'again', name: 'greeting', weight: 1, scale: '3' }] }))).toBe(
			'categories.2.name: Two categories are named "greeting"'
		);
		expect(await bad(input({ categories: [{ id: 'a', name: 'A', weight: 0, scale: '3' }] }))).toMatch(/Weight must be a number above 0/);
		expect(
			await bad(input({ categories: [{ id: 'a', name: 'A', weight: 1, scale: '3' }, { id: 'b', name: 'B', weight: 1, scale: '3', critical: true, bonus: true }] }))
		).toBe('categories.1.bonus: "B" cannot be both critical and bonus');
		expect(await bad({ name: 'x' })).toMatch(/^categories: /);
		expect(await scorecards.current('client-ny')).toBeNull();
	});
});

describe('ScorecardService access', () => {
	const status = (promise: Promise<unknown>) => promise.then(() => 200, (e: { status?: number }) => e.status);

	it('lets assigned associates and heroes read, not write', async () => {
		expect((await scorecards.currentFor(associate, 'client-paris'))?.version).toBe(2);
		expect((await scorecards.currentFor(hero, 'client-paris'))?.version).toBe(2);
		expect((await scorecards.versions(hero, 'client-paris')).length).toBe(2);
		expect(await status(scorecards.save(associate, 'client-paris', input({ name: 'Mine' })))).toBe(403);
		expect(await status(scorecards.save(hero, 'client-paris', input({ name: 'Mine' })))).toBe(403);
	});

	it('refuses clients not assigned, admins, and answers 404 for unknown clients', async () => {
		expect(await status(scorecards.currentFor(associate, 'client-ny'))).toBe(403);
		expect(await status(scorecards.versions(hero, 'client-ny'))).toBe(403);
		expect(await status(scorecards.currentFor(admin, 'client-paris'))).toBe(403);
		expect(await status(scorecards.save(admin, 'client-paris', input()))).toBe(403);
		expect(await status(scorecards.currentFor(director, 'nope'))).toBe(404);
		expect(await status(scorecards.save(director, 'nope', input()))).toBe(404);
		expect(await status(scorecards.get(director, 'client-paris', 9))).toBe(404);
		expect(await scorecards.currentFor(director, 'client-ny')).toBeNull();
	});
});

describe('ScorecardService concurrency', () => {
	it('two first saves at once: one writes version 1, the other gets 409', async () => {
		const results = await Promise.allSettled([
			scorecards.save(director, 'client-race', input({ name: 'Mine' })),
			scorecards.save(director2, 'client-race', input({ name: 'Yours' }))
		]);
		const written = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r) => r.status === 'rejected');
		expect(written).toHaveLength(1);
		expect(refused).toHaveLength(1);
		expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409, message: STALE_MESSAGE });
		expect((await scorecards.versions(director, 'client-race')).map((v) => v.version)).toEqual([1]);
	});

	it('two saves from the same version: one writes the next version, the other gets 409', async () => {
		const results = await Promise.allSettled([
			scorecards.save(director, 'client-race', input({ name: 'A' }), { baseVersion: 1 }),
			scorecards.save(director2, 'client-race', input({ name: 'B' }), { baseVersion: 1 })
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
		expect((await scorecards.versions(director, 'client-race')).map((v) => v.version)).toEqual([2, 1]);
	});

	it('refuses a save based on a version that is no longer current', async () => {
		const error = await scorecards.save(director, 'client-race', input({ name: 'Late' }), { baseVersion: 1 }).catch((e: unknown) => e);
		expect(error).toMatchObject({ status: 409, message: STALE_MESSAGE });
		expect((await scorecards.save(director, 'client-race', input({ name: 'Fresh' }), { baseVersion: 2 })).version).toBe(3);
	});

	it('never stores one version twice, even written around the service', async () => {
		const current = (await scorecards.current('client-race'))!;
		const error = await store
			.query(
				`insert into qa_scorecard (id, client_id, version, name, categories, created_at, created_by)
				 values ('other', 'client-race', $1, 'x', '[]', now(), 'dir')`,
				[current.version]
			)
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ code: '23505' });
	});
});
