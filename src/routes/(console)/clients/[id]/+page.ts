import type { Client } from '$lib/domain/directory';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, url }) => ({
	client: await loadJson<Client>(fetch, `/api/clients/${encodeURIComponent(params.id)}`, url)
});
