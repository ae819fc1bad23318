import { json, redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { canUseSection, homePath, sectionOfPath } from '#domain/access';
import { getApp } from '#server/context';
import type { App as ServerApp } from '#server/app';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '$lib/server/session-cookie';

/**
 * The app the composition root built: server/main.ts under `npm start`, the dev-sync Vite
 * plugin (scripts/vite/dev-sync.ts) under `npm run dev`, which boots it before any request
 * reaches SvelteKit.
 */
function app(): ServerApp {
	const ready = getApp();
	if (!ready) throw new Error('The server app was not initialised: start with `npm start` or `npm run dev`.');
	return ready;
}

const PUBLIC_API = new Set(['/api/health', '/api/auth/login', '/api/auth/logout']);
const PUBLIC_PAGES = new Set(['/login']);

const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.app = app();
	event.locals.user = null;
	event.locals.sessionId = null;

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await event.locals.app.sessions.validate(token);
		if (session) {
			event.locals.user = session.user;
			event.locals.sessionId = session.sessionId;
			if (session.refreshed) {
				setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
			}
		} else {
			clearSessionCookie(event.cookies);
			const response = await resolve(event);
			// Answers made by a hook without SvelteKit's resolve (the 401 below) carry no cookie
			// changes of their own: make sure the dead cookie is cleared on those too.
			if (!response.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))) {
				response.headers.append(
					'set-cookie',
					event.cookies.serialize(SESSION_COOKIE, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax' })
				);
			}
			return response;
		}
	}
	return resolve(event);
};

const guard: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	const user = event.locals.user;

	if (pathname.startsWith('/api/')) {
		// JSON endpoints are outside SvelteKit's form CSRF check: refuse cross-site writes here.
		const origin = event.request.headers.get('origin');
		if (event.request.method !== 'GET' && origin !== null && origin !== event.url.origin) {
			return json({ message: 'Cross-site request refused.' }, { status: 403 });
		}
		if (!user && !PUBLIC_API.has(pathname)) return json({ message: 'Sign in first.' }, { status: 401 });
		return resolve(event);
	}

	if (PUBLIC_PAGES.has(pathname)) {
		if (user) redirect(303, homePath(user.role));
		return resolve(event);
	}
	// Every other page is part of the console.
	if (!user) {
		const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + event.url.search)}`;
		redirect(303, `/login${next}`);
	}
	if (pathname === '/') redirect(303, homePath(user.role));
	const section = sectionOfPath(pathname);
	if (section && !canUseSection(user.role, section)) {
		// Serve the console shell with a 403 status: the console's own guard then shows the
		// translated "not available for your role" page with a way home.
		const shell = await resolve(event);
		return new Response(shell.body, { status: 403, headers: shell.headers });
	}
	return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

export const handle = sequence(authenticate, guard, i18n);
