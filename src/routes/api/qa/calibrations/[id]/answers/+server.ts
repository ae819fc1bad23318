import { calibrationAnswersInput } from '#domain/qa/calibration-session';
import { endpoint, readBody, requireUser } from '$lib/server/http';

/**
 * `PUT /api/qa/calibrations/:id/answers {ticketId, answers: [{categoryId, value}]}` → 204: the
 * caller's answers to that ticket, replacing the previous ones. Participants only, while open
 * and before their submit (409 after).
 */
export const PUT = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const input = await readBody(request, calibrationAnswersInput);
	await locals.app.qaCalibration.saveAnswers(user, params.id!, input);
	return new Response(null, { status: 204 });
});
