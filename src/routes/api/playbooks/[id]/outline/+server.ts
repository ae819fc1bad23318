import { json } from '@sveltejs/kit';
import { endpoint, requireUser } from '$lib/server/http';

/** `GET /api/playbooks/:id/outline` → `{outline, problems}`: the template as an onboarding would start from it. */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.playbooks.outline(user, params.id!));
});
