import { json } from '@sveltejs/kit';
import { endpoint, requireUser } from '$lib/server/http';

/**
 * `GET /api/qa/calibrations/:id` → the session, its tickets with transcripts, the frozen
 * scorecard and who has submitted; the caller's own answers until revealed, then everyone's and
 * the agreement.
 */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.qaCalibration.get(user, params.id!));
});
