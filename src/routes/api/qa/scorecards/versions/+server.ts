import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

const versionsQuery = z.object({ clientId: z.string().min(1, 'clientId is required') });

/** `GET /api/qa/scorecards/versions?clientId=` → every version of the client's scorecard, newest first. */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const { clientId } = readQuery(url, versionsQuery);
	return json(await locals.app.scorecards.versions(user, clientId));
});
