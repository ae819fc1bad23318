import { describe, expect, it } from 'vitest';
import { SerialByKey } from './serial';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('SerialByKey', () => {
	it('runs one task at a time per key, in call order, and keys independently', async () => {
		const serial = new SerialByKey();
		const log: string[] = [];
		const task = (name: string, ms: number) => async () => {
			log.push(`${name} start`);
			await new Promise((resolve) => setTimeout(resolve, ms));
			log.push(`${name} end`);
			return name;
		};
		const results = await Promise.all([
			serial.run('a', task('a1', 20)),
			serial.run('a', task('a2', 1)),
			serial.run('b', task('b1', 5))
		]);
		expect(results).toEqual(['a1', 'a2', 'b1']);
		expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
		// b does not wait for a.
		expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
		await tick();
		expect(serial.size).toBe(0);
	});

	it('keeps going after a failed task, and hands each caller its own outcome', async () => {
		const serial = new SerialByKey();
		const failed = serial.run('a', () => Promise.reject(new Error('boom')));
		const next = serial.run('a', () => Promise.resolve(2));
		await expect(failed).rejects.toThrow('boom');
		await expect(next).resolves.toBe(2);
		await tick();
		expect(serial.size).toBe(0);
	});
});
