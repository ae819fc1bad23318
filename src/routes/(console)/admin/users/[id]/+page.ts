import { error } from '@sveltejs/kit';
import type { Client, User } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

// The API lists users but has no single-user read: the list is small (a BPO's staff).
export const load: PageLoad = async ({ fetch, params, url }) => {
	const [users, clients] = await Promise.all([
		loadJson<User[]>(fetch, '/api/admin/users', url),
		loadJson<Client[]>(fetch, '/api/clients', url)
	]);
	const user = users.find((u) => u.id === params.id);
	if (!user) error(404, { message: m.error_not_found() });
	return { user, clients };
};
