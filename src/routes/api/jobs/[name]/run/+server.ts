import { json } from '@sveltejs/kit';
import { JobRunningError } from '#server/jobs/errors';
import { endpoint, requireRole } from '$lib/server/http';

/**
 * `POST /api/jobs/:name/run` → `202 { runId }`: the run starts and is followed through
 * `GET /api/jobs/runs/:runId`. Already running → `409 { message, runId }` with the running one.
 */
export const POST = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director');
	try {
		return json(await locals.app.jobs.runNow(params.name!, { by: user.id }), { status: 202 });
	} catch (error) {
		if (!JobRunningError.is(error)) throw error;
		return json({ message: error.message, runId: error.runId }, { status: 409 });
	}
});
