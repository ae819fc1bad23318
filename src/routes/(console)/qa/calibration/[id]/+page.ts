import type { CalibrationSession } from '$lib/domain/qa/calibration-session';
import { loadOnline } from '../load';
import type { PageLoad } from './$types';

/** One session as the server shows it to this user (blind until revealed); null offline. */
export const load: PageLoad = async ({ fetch, parent, params, url }) => {
	const { me } = await parent();
	return { session: await loadOnline<CalibrationSession>(fetch, `/api/qa/calibrations/${encodeURIComponent(params.id)}`, url, me.role) };
};
