import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import type { PageLoad } from './$types';

/** Templates are the directors' (the `playbook` room refuses everyone else with 4403). */
export const load: PageLoad = async ({ params, parent }) => {
	const { me } = await parent();
	if (me.role !== 'director') error(403, { message: m.pbe_directors_only() });
	return { templateId: params.id };
};
