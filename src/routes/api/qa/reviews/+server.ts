import { json } from '@sveltejs/kit';
import { reviewsCsv, reviewsQuery } from '#server/services/qa';
import { endpoint, readQuery, requireUser } from '$lib/server/http';

/**
 * `GET /api/qa/reviews?clientId=&from=&to=[&status=submitted|open][&format=json|csv]` → the
 * client's reviews of the period (days in the client's time zone, both included, at most 366)
 * with their category answers; as CSV, one row per review and a `category:<id>` column per
 * category. Rules and shapes: server/services/qa.ts.
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const query = readQuery(url, reviewsQuery);
	const reviews = await locals.app.qa.reviews(user, query);
	if (query.format === 'json') return json(reviews);
	const filename = `qa-reviews-${query.clientId}-${query.from}-${query.to}.csv`;
	return new Response(reviewsCsv(reviews), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` }
	});
});
