import { json } from '@sveltejs/kit';
import { ownerCandidates } from '#server/services/kb-owners';
import { endpoint, requireRole } from '$lib/server/http';

/** Who may own the article (for those who may change its owner): `[{ id, name, role }]`. */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	return json(await ownerCandidates(locals.app.store, user, params.id!));
});
