const BRAND = Symbol.for('ops-console.service-error');

/**
 * An error whose message is safe to show to the caller, with the HTTP status it maps to.
 * Recognised by brand rather than `instanceof`: the composition root and SvelteKit's server
 * bundle each carry their own copy of this class.
 */
export class ServiceError extends Error {
	readonly [BRAND] = true;

	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
		message: string,
		readonly headers: Record<string, string> = {},
		/** More fields of the JSON answer beside `message` (e.g. a template's `problems`). */
		readonly details: Record<string, unknown> = {}
	) {
		super(message);
		this.name = 'ServiceError';
	}

	static is(error: unknown): error is ServiceError {
		return typeof error === 'object' && error !== null && BRAND in error;
	}
}
