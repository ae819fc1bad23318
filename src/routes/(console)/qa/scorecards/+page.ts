import { error, redirect } from '@sveltejs/kit';
import type { Client } from '$lib/domain/directory';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import { loginPath } from '$lib/ui/me';
import type { PageLoad } from './$types';

/**
 * The clients the user sees (the quality section's guard already let only directors, associates
 * and heroes in) and the one asked for by `?client=`. Offline (no network, or 502–504) `clients`
 * is null: scorecards come from the server, and the page says so.
 */
export const load: PageLoad = async ({ fetch, url }) => {
	const clientId = url.searchParams.get('client');
	try {
		return { clients: await api<Client[]>(fetch, '/api/clients'), clientId };
	} catch (failure) {
		if (isNetworkError(failure)) return { clients: null, clientId };
		if (!(failure instanceof ApiError)) throw failure;
		if (failure.status >= 502 && failure.status <= 504) return { clients: null, clientId };
		if (failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		error(failure.status, { message: failure.message });
	}
};
