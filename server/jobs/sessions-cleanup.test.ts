import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../tests/helpers/pglite';
import { SessionService } from '../auth/sessions';
import { migrate } from '../../src/lib/db/migrate';
import { readMigrationFiles } from '../db/open';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { sessionsCleanup } from './sessions-cleanup';
import type { JobContext } from './types';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions-cleanup on a real PGlite', () => {
	let store: Store;
	beforeAll(async () => {
		store = wrapPglite(await freshPglite());
		await migrate(store, readMigrationFiles(), 'server');
		await store.query(
			`insert into app_user (id, email, name, role, password_hash) values ('u1', 'h@demo.test', 'H', 'hero', 'x')`
		);
	});
	afterAll(() => store.close());

	const context = (startedAt: Date): JobContext => ({
		runId: 'run-1',
		trigger: 'manual',
		startedAt,
		signal: new AbortController().signal,
		progress: async () => {}
	});

	it('deletes exactly the sessions validate would refuse, and nothing on a second run', async () => {
		const now = new Date('2026-11-23T03:17:00Z');
		const at = (daysAgo: number) => new SessionService(store, 30, () => new Date(now.getTime() - daysAgo * DAY));
		await at(31).create('u1');
		await at(30).create('u1');
		const live = await at(29).create('u1');

		const job = sessionsCleanup({ db: store, inactivityMs: new SessionService(store, 30).inactivityMs });
		expect(await job.run(context(now))).toEqual({ summary: 'deleted 2 expired sessions' });
		expect(await job.run(context(now))).toEqual({ summary: 'deleted 0 expired sessions' });

		const { rows } = await store.query<{ n: number }>('select count(*)::int as n from user_session');
		expect(rows[0]!.n).toBe(1);
		expect(await new SessionService(store, 30, () => now).validate(live.token)).not.toBeNull();
	});
});
