import { json } from '@sveltejs/kit';
import { endpoint, requireRole } from '$lib/server/http';

/** `GET /api/jobs` → `[{name, description, schedule, timeZone, nextRunAt, lastRun}]` (JobInfo). */
export const GET = endpoint(async ({ locals }) => {
	requireRole(locals, 'director', 'admin');
	return json(await locals.app.jobs.list());
});
