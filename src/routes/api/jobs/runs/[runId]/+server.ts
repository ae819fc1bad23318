import { json } from '@sveltejs/kit';
import { endpoint, requireRole } from '$lib/server/http';

/**
 * `GET /api/jobs/runs/:runId` → `{id, job, trigger, status, progress, note, startedAt,
 * finishedAt, summary, inputsHash, outputsHash, error}` (JobRun); `error` is a message only.
 */
export const GET = endpoint(async ({ locals, params }) => {
	requireRole(locals, 'director', 'admin');
	return json(await locals.app.jobs.getRun(params.runId!));
});
