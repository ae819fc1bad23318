import { loadQaClients } from '../load-clients';
import type { PageLoad } from './$types';

/**
 * The clients the user sees (the quality section's guard already let only directors, associates
 * and heroes in) and the one asked for by `?client=`. Offline `clients` is null: scorecards come
 * from the server, and the page says so.
 */
export const load: PageLoad = ({ fetch, url }) => loadQaClients(fetch, url);
