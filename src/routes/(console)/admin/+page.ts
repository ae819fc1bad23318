import type { User } from '$lib/domain/directory';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => ({
	users: await loadJson<User[]>(fetch, '/api/admin/users', url)
});
