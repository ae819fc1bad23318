import { json } from '@sveltejs/kit';
import { userInput } from '#domain/directory';
import { endpoint, readBody, requireRole } from '$lib/server/http';

export const GET = endpoint(async ({ locals }) => {
	requireRole(locals, 'admin');
	return json(await locals.app.users.list());
});

export const POST = endpoint(async ({ locals, request }) => {
	requireRole(locals, 'admin');
	const input = await readBody(request, userInput);
	return json(await locals.app.users.create(input), { status: 201 });
});
