import { json } from '@sveltejs/kit';
import { resolutionInput } from '#domain/qa/disputes';
import { endpoint, readBody, requireUser } from '$lib/server/http';

/**
 * `POST /api/qa/disputes/:id/resolve` `{decision: "accept", newValue, note?}` or
 * `{decision: "reject", reason}` → the dispute as resolved; 409 when it was resolved already.
 */
export const POST = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const resolution = await readBody(request, resolutionInput);
	return json(await locals.app.qaDisputes.resolve(user, params.id!, resolution));
});
