import type { KbArticle } from '$lib/domain/kb';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

/** The articles the user may see (heroes: published ones only), optionally of one client. */
export const load: PageLoad = async ({ fetch, url }) => {
	const clientId = url.searchParams.get('client') ?? '';
	const query = clientId ? `?clientId=${encodeURIComponent(clientId)}` : '';
	return { clientId, articles: await loadJson<KbArticle[]>(fetch, `/api/kb/articles${query}`, url) };
};
