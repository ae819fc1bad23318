import type { RejectedRow } from '$lib/domain/ticket-import/index';

/**
 * Reading the answer of `POST /api/tickets/import` with `Accept: application/x-ndjson`:
 * `{"progress":0.42}` lines while the tickets are written, then `{"report":{…}}` or
 * `{"error":"…"}`. Pure, so the page's state class and its tests share it.
 */

export interface ImportReport {
	imported: number;
	updated: number;
	unchanged: number;
	rejected: RejectedRow[];
}

/** What one line of the stream says. */
export type StreamLine =
	| { kind: 'progress'; fraction: number }
	| { kind: 'report'; report: ImportReport }
	| { kind: 'error'; message: string };

/** Splits text arriving in chunks into whole lines; a line may span chunks. */
export class LineReader {
	#rest = '';

	/** The lines this chunk completes (without their line ending; blank lines skipped). */
	push(chunk: string): string[] {
		const parts = (this.#rest + chunk).split('\n');
		this.#rest = parts.pop() ?? '';
		return parts.map((line) => line.replace(/\r$/, '')).filter((line) => line.trim() !== '');
	}

	/** The last line, when the stream did not end with a line break. */
	end(): string[] {
		const last = this.#rest.trim();
		this.#rest = '';
		return last === '' ? [] : [last];
	}
}

/**
 * One line of the stream, or null for a line that says nothing we know. A plain JSON report
 * (`{imported, …}`, the answer without NDJSON) is read as a report too.
 */
export function readStreamLine(line: string): StreamLine | null {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const data = value as Record<string, unknown>;
	if (typeof data.progress === 'number' && Number.isFinite(data.progress)) {
		return { kind: 'progress', fraction: Math.min(1, Math.max(0, data.progress)) };
	}
	if (typeof data.error === 'string') return { kind: 'error', message: data.error };
	const report = asReport(data.report ?? data);
	return report ? { kind: 'report', report } : null;
}

function asReport(value: unknown): ImportReport | null {
	if (typeof value !== 'object' || value === null) return null;
	const { imported, updated, unchanged, rejected } = value as Record<string, unknown>;
	if (typeof imported !== 'number' || typeof updated !== 'number' || typeof unchanged !== 'number') return null;
	const rows = Array.isArray(rejected) ? rejected : [];
	return {
		imported,
		updated,
		unchanged,
		rejected: rows.flatMap((item: unknown) => {
			const { row, reason } = (item ?? {}) as Record<string, unknown>;
			return typeof row === 'number' && typeof reason === 'string' ? [{ row, reason }] : [];
		})
	};
}

/** The `message` of a JSON error answer ('' when the body is not one). */
export function errorMessageOf(body: string): string {
	try {
		const { message } = JSON.parse(body) as { message?: unknown };
		return typeof message === 'string' ? message : '';
	} catch {
		return '';
	}
}
