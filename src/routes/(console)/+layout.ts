import { error, redirect } from '@sveltejs/kit';
import { canUseSection, sectionOfPath } from '$lib/domain/access';
import { m } from '$lib/paraglide/messages.js';
import { loadMe, loginPath } from '$lib/ui/me';
import type { LayoutLoad } from './$types';

// The console is a local-first SPA: it renders from the browser store, never on the server.
export const ssr = false;

/**
 * The client-side twin of the guard in hooks.server.ts: client-side navigations never reach
 * the server, so every navigation re-checks the session and the role's sections here.
 */
export const load: LayoutLoad = async ({ fetch, url }) => {
	const result = await loadMe(fetch);
	if (result.kind === 'signed-out') redirect(307, loginPath(url.pathname + url.search));
	const section = sectionOfPath(url.pathname);
	if (section && !canUseSection(result.me.role, section)) {
		error(403, { message: m.error_forbidden_role() });
	}
	return { me: result.me, offline: result.offline };
};
