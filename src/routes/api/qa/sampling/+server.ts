import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { samplingSettings } from '#domain/qa/sampling';
import { endpoint, readBody, readQuery, requireRole } from '$lib/server/http';

const query = z.object({ clientId: z.string('clientId is required').min(1, 'clientId is required') });

/**
 * `GET /api/qa/sampling?clientId=` → `{clientId, settings, updatedAt, updatedBy}`: the client's
 * weekly QA sampling rules (the defaults until a director saves some). Directors and the
 * client's associates.
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireRole(locals, 'director', 'associate');
	return json(await locals.app.qaSampling.get(user, readQuery(url, query).clientId));
});

/**
 * `PUT /api/qa/sampling?clientId=` with SamplingSettings (absent fields take their defaults) →
 * the stored record. Directors only; the next weekly run samples with them.
 */
export const PUT = endpoint(async ({ locals, url, request }) => {
	const user = requireRole(locals, 'director');
	const { clientId } = readQuery(url, query);
	return json(await locals.app.qaSampling.put(user, clientId, await readBody(request, samplingSettings)));
});
