import { error } from '@sveltejs/kit';
import type { PlaybookSummary } from '$lib/domain/playbooks/model';
import { m } from '$lib/paraglide/messages.js';
import { isNetworkError } from '$lib/ui/api';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

/** The template library (directors): from the server, archived ones too when asked. */
export const load: PageLoad = async ({ fetch, parent, url, depends }) => {
	const { me } = await parent();
	if (me.role !== 'director') error(403, { message: m.pbe_directors_only() });
	depends('app:playbook-templates');
	const archived = url.searchParams.get('archived') === '1';
	try {
		const templates = await loadJson<PlaybookSummary[]>(fetch, `/api/playbooks${archived ? '?archived=1' : ''}`, url);
		return { templates, archived };
	} catch (failure) {
		if (isNetworkError(failure)) return { templates: null, archived };
		throw failure;
	}
};
