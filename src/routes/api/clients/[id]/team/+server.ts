import { json } from '@sveltejs/kit';
import { endpoint, requireUser } from '$lib/server/http';

/** The client's directors and assigned associates `[{id, name, role}]` (task owners, start form). */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.clients.team(user, params.id!));
});
