import { redirect } from '@sveltejs/kit';
import { homePath } from '$lib/domain/access';
import { loadMe } from '$lib/ui/me';
import type { PageLoad } from './$types';

export const ssr = false;

/** `/` is nobody's page: signed-in users go to their home section, others to sign in. */
export const load: PageLoad = async ({ fetch }) => {
	const result = await loadMe(fetch);
	redirect(307, result.kind === 'signed-in' ? homePath(result.me.role) : '/login');
};
