import { json } from '@sveltejs/kit';
import { userPatch } from '#domain/directory';
import { endpoint, readBody, requireRole } from '$lib/server/http';

export const GET = endpoint(async ({ locals, params }) => {
	requireRole(locals, 'admin');
	return json(await locals.app.users.get(params.id!));
});

export const PATCH = endpoint(async ({ locals, request, params }) => {
	const admin = requireRole(locals, 'admin');
	const patch = await readBody(request, userPatch);
	return json(await locals.app.users.update(params.id!, patch, admin.id));
});
