import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { scorecardInput } from '#domain/qa/scorecard';
import { ServiceError } from '#server/errors';
import { endpoint, readBody, readQuery, requireRole, requireUser } from '$lib/server/http';

/** A query parameter that is a whole number from `min`, named in its error message. */
const wholeNumber = (name: string, min: number) => {
	const message = `${name} must be a whole number from ${min}`;
	return z.coerce.number(message).int(message).min(min, message);
};

const getQuery = z.object({
	clientId: z.string().min(1, 'clientId is required'),
	version: wholeNumber('version', 1).optional()
});

const saveQuery = z.object({
	clientId: z.string().min(1, 'clientId is required'),
	baseVersion: wholeNumber('baseVersion', 0).optional()
});

/**
 * `GET /api/qa/scorecards?clientId=[&version=]` → the client's current scorecard version (or the
 * one asked for) with `createdByName`; 404 when it has none. Directors, and the associates and
 * heroes assigned to the client.
 */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const { clientId, version } = readQuery(url, getQuery);
	if (version !== undefined) return json(await locals.app.scorecards.get(user, clientId, version));
	const current = await locals.app.scorecards.currentFor(user, clientId);
	if (!current) throw new ServiceError(404, 'This client has no scorecard yet.');
	return json(current);
});

/**
 * `PUT /api/qa/scorecards?clientId=[&baseVersion=]` with a ScorecardInput → 201 and the new
 * version, or 200 and the current version when the input changes nothing. Directors only. With
 * `baseVersion` (the version the edit started from, 0 for none) a save made stale by another
 * director's is refused with 409.
 */
export const PUT = endpoint(async ({ locals, url, request }) => {
	const user = requireRole(locals, 'director');
	const { clientId, baseVersion } = readQuery(url, saveQuery);
	const input = await readBody(request, scorecardInput);
	const { scorecard, created } = await locals.app.scorecards.saveVersion(user, clientId, input, { baseVersion });
	return json(scorecard, { status: created ? 201 : 200 });
});
