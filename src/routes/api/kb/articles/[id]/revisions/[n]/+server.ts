import { json } from '@sveltejs/kit';
import { revisionParam } from '#domain/kb';
import { endpoint, readParam, requireRole } from '$lib/server/http';

/** One revision: `{ revision, title, text, snapshot }` (KbRevisionContent; snapshot in base64). */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	const revision = readParam('revision', params.n, revisionParam);
	return json(await locals.app.kb.revision(user, params.id!, revision));
});
