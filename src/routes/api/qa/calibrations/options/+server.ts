import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

const query = z.object({ clientId: z.string('clientId is required').trim().min(1, 'clientId is required') });

/**
 * `GET /api/qa/calibrations/options?clientId=` → what a new session picks from: the client's
 * 200 most recent tickets, the directors and associates who may take part, the current scorecard.
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const { clientId } = readQuery(url, query);
	return json(await locals.app.qaCalibration.options(user, clientId));
});
