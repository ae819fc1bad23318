import { json } from '@sveltejs/kit';
import { dashboardQuery } from '#domain/qa/dashboard';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

/**
 * `GET /api/qa/dashboard?[clientId=][&from=&to=][&groupBy=hero|client|language]` → every chart
 * series of the period at once (IQS per week and group, categories, score distribution, and for
 * directors and associates reviewer consistency and dispute rate). No clientId: every client the
 * caller sees. Formulas: src/lib/domain/qa/dashboard.ts; walls: server/services/qa-dashboard.ts.
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	return json(await locals.app.qaDashboard.dashboard(user, readQuery(url, dashboardQuery)));
});
