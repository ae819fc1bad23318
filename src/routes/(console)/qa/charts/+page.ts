import type { Client } from '$lib/domain/directory';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

/** The clients the viewer sees, for the client filter (the chart data is fetched by the page). */
export const load: PageLoad = async ({ fetch, url }) => ({ clients: await loadJson<Client[]>(fetch, '/api/clients', url) });
