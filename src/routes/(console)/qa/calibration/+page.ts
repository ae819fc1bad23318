import type { Client } from '$lib/domain/directory';
import type { CalibrationSummary } from '$lib/domain/qa/calibration-session';
import { loadOnline } from './load';
import type { PageLoad } from './$types';

/** The sessions the user sees and the clients a new one may be for; both null offline. */
export const load: PageLoad = async ({ fetch, parent, url }) => {
	const { me } = await parent();
	const [sessions, clients] = await Promise.all([
		loadOnline<CalibrationSummary[]>(fetch, '/api/qa/calibrations', url, me.role),
		loadOnline<Client[]>(fetch, '/api/clients', url, me.role)
	]);
	return { sessions, clients };
};
