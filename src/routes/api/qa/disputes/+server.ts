import { json } from '@sveltejs/kit';
import { disputesQuery } from '#server/services/qa-disputes';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

/**
 * `GET /api/qa/disputes?clientId=[&status=open|accepted|rejected]` → the client's disputes with
 * their review's and ticket's context, open ones first (heroes: their own only).
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	return json(await locals.app.qaDisputes.list(user, readQuery(url, disputesQuery)));
});
