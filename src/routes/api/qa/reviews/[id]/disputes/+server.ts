import { json } from '@sveltejs/kit';
import { disputeInput } from '#domain/qa/disputes';
import { endpoint, readBody, requireUser } from '$lib/server/http';

/**
 * `POST /api/qa/reviews/:id/disputes` `{categoryId, comment}` → 201 `{id}`: the review's hero
 * disputes a category of their submitted review. Rules: server/services/qa-disputes.ts.
 */
export const POST = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const input = await readBody(request, disputeInput);
	return json(await locals.app.qaDisputes.raise(user, params.id!, input), { status: 201 });
});
