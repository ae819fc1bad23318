import { json } from '@sveltejs/kit';
import { templateChangesTake } from '#domain/playbooks/api';
import { endpoint, readBody, requireRole, requireUser } from '$lib/server/http';

/** `GET /api/onboardings/:id/template-changes` → `{changes, baseAt, templateUpdatedAt}`. */
export const GET = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await locals.app.onboardings.templateChanges(user, params.id!));
});

/** `POST /api/onboardings/:id/template-changes {take: [changeId…]}` → `{taken, dismissed}`. Directors only. */
export const POST = endpoint(async ({ locals, request, params }) => {
	const user = requireRole(locals, 'director');
	const { take } = await readBody(request, templateChangesTake);
	return json(await locals.app.onboardings.takeTemplateChanges(user, params.id!, take));
});
