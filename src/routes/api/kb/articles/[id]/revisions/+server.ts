import { json } from '@sveltejs/kit';
import { endpoint, requireRole } from '$lib/server/http';

/** The article's published revisions, newest first (KbRevision[]). Not for heroes. */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	return json(await locals.app.kb.revisions(user, params.id!));
});
