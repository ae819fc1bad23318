import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_EXTENSIONS } from '../../src/lib/db/extensions';
import { migrate } from '../../src/lib/db/migrate';
import { buildDemoWorkspace } from '../../src/lib/domain/demo';
import { verifyPassword } from '../auth/password';
import { wrapPglite } from '../db/pglite-store';
import type { Store } from '../db/store';
import { seedDemoWorkspace } from './demo';

const MIGRATIONS = join(import.meta.dirname, '../../migrations');
const SEED = 20261122;
const PASSWORD = 'demo-password';

function migrationFiles() {
	return readdirSync(MIGRATIONS)
		.filter((name) => name.endsWith('.sql'))
		.map((name) => ({ name, sql: readFileSync(join(MIGRATIONS, name), 'utf8') }));
}

async function count(store: Store, table: string): Promise<number> {
	const { rows } = await store.query<{ n: number }>(`select count(*)::int as n from ${table}`);
	return rows[0]!.n;
}

// One real in-memory PGlite for the file: creating one costs ~1.7 s.
describe('seedDemoWorkspace on a real PGlite', () => {
	let store: Store;
	beforeAll(async () => {
		store = wrapPglite(new PGlite({ extensions: PGLITE_EXTENSIONS }));
		await migrate(store, migrationFiles(), 'server');
	});
	afterAll(() => store.close());

	it('seeds the plan into an empty database, in full', async () => {
		const plan = buildDemoWorkspace(SEED);
		const result = await seedDemoWorkspace(store, { seed: SEED, password: PASSWORD });
		expect(result).toEqual({ seeded: true, users: plan.users.length, clients: 12 });

		expect(await count(store, 'app_user')).toBe(plan.users.length);
		expect(await count(store, 'client')).toBe(12);
		const assignments = plan.users.reduce((sum, user) => sum + user.clientIds.length, 0);
		expect(await count(store, 'client_assignment')).toBe(assignments);

		// Arrays and columns land as planned, not as JSON text.
		const { rows: clients } = await store.query<{ id: string; languages: string[]; time_zone: string }>(
			'select id, languages, time_zone from client order by id'
		);
		const planned = [...plan.clients].sort((a, b) => a.id.localeCompare(b.id));
		expect(clients).toEqual(
			planned.map((c) => ({ id: c.id, languages: c.languages, time_zone: c.timeZone }))
		);

		const { rows: heroes } = await store.query<{ client_id: string; languages: string[]; locale: string }>(
			`select a.client_id, u.languages, u.locale
			 from app_user u join client_assignment a on a.user_id = u.id
			 where u.email = 'hero@demo.test'`
		);
		expect(heroes.length).toBeGreaterThan(0);
		expect(heroes.length).toBeLessThan(12);
		expect(heroes[0]!.languages).toEqual(['fr', 'en']);
	});

	it('stores a hash that verifies against the demo password, for every account', async () => {
		const { rows } = await store.query<{ hash: string; n: number }>(
			'select password_hash as hash, count(*)::int as n from app_user group by password_hash'
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.hash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(rows[0]!.hash, PASSWORD)).toBe(true);
		expect(await verifyPassword(rows[0]!.hash, 'wrong-password')).toBe(false);
	});

	it('is idempotent: a second call changes nothing, even with another seed', async () => {
		const before = await store.query('select id, email from app_user order by id');
		const result = await seedDemoWorkspace(store, { seed: SEED + 1, password: 'other-password' });
		expect(result).toEqual({ seeded: false, users: 0, clients: 0 });
		expect((await store.query('select id, email from app_user order by id')).rows).toEqual(before.rows);
		expect(await count(store, 'client')).toBe(12);
	});
});

describe('seedDemoWorkspace started twice at once', () => {
	it('seeds exactly once: the loser re-checks under the lock and backs off', async () => {
		const store = wrapPglite(new PGlite({ extensions: PGLITE_EXTENSIONS }));
		try {
			await migrate(store, migrationFiles(), 'server');
			const results = await Promise.all([
				seedDemoWorkspace(store, { seed: SEED, password: PASSWORD }),
				seedDemoWorkspace(store, { seed: SEED, password: PASSWORD })
			]);
			expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
			expect(await count(store, 'client')).toBe(12);
		} finally {
			await store.close();
		}
	});
});
