import { json } from '@sveltejs/kit';
import { suggestInput } from '#domain/kb-search';
import { endpoint, readBody, requireUser } from '$lib/server/http';

/**
 * `POST /api/kb/suggestions` `{clientId, language, subject, messages[]}` → the five most relevant
 * published articles of that client in that language, ranked, shaped like search results.
 */
export const POST = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	return json(await locals.app.kbSearch.suggest(user, await readBody(request, suggestInput)));
});
