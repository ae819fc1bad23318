import { error, redirect } from '@sveltejs/kit';
import type { Client } from '$lib/domain/directory';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import { loginPath } from '$lib/ui/me';

/**
 * The clients the user sees, for QA pages that work online only (scorecards, results, disputes): null when
 * offline (no network, or 502–504), and the page says so.
 */
export async function loadQaClients(fetchFn: typeof fetch, url: URL): Promise<{ clients: Client[] | null; clientId: string | null }> {
	const clientId = url.searchParams.get('client');
	try {
		return { clients: await api<Client[]>(fetchFn, '/api/clients'), clientId };
	} catch (failure) {
		if (isNetworkError(failure)) return { clients: null, clientId };
		if (!(failure instanceof ApiError)) throw failure;
		if (failure.status >= 502 && failure.status <= 504) return { clients: null, clientId };
		if (failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		error(failure.status, { message: failure.message });
	}
}
