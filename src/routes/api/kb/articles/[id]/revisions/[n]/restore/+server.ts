import { json } from '@sveltejs/kit';
import { revisionParam } from '#domain/kb';
import { endpoint, readParam, requireRole } from '$lib/server/http';

/** Makes revision n the current draft (a live change of `kb.<id>`); publishes nothing. */
export const POST = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	const revision = readParam('revision', params.n, revisionParam);
	return json(await locals.app.kb.restore(user, params.id!, revision));
});
