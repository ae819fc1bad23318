import { json } from '@sveltejs/kit';
import { playbookPatch } from '#domain/playbooks/api';
import { endpoint, readBody, requireRole, requireUser } from '$lib/server/http';

/** `GET /api/playbooks/:id` → its PlaybookSummary. */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.playbooks.get(user, params.id!));
});

/** `PATCH /api/playbooks/:id {archived}` → PlaybookSummary: archive or restore a template. */
export const PATCH = endpoint(async ({ locals, request, params }) => {
	const user = requireRole(locals, 'director');
	const { archived } = await readBody(request, playbookPatch);
	return json(await locals.app.playbooks.setArchived(user, params.id!, archived));
});
