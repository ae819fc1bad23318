import { json } from '@sveltejs/kit';
import { playbookDuplicate } from '#domain/playbooks/api';
import { endpoint, readOptionalBody, requireRole } from '$lib/server/http';

/** `POST /api/playbooks/:id/duplicate {name?}` → 201 `{id}`: a copy of the template's text and name. */
export const POST = endpoint(async ({ locals, request, params }) => {
	const user = requireRole(locals, 'director');
	const input = await readOptionalBody(request, playbookDuplicate);
	return json(await locals.app.playbooks.duplicate(user, params.id!, input), { status: 201 });
});
