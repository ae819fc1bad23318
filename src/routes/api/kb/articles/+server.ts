import { json } from '@sveltejs/kit';
import { articleInput } from '#domain/kb';
import { endpoint, readBody, requireRole, requireUser } from '$lib/server/http';

export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	// `?clientId=` (empty) lists every visible client's articles, like no parameter.
	const clientId = url.searchParams.get('clientId') || undefined;
	return json(await locals.app.kb.list(user, clientId));
});

export const POST = endpoint(async ({ locals, request }) => {
	// Heroes only read: refused before their body is even looked at.
	const user = requireRole(locals, 'director', 'associate');
	const input = await readBody(request, articleInput);
	return json(await locals.app.kb.create(user, input), { status: 201 });
});
