import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLING_SETTINGS } from '#domain/qa/sampling';
import { freshPglite } from '../../tests/helpers/pglite';
import { migrate } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { ClientService, type Viewer } from './clients';
import { QaSamplingService } from './qa-sampling';

let store: Store;
let sampling: QaSamplingService;
const director: Viewer = { id: 'dir', role: 'director' };
const associate: Viewer = { id: 'asso', role: 'associate' };
const stranger: Viewer = { id: 'other', role: 'associate' };

beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await store.query(
		`insert into app_user (id, email, name, role, password_hash) values
		   ('dir', 'd@x.test', 'Dee', 'director', 'x'), ('asso', 'a@x.test', 'Al', 'associate', 'x'),
		   ('other', 'o@x.test', 'Oz', 'associate', 'x'), ('hero', 'h@x.test', 'Hu', 'hero', 'x'), ('admin', 'ad@x.test', 'Ad', 'admin', 'x')`
	);
	await store.query(`insert into client (id, name, industry, languages, time_zone) values ('client-1', 'One', 'banking', '{fr}', 'UTC')`);
	await store.query(`insert into client_assignment (user_id, client_id) values ('asso', 'client-1'), ('hero', 'client-1')`);
	sampling = new QaSamplingService(store, new ClientService(store));
});
afterAll(() => store.close());

const status = (promise: Promise<unknown>) => promise.then(() => 200, (error: { status?: number }) => error.status ?? 500);

describe('QaSamplingService', () => {
	it('answers the defaults until a director saves rules, then those', async () => {
		expect(await sampling.get(director, 'client-1')).toEqual({ clientId: 'client-1', settings: DEFAULT_SAMPLING_SETTINGS, updatedAt: null, updatedBy: null });
		const saved = await sampling.put(director, 'client-1', { perHero: 5, languages: ['fr'], csatMax: 3 });
		expect(saved).toMatchObject({ settings: { ...DEFAULT_SAMPLING_SETTINGS, perHero: 5, languages: ['fr'], csatMax: 3 }, updatedBy: 'dir' });
		expect(Date.parse(saved.updatedAt!)).not.toBeNaN();
		expect(await sampling.get(associate, 'client-1')).toEqual(saved);
		expect(await sampling.settingsFor('client-1')).toEqual(saved.settings);
		// A save replaces the rules whole.
		expect((await sampling.put(director, 'client-1', {})).settings).toEqual(DEFAULT_SAMPLING_SETTINGS);
	});

	it('lets directors write, directors and assigned associates read', async () => {
		expect(await status(sampling.get(stranger, 'client-1'))).toBe(403);
		expect(await status(sampling.get({ id: 'hero', role: 'hero' }, 'client-1'))).toBe(403);
		expect(await status(sampling.get({ id: 'admin', role: 'admin' }, 'client-1'))).toBe(403);
		expect(await status(sampling.put(associate, 'client-1', { perHero: 1 }))).toBe(403);
		expect(await status(sampling.get(director, 'no-such-client'))).toBe(404);
		expect(await status(sampling.put(director, 'client-1', { perHero: -1 }))).toBe(400);
	});
});
