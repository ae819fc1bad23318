import { json } from '@sveltejs/kit';
import { endpoint, requireUser } from '$lib/server/http';

/**
 * `DELETE /api/qa/calibrations/:id/participants/:userId` → `{revealed}`: takes a participant who
 * has not submitted out of an open session (directors and the creator); 409 after their submit,
 * after the reveal, or when fewer than two would remain. Revealed at once when everyone left has
 * submitted.
 */
export const DELETE = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.qaCalibration.removeParticipant(user, params.id!, params.userId!));
});
