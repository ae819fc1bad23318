import { describe, expect, it } from 'vitest';
import { ApiError, api, parseRetryAfter } from './api';

const respond =
	(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch =>
	async () =>
		new Response(JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json', ...headers }
		});

describe('api()', () => {
	it('returns the JSON body of a 2xx answer', async () => {
		await expect(api(respond(200, { ok: true }), '/api/health')).resolves.toEqual({ ok: true });
	});

	it('turns errors into ApiError with message, issues per field and Retry-After', async () => {
		const error = await api(
			respond(
				400,
				{ message: 'name: too short', issues: [{ path: ['name'], message: 'too short' }] },
				{ 'retry-after': '90' }
			),
			'/api/clients'
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error).toMatchObject({
			status: 400,
			message: 'name: too short',
			issues: [{ field: 'name', message: 'too short' }],
			retryAfterSeconds: 90
		});
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('120')).toBe(120);
		expect(parseRetryAfter(null)).toBeNull();
		const now = Date.parse('2026-11-22T10:00:00Z');
		expect(parseRetryAfter('Sun, 22 Nov 2026 10:05:00 GMT', now)).toBe(300);
		expect(parseRetryAfter('soon')).toBeNull();
	});
});
