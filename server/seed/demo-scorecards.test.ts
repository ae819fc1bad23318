import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../tests/helpers/pglite';
import { migrate } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { ClientService } from '../services/clients';
import { ScorecardService } from '../services/scorecards';
import { seedDemoWorkspace } from './demo';
import { seedDemoScorecards } from './demo-scorecards';

let store: Store;
beforeAll(async () => {
	store = wrapPglite(await freshPglite());
	await migrate(store, readMigrationFiles(), 'server');
	await seedDemoWorkspace(store, { seed: 7, password: 'demo-password' });
});
afterAll(async () => {
	await store.close();
});

describe('seedDemoScorecards', () => {
	it('gives every client a scorecard by the demo director, a few a second version, once', async () => {
		const result = await seedDemoScorecards(store, { now: new Date('2026-11-22T12:00:00Z') });
		const { rows: clients } = await store.query<{ id: string; industry: string }>('select id, industry from client');
		const scorecards = new ScorecardService(store, new ClientService(store));
		const { rows: authors } = await store.query<{ id: string }>(`select id from app_user where email = 'director@demo.test'`);

		let seconds = 0;
		for (const client of clients) {
			const current = (await scorecards.current(client.id))!;
			expect(current.createdBy).toBe(authors[0]!.id);
			expect(current.categories.length).toBeGreaterThanOrEqual(5);
			expect(current.categories.length).toBeLessThanOrEqual(9);
			expect(current.categories.filter((c) => c.bonus).map((c) => c.name)).toEqual(['Went the extra mile']);
			expect(current.categories.some((c) => c.allowNA)).toBe(true);
			expect(current.categories.find((c) => c.id === 'accuracy')?.critical).toBe(true);
			if (client.industry === 'banking' || client.industry === 'insurance') {
				expect(current.categories.find((c) => c.id === 'verification')?.critical).toBe(true);
			}
			if (current.version === 2) seconds++;
		}
		expect(seconds).toBeGreaterThan(0);
		expect(seconds).toBeLessThan(clients.length);
		expect(result).toEqual({ seeded: true, versions: clients.length + seconds });

		expect(await seedDemoScorecards(store)).toEqual({ seeded: false, versions: 0 });
	});
});
