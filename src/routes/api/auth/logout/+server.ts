import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/http';
import { clearSessionCookie } from '$lib/server/session-cookie';

export const POST = endpoint(async ({ locals, cookies }) => {
	if (locals.sessionId) await locals.app.sessions.invalidate(locals.sessionId);
	clearSessionCookie(cookies);
	return json({});
});
