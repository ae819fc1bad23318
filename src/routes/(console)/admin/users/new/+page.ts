import type { Client } from '$lib/domain/directory';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => ({
	clients: await loadJson<Client[]>(fetch, '/api/clients', url)
});
