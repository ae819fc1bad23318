import { json } from '@sveltejs/kit';
import { onboardingPatch } from '#domain/playbooks/api';
import { endpoint, readBody, requireRole } from '$lib/server/http';

/** `PATCH /api/onboardings/:id {status?, kickoff?, goLive?}`: a new kick-off moves unfinished tasks. Directors only. */
export const PATCH = endpoint(async ({ locals, request, params }) => {
	const user = requireRole(locals, 'director');
	const patch = await readBody(request, onboardingPatch);
	return json(await locals.app.onboardings.patch(user, params.id!, patch));
});
