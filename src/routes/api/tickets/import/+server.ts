import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { Language } from '#domain/access';
import { CSV_FIELDS, IMPORT_FORMATS, ImportFileError, MAX_IMPORT_BYTES, parseTicketImport, type CsvMapping } from '#domain/ticket-import/index';
import { ServiceError } from '#server/errors';
import { endpoint, readQuery, requireRole } from '$lib/server/http';

const mapping = z
	.string()
	.transform((text, ctx) => {
		try {
			return JSON.parse(text) as unknown;
		} catch {
			ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of field → column' });
			return z.NEVER;
		}
	})
	.pipe(z.partialRecord(z.enum(CSV_FIELDS, `mapping: fields are ${CSV_FIELDS.join(', ')}`), z.string().min(1)));

const importQuery = z.object({
	source: z.enum(IMPORT_FORMATS, `source must be one of ${IMPORT_FORMATS.join(', ')}`),
	clientId: z.string().min(1, 'clientId is required'),
	mapping: mapping.optional()
});

/**
 * `POST /api/tickets/import?source=csv|zendesk&clientId=[&mapping={"external_id":"Ticket ID",…}]`
 * with the file as the body → `{imported, updated, unchanged, rejected: [{row, reason}]}`;
 * idempotent by source and external id. A file that cannot be read as a whole (not CSV, a
 * missing column, not a Zendesk export, over 25 MiB) is a 400 (413 for its size) and changes
 * nothing; rows that cannot be read are reported and the others imported.
 *
 * With `Accept: application/x-ndjson` the answer streams: `{"progress":0.42}` lines while the
 * tickets are written, then `{"report":{…}}` (or `{"error":"…"}`).
 */
export const POST = endpoint(async ({ locals, url, request }) => {
	const user = requireRole(locals, 'director', 'associate');
	const query = readQuery(url, importQuery);
	const client = await locals.app.tickets.assertCanImport(user, query.clientId);
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > MAX_IMPORT_BYTES) throw new ServiceError(413, `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);

	let parsed;
	try {
		parsed = parseTicketImport(query.source, await request.text(), {
			mapping: query.mapping as CsvMapping | undefined,
			defaults: { language: client.languages[0] as Language, timeZone: client.timeZone }
		});
	} catch (error) {
		if (error instanceof ImportFileError) throw new ServiceError(400, error.message);
		throw error;
	}

	const run = (onProgress?: (done: number, total: number) => void) =>
		locals.app.tickets.importDrafts(user, query.clientId, parsed.drafts, onProgress).then((report) => ({
			imported: report.imported,
			updated: report.updated,
			unchanged: report.unchanged,
			rejected: [...parsed.rejected, ...report.rejected].sort((a, b) => a.row - b.row)
		}));

	if (!request.headers.get('accept')?.includes('application/x-ndjson')) return json(await run());
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
			try {
				send({ progress: 0 });
				send({ report: await run((done, total) => send({ progress: total === 0 ? 1 : done / total })) });
			} catch (error) {
				send({ error: ServiceError.is(error) ? error.message : 'Internal error.' });
				if (!ServiceError.is(error)) locals.app.log.error('ticket import', error);
			}
			controller.close();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' } });
});
