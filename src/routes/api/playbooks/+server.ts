import { json } from '@sveltejs/kit';
import { playbookCreate, playbookListQuery } from '#domain/playbooks/api';
import { endpoint, readBody, readQuery, requireRole, requireUser } from '$lib/server/http';

/** `GET /api/playbooks[?archived=1]` → the template library (archived ones too with `archived=1`). Directors only. */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const query = readQuery(url, playbookListQuery);
	return json(await locals.app.playbooks.list(user, { archived: query.archived === '1' }));
});

/** `POST /api/playbooks {name}` → 201 `{id}`: a template seeded with a starter outline. */
export const POST = endpoint(async ({ locals, request }) => {
	const user = requireRole(locals, 'director');
	const input = await readBody(request, playbookCreate);
	return json(await locals.app.playbooks.create(user, input), { status: 201 });
});
