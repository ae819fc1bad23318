import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { loadQaClients } from '../load-clients';
import type { PageLoad } from './$types';

/** A hero's own results: other roles read reviews in the queue and the reports. */
export const load: PageLoad = async ({ fetch, url, parent }) => {
	const { me } = await parent();
	if (me.role !== 'hero') error(403, { message: m.error_forbidden_role() });
	return loadQaClients(fetch, url);
};
