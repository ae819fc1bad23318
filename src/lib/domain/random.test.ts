import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

function draws(seed: number) {
	const rng = createRandom(seed);
	return {
		ints: Array.from({ length: 20 }, () => rng.int(1, 6)),
		float: rng.float(),
		pick: rng.pick(['a', 'b', 'c']),
		sample: rng.sample([1, 2, 3, 4, 5, 6, 7, 8], 3),
		shuffle: rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8]),
		weighted: rng.weighted([
			['x', 1],
			['y', 2]
		] as const),
		id: rng.id(12),
		forked: rng.fork().int(0, 1_000_000)
	};
}

describe('createRandom', () => {
	it('gives the same values for the same seed and different ones for another seed', () => {
		expect(draws(42)).toEqual(draws(42));
		expect(draws(42)).not.toEqual(draws(43));
	});

	it('keeps ints within bounds, both ends reachable', () => {
		const rng = createRandom(1);
		const seen = new Set(Array.from({ length: 500 }, () => rng.int(-2, 2)));
		expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
		expect(() => rng.int(3, 1)).toThrow(RangeError);
	});

	it('samples distinct items and shuffles without touching the input', () => {
		const rng = createRandom(7);
		const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const sample = rng.sample(input, 4);
		expect(new Set(sample).size).toBe(4);
		expect(sample.every((n) => input.includes(n))).toBe(true);
		expect(rng.sample(input, 99)).toHaveLength(10);
		expect(rng.shuffle(input).sort((a, b) => a - b)).toEqual([...input]);
	});

	it('follows the weights and never picks a zero-weight item', () => {
		const rng = createRandom(3);
		const counts = { a: 0, b: 0, never: 0 };
		for (let i = 0; i < 4000; i++) {
			counts[
				rng.weighted([
					['a', 1],
					['b', 3],
					['never', 0]
				] as const)
			]++;
		}
		expect(counts.never).toBe(0);
		expect(counts.b / counts.a).toBeGreaterThan(2.5);
		expect(counts.b / counts.a).toBeLessThan(3.5);
		expect(() => rng.weighted([['a', 0]] as const)).toThrow(RangeError);
	});

	it('makes base32 ids of the asked length', () => {
		expect(createRandom(5).id(16)).toMatch(/^[a-z2-7]{16}$/);
	});

	it('forks independent streams: two forks in a row differ', () => {
		const rng = createRandom(9);
		const a = rng.fork();
		const b = rng.fork();
		expect(Array.from({ length: 5 }, () => a.int(0, 1e9))).not.toEqual(
			Array.from({ length: 5 }, () => b.int(0, 1e9))
		);
	});
});
