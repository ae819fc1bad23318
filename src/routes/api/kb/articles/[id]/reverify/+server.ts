import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readBody, requireRole } from '$lib/server/http';

const reverifyInput = z.object({ reason: z.string().trim().min(1, 'A reason is required').max(500) });

/**
 * `POST /api/kb/articles/:id/reverify` `{reason}` → `200 { ok: true }`: asks for the article to
 * be verified again (a QA review found it wrong). Directors, and associates of its client: the
 * writers of the article, checked by the service's own rule before the flag is set.
 */
export const POST = endpoint(async ({ locals, params, request }) => {
	const user = requireRole(locals, 'director', 'associate');
	const { reason } = await readBody(request, reverifyInput);
	await locals.app.kb.flagForReverification(user, params.id!, reason);
	return json({ ok: true });
});
