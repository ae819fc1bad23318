import { error } from '@sveltejs/kit';
import { canEditClients } from '$lib/domain/access';
import { m } from '$lib/paraglide/messages.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { me } = await parent();
	if (!canEditClients(me.role)) error(403, { message: m.error_forbidden_action() });
	return {};
};
