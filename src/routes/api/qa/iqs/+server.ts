import { json } from '@sveltejs/kit';
import { iqsQuery } from '#server/services/qa';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

/**
 * `GET /api/qa/iqs?clientId=&groupBy=hero|language|week[&from=&to=]` → `[{key, iqs, reviews,
 * rated}]` by key: IQS (the mean score of the submitted, scored reviews) of the period, which
 * defaults to the 366 days up to today. Heroes get their own row only. See server/services/qa.ts.
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	return json(await locals.app.qa.iqs(user, readQuery(url, iqsQuery)));
});
