import { json } from '@sveltejs/kit';
import { mePatch, toMe } from '#domain/directory';
import { endpoint, readBody, requireUser } from '$lib/server/http';

export const GET = endpoint(async ({ locals }) => {
	const user = requireUser(locals);
	return json(toMe(await locals.app.users.get(user.id)));
});

export const PATCH = endpoint(async ({ locals, request, cookies }) => {
	const user = requireUser(locals);
	const { locale } = await readBody(request, mePatch);
	await locals.app.users.setLocale(user.id, locale);
	cookies.set('PARAGLIDE_LOCALE', locale, { path: '/', httpOnly: false, sameSite: 'lax' });
	return json(toMe(await locals.app.users.get(user.id)));
});
