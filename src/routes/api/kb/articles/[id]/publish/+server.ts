import { json } from '@sveltejs/kit';
import { publishInput } from '#domain/kb';
import { endpoint, readOptionalBody, requireRole } from '$lib/server/http';

/** Publishes the draft as the next revision: `{ message? }` (or no body) → `200 { revision }`. */
export const POST = endpoint(async ({ locals, request, params }) => {
	// Heroes only read: refused before their body is even looked at.
	const user = requireRole(locals, 'director', 'associate');
	const { message } = await readOptionalBody(request, publishInput);
	return json(await locals.app.kb.publish(user, params.id!, message));
});
