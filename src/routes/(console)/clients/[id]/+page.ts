import { error, redirect } from '@sveltejs/kit';
import type { Client } from '$lib/domain/directory';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import { loginPath } from '$lib/ui/me';
import type { PageLoad } from './$types';

/**
 * The client from the server. Offline (no network, or a gateway or the service worker answering
 * 502–504) the page shows the copy in the local store instead, so the notes open offline too.
 * Other failures as loadJson (src/lib/ui/load.ts): 401 to sign-in, the rest to the error page.
 */
export const load: PageLoad = async ({ fetch, params, url }) => {
	try {
		return { clientId: params.id, client: await api<Client>(fetch, `/api/clients/${encodeURIComponent(params.id)}`) };
	} catch (failure) {
		if (isNetworkError(failure)) return { clientId: params.id, client: null };
		if (!(failure instanceof ApiError)) throw failure;
		if (failure.status >= 502 && failure.status <= 504) return { clientId: params.id, client: null };
		if (failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		error(failure.status, { message: failure.message });
	}
};
