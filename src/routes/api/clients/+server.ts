import { json } from '@sveltejs/kit';
import { clientInput } from '#domain/directory';
import { endpoint, readBody, requireRole, requireUser } from '$lib/server/http';

export const GET = endpoint(async ({ locals }) => {
	const user = requireUser(locals);
	return json(await locals.app.clients.listFor(user));
});

export const POST = endpoint(async ({ locals, request }) => {
	requireRole(locals, 'admin', 'director');
	const input = await readBody(request, clientInput);
	return json(await locals.app.clients.create(input), { status: 201 });
});
