import { json } from '@sveltejs/kit';
import { endpoint, requireRole } from '$lib/server/http';

/** Who may own the article (for those who may change its owner): `[{ id, name, role }]`. */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	return json(await locals.app.kb.ownerCandidates(user, params.id!));
});
