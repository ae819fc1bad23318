import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { loadQaClients } from '../load-clients';
import type { PageLoad } from './$types';

/** Resolving disputes is for directors and associates; heroes follow theirs on their results. */
export const load: PageLoad = async ({ fetch, url, parent }) => {
	const { me } = await parent();
	if (me.role !== 'director' && me.role !== 'associate') error(403, { message: m.error_forbidden_role() });
	return loadQaClients(fetch, url);
};
