import { json } from '@sveltejs/kit';
import { homePath } from '#domain/access';
import { loginInput, toMe } from '#domain/directory';
import { endpoint, readBody } from '$lib/server/http';
import { setSessionCookie } from '$lib/server/session-cookie';

export const POST = endpoint(async ({ request, locals, cookies, getClientAddress, url }) => {
	const { email, password } = await readBody(request, loginInput);
	const session = await locals.app.login.login(email, password, getClientAddress());
	setSessionCookie(cookies, session.token, session.expiresAt, url.protocol === 'https:');
	// The console opens in the language the user chose last time.
	cookies.set('PARAGLIDE_LOCALE', session.locale, { path: '/', httpOnly: false, sameSite: 'lax' });
	const user = await locals.app.users.get(session.userId);
	return json({ user: toMe(user), redirect: homePath(user.role) });
});
