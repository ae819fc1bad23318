import type { KbArticle } from '$lib/domain/kb';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import type { PageLoad } from './$types';

/**
 * The article's row (status, published revision) when the server answers; the content itself
 * comes from the article's rooms, which also work offline. Heroes only get published articles'
 * rows, so `article` is null for a draft they may not see.
 */
export const load: PageLoad = async ({ fetch, params }) => {
	let article: KbArticle | null = null;
	try {
		const list = await api<KbArticle[]>(fetch, `/api/kb/articles?clientId=${encodeURIComponent(params.client)}`);
		article = list.find((a) => a.id === params.article) ?? null;
	} catch (failure) {
		if (!isNetworkError(failure) && !(failure instanceof ApiError && failure.status >= 502)) throw failure;
	}
	return { clientId: params.client, articleId: params.article, article };
};
