import { exportQuery } from '#domain/playbooks/api';
import { endpoint, readQuery, requireUser } from '$lib/server/http';
import { exportLabels } from '$lib/server/playbook-export';

/** `GET /api/onboardings/:id/export?format=md|pdf` → the project as a file download named after the client and project, in the reader's language. */
export const GET = endpoint(async ({ locals, params, url }) => {
	const user = requireUser(locals);
	const { format } = readQuery(url, exportQuery);
	const file = await locals.app.onboardings.export(user, params.id!, format, exportLabels());
	return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`
		}
	});
});
