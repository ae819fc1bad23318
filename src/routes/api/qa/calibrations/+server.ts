import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { calibrationInput } from '#domain/qa/calibration-session';
import { endpoint, readBody, readQuery, requireUser } from '$lib/server/http';

const listQuery = z.object({ clientId: z.string().trim().min(1, 'clientId must not be empty').optional() });

/**
 * `GET /api/qa/calibrations[?clientId=]` → the calibration sessions the caller may see, newest
 * first (directors every client's, associates their clients'; heroes and admins 403).
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const { clientId } = readQuery(url, listQuery);
	return json(await locals.app.qaCalibration.list(user, clientId));
});

/** `POST /api/qa/calibrations {clientId, name, ticketIds, participantIds}` → 201 `{id}`. Rules: server/services/qa-calibration.ts. */
export const POST = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const input = await readBody(request, calibrationInput);
	return json(await locals.app.qaCalibration.create(user, input), { status: 201 });
});
