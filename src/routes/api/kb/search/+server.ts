import { json } from '@sveltejs/kit';
import { searchQuery } from '#domain/kb-search';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

/**
 * `GET /api/kb/search?q=&clientId=&language=&limit=` → ranked `[{id, clientId, title, language,
 * category, snippet}]` over published articles of the clients the caller may see; `snippet` is
 * HTML (text escaped, matches in `<mark>`).
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	return json(await locals.app.kbSearch.search(user, readQuery(url, searchQuery)));
});
