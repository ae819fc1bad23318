/**
 * The browser's one way to call the JSON API. Every non-2xx answer becomes an `ApiError`
 * carrying the status, the server's message, its validation issues and Retry-After.
 */

export interface ApiIssue {
	/** First segment of the issue's path ("name", "timeZone"…), or "" for the whole input. */
	field: string;
	message: string;
}

export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly issues: ApiIssue[] = [],
		readonly retryAfterSeconds: number | null = null
	) {
		super(message);
		this.name = 'ApiError';
	}
}

type Fetch = typeof fetch;

interface RequestOptions {
	method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
	body?: unknown;
}

export async function api<T>(fetchFn: Fetch, path: string, options: RequestOptions = {}): Promise<T> {
	const init: RequestInit = {
		method: options.method ?? 'GET',
		headers: { accept: 'application/json' }
	};
	if (options.body !== undefined) {
		init.headers = { ...init.headers, 'content-type': 'application/json' };
		init.body = JSON.stringify(options.body);
	}
	const response = await fetchFn(path, init);
	const payload: unknown = await response.json().catch(() => null);
	if (!response.ok) throw toApiError(response, payload);
	return payload as T;
}

function toApiError(response: Response, payload: unknown): ApiError {
	const body = (payload ?? {}) as { message?: unknown; issues?: unknown };
	const message = typeof body.message === 'string' ? body.message : response.statusText;
	return new ApiError(
		response.status,
		message,
		parseIssues(body.issues),
		parseRetryAfter(response.headers.get('retry-after'))
	);
}

function parseIssues(raw: unknown): ApiIssue[] {
	if (!Array.isArray(raw)) return [];
	return raw.flatMap((item: unknown) => {
		if (!item || typeof item !== 'object') return [];
		const { path, message } = item as { path?: unknown; message?: unknown };
		if (typeof message !== 'string') return [];
		const first = Array.isArray(path) ? path[0] : path;
		return [{ field: first === undefined || first === null ? '' : String(first), message }];
	});
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
	if (!value) return null;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
	const date = Date.parse(value);
	return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** True when the request never reached the server (offline, DNS, connection refused). */
export function isNetworkError(error: unknown): boolean {
	return error instanceof TypeError;
}
