import { error, redirect } from '@sveltejs/kit';
import type { Client } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import { loginPath } from '$lib/ui/me';
import { canImportTickets } from './import.svelte';
import type { PageLoad } from './$types';

/**
 * Directors and associates only (others: the 403 page, as the API would answer), with the
 * clients the user sees. Offline (no network, or 502–504) `clients` is null: an import needs
 * the server, and the page says so.
 */
export const load: PageLoad = async ({ fetch, parent, url }) => {
	const { me } = await parent();
	if (!canImportTickets(me.role)) error(403, { message: m.error_forbidden_role() });
	try {
		return { clients: await api<Client[]>(fetch, '/api/clients') };
	} catch (failure) {
		if (isNetworkError(failure)) return { clients: null };
		if (!(failure instanceof ApiError)) throw failure;
		if (failure.status >= 502 && failure.status <= 504) return { clients: null };
		if (failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		error(failure.status, { message: failure.message });
	}
};
