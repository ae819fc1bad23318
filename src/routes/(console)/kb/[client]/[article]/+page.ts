import type { PageLoad } from './$types';

/** Everything else comes from the article's room, which also works offline. */
export const load: PageLoad = ({ params }) => ({ clientId: params.client, articleId: params.article });
