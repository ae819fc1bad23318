import { json } from '@sveltejs/kit';
import { verificationPatch } from '#domain/kb';
import { endpoint, readBody, requireRole } from '$lib/server/http';

/** Changes an article's owner and verification interval: `{ ownerId?, verifyIntervalDays? }`. */
export const PATCH = endpoint(async ({ locals, request, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	const change = await readBody(request, verificationPatch);
	await locals.app.kb.setVerification(user, params.id!, change);
	return json({ ok: true });
});
