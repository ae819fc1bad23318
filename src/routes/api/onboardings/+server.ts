import { json } from '@sveltejs/kit';
import { onboardingListQuery, onboardingStart } from '#domain/playbooks/api';
import { ServiceError } from '#server/errors';
import { endpoint, readBody, readQuery, requireRole, requireUser } from '$lib/server/http';

/** `GET /api/onboardings[?clientId=&directorId=&status=]` → OnboardingSummary[] (directors all, associates their clients'). */
export const GET = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	return json(await locals.app.onboardings.list(user, readQuery(url, onboardingListQuery)));
});

/**
 * `POST /api/onboardings {templateId, clientId, kickoff, goLive?, directorId?, associateId?,
 * clientContact?, name?}` → 201 `{id}`; 400 with `problems` when the template has some. Directors only.
 */
export const POST = endpoint(async ({ locals, request }) => {
	const user = requireRole(locals, 'director');
	const input = await readBody(request, onboardingStart).catch((error: unknown) => {
		// The contract's 400 carries `error` (and `problems` when the template has some).
		if (ServiceError.is(error)) Object.assign(error.details, { error: error.message });
		throw error;
	});
	return json(await locals.app.onboardings.start(user, input), { status: 201 });
});
