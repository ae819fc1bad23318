import type { Queryable } from '../db/store';
import type { Job } from './types';

/**
 * Deletes sessions past their inactivity timeout. SessionService.validate already refuses and
 * deletes an expired session when its cookie comes back; this removes the ones whose cookie
 * never does (closed laptops, cleared browsers), so the table holds live sessions only.
 *
 * Idempotent: "expired" is decided against the run's start time with the same rule as
 * validate (unused for `inactivityMs` or more), and deleting what is already gone deletes
 * nothing.
 */
export function sessionsCleanup(deps: { db: Queryable; inactivityMs: number }): Job {
	return {
		name: 'sessions-cleanup',
		description: 'Deletes sessions unused for longer than the inactivity timeout.',
		schedule: '17 3 * * *',
		timeZone: 'UTC',
		timeoutMs: 5 * 60 * 1000,
		run: async ({ startedAt }) => {
			const cutoff = new Date(startedAt.getTime() - deps.inactivityMs);
			const { rows } = await deps.db.query<{ n: number }>(
				`with deleted as (delete from user_session where last_verified_at <= $1 returning 1)
				 select count(*)::int as n from deleted`,
				[cutoff]
			);
			const n = rows[0]?.n ?? 0;
			return { summary: `deleted ${n} expired session${n === 1 ? '' : 's'}` };
		}
	};
}
