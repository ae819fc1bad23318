import { buildDemoWorkspace } from '../../src/lib/domain/demo';
import { hashPassword } from '../auth/password';
import type { Queryable, Store } from '../db/store';

export interface SeedResult {
	/** False when the database already had users: nothing was written. */
	seeded: boolean;
	/** How many users and clients this call inserted (0 when it did nothing). */
	users: number;
	clients: number;
}

// Arbitrary constant: serialises seeding of several instances starting on one PostgreSQL.
const SEED_LOCK_KEY = 7_261_123;

/**
 * Seeds the demo workspace into an empty database; a database with any user is left alone, so
 * calling this on every start is safe. Everything goes in one transaction: a crash half-way
 * leaves an empty database that the next start seeds again, never half a workspace.
 */
export async function seedDemoWorkspace(
	store: Store,
	opts: { seed: number; password: string }
): Promise<SeedResult> {
	const skipped: SeedResult = { seeded: false, users: 0, clients: 0 };
	// Cheap check first, so a normal restart does not pay for hashing.
	if (await hasUsers(store)) return skipped;

	const plan = buildDemoWorkspace(opts.seed);
	// argon2id is slow on purpose (~19 MiB and tens of ms per hash): hashing once and sharing the
	// hash keeps start-up fast. Sharing a salt is harmless here: every demo account has the same,
	// published password anyway.
	const passwordHash = await hashPassword(opts.password);

	return store.transaction(async (tx) => {
		// Lock, then re-check: another instance may have seeded while we were hashing.
		await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
		if (await hasUsers(tx)) return skipped;

		await tx.query(
			`insert into client (id, name, industry, languages, time_zone)
			 select id, name, industry, array(select jsonb_array_elements_text(languages)), time_zone
			 from jsonb_to_recordset($1::jsonb)
			   as x(id text, name text, industry text, languages jsonb, time_zone text)`,
			[JSON.stringify(plan.clients.map((c) => ({ ...c, time_zone: c.timeZone })))]
		);
		await tx.query(
			`insert into app_user (id, email, name, role, languages, locale, password_hash)
			 select id, email, name, role, array(select jsonb_array_elements_text(languages)), locale, $2
			 from jsonb_to_recordset($1::jsonb)
			   as x(id text, email text, name text, role text, languages jsonb, locale text)`,
			[JSON.stringify(plan.users), passwordHash]
		);
		const assignments = plan.users.flatMap((user) =>
			user.clientIds.map((clientId) => ({ user_id: user.id, client_id: clientId }))
		);
		await tx.query(
			`insert into client_assignment (user_id, client_id)
			 select user_id, client_id from jsonb_to_recordset($1::jsonb) as x(user_id text, client_id text)`,
			[JSON.stringify(assignments)]
		);
		return { seeded: true, users: plan.users.length, clients: plan.clients.length };
	});
}

async function hasUsers(db: Queryable): Promise<boolean> {
	const { rows } = await db.query<{ any: boolean }>(
		'select exists (select 1 from app_user) as any'
	);
	return rows[0]?.any === true;
}
