import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
	it('blocks a key after its limit until the window ends, independently of other keys', () => {
		let now = 0;
		const limiter = new RateLimiter(3, 60_000, () => now);
		for (let i = 0; i < 3; i++) {
			expect(limiter.retryAfter('a')).toBe(0);
			limiter.hit('a');
		}
		expect(limiter.retryAfter('a')).toBe(60);
		expect(limiter.retryAfter('b')).toBe(0);
		now = 59_500;
		expect(limiter.retryAfter('a')).toBe(1);
		now = 60_000;
		expect(limiter.retryAfter('a')).toBe(0);
	});

	it('forgets a key on reset', () => {
		const limiter = new RateLimiter(1, 1000, () => 0);
		limiter.hit('a');
		expect(limiter.retryAfter('a')).toBeGreaterThan(0);
		limiter.reset('a');
		expect(limiter.retryAfter('a')).toBe(0);
	});
});
