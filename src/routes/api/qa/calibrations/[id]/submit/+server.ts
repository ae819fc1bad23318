import { json } from '@sveltejs/kit';
import { endpoint, requireUser } from '$lib/server/http';

/**
 * `POST /api/qa/calibrations/:id/submit` → `{revealed}`: the caller's answers are final; 400
 * listing what is missing when a ticket is not fully scored. The last participant's submit
 * reveals the session.
 */
export const POST = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.qaCalibration.submit(user, params.id!));
});
