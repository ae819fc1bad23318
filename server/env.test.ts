import { describe, expect, it } from 'vitest';
import { readConfig } from './env';

describe('readConfig', () => {
	it('applies the documented defaults', () => {
		const result = readConfig({});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.config).toMatchObject({
			PORT: 3000,
			HOST: '127.0.0.1',
			DATA_DIR: './data',
			SEED_DEMO: true,
			DEMO_PASSWORD: 'demo-password'
		});
		expect(result.config.DATABASE_URL).toBeUndefined();
	});

	it('lists every problem at once', () => {
		const result = readConfig({
			PORT: 'eighty',
			DATABASE_URL: 'mysql://x',
			SEED_DEMO: 'maybe',
			DEMO_PASSWORD: 'short'
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(4);
		expect(result.errors.join('\n')).toMatch(/PORT/);
		expect(result.errors.join('\n')).toMatch(/DATABASE_URL: must be a postgres/);
	});

	it('treats empty values as unset and ignores unrelated variables', () => {
		const result = readConfig({ PORT: '', SEED_DEMO: '0', HOME: '/somewhere' });
		expect(result.ok && result.config.PORT).toBe(3000);
		expect(result.ok && result.config.SEED_DEMO).toBe(false);
	});
});
