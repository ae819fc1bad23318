import { json } from '@sveltejs/kit';
import { clientPatch } from '#domain/directory';
import { endpoint, readBody, requireRole, requireUser } from '$lib/server/http';

export const GET = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.clients.getFor(user, params.id!));
});

export const PATCH = endpoint(async ({ locals, request, params }) => {
	requireRole(locals, 'admin', 'director');
	const patch = await readBody(request, clientPatch);
	return json(await locals.app.clients.update(params.id!, patch));
});
