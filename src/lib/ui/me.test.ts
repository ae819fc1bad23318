import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './me';

describe('safeNext: where to go after signing in', () => {
	it('keeps same-origin paths with their search and hash', () => {
		expect(safeNext('/clients/abc?x=1')).toBe('/clients/abc?x=1');
		expect(safeNext('/kb#top')).toBe('/kb#top');
	});

	it('refuses anything that could leave the site', () => {
		for (const next of [null, '', 'clients', 'https://evil.test/', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)']) {
			expect(safeNext(next)).toBeNull();
		}
	});

	it('round-trips through the login URL', () => {
		const url = new URL(loginPath('/clients/abc?x=1&y=2'), 'http://localhost');
		expect(safeNext(url.searchParams.get('next'))).toBe('/clients/abc?x=1&y=2');
	});
});
