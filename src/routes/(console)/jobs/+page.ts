import type { JobInfo } from '#server/jobs/types';
import { loadJson } from '$lib/ui/load';
import type { PageLoad } from './$types';

/** The jobs with their schedule and latest run: directors and admins (others: the 403 page). */
export const load: PageLoad = async ({ fetch, url }) => ({
	jobs: await loadJson<JobInfo[]>(fetch, '/api/jobs', url)
});
