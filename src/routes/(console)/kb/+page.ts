import { redirect } from '@sveltejs/kit';
import type { KbArticle } from '$lib/domain/kb';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import { loginPath } from '$lib/ui/me';
import type { PageLoad } from './$types';

/**
 * The articles the user may see (heroes: published ones only), optionally of one client. With
 * no network `articles` is null and the page lists the published articles kept on this device.
 */
export const load: PageLoad = async ({ fetch, url }) => {
	const clientId = url.searchParams.get('client') ?? '';
	const query = clientId ? `?clientId=${encodeURIComponent(clientId)}` : '';
	try {
		return { clientId, articles: await api<KbArticle[]>(fetch, `/api/kb/articles${query}`) };
	} catch (failure) {
		if (isNetworkError(failure)) return { clientId, articles: null };
		if (failure instanceof ApiError && failure.status >= 502 && failure.status <= 504) return { clientId, articles: null };
		if (failure instanceof ApiError && failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		throw failure;
	}
};
