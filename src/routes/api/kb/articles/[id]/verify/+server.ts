import { json } from '@sveltejs/kit';
import { endpoint, requireRole } from '$lib/server/http';

/** Marks the article verified now, by the caller: `200 { ok: true }`. */
export const POST = endpoint(async ({ locals, params }) => {
	const user = requireRole(locals, 'director', 'associate');
	await locals.app.kb.verify(user, params.id!);
	return json({ ok: true });
});
