import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/**
 * Seeded randomness for demo data, QA sampling and tests. Same seed, same calls ⇒ same values,
 * on every runtime: nothing here reads a clock, `Math.random` or any IO.
 *
 * xoroshiro128+ because it is fast and jumpable: `fork()` hands out a stream 2^64 steps away, so
 * one part of a generator (say, the users of a demo) can draw more or fewer values without
 * shifting what another part (the clients) gets.
 */
export interface Random {
	/** Integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** Float in [0, 1). */
	float(): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** `count` distinct items (by position), in random order; all of them when count ≥ length. */
	sample<T>(items: readonly T[], count: number): T[];
	/** A shuffled copy; the input is left alone. */
	shuffle<T>(items: readonly T[]): T[];
	/** One item, each with probability proportional to its weight (weights ≥ 0, sum > 0). */
	weighted<T>(entries: readonly (readonly [item: T, weight: number])[]): T;
	/** A lowercase base32 (RFC 4648 alphabet) string, e.g. for deterministic ids. */
	id(length: number): string;
	/** An independent stream; this one moves on, so two forks in a row differ. */
	fork(): Random;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export function createRandom(seed: number): Random {
	if (!Number.isSafeInteger(seed)) throw new RangeError(`Seed must be an integer, got ${seed}`);
	return wrap(xoroshiro128plus(seed));
}

function wrap(rng: JumpableRandomGenerator): Random {
	const int = (min: number, max: number): number => {
		if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
			throw new RangeError(`Bad integer range [${min}, ${max}]`);
		}
		return uniformInt(rng, min, max);
	};

	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		// Fisher–Yates: every permutation equally likely.
		for (let i = copy.length - 1; i > 0; i--) {
			const j = int(0, i);
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		return copy;
	};

	return {
		int,
		float: () => uniformFloat64(rng),
		chance: (p) => uniformFloat64(rng) < p,
		pick(items) {
			if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		sample(items, count) {
			return shuffle(items).slice(0, Math.max(0, count));
		},
		shuffle,
		weighted(entries) {
			const total = entries.reduce((sum, [, weight]) => {
				if (!(weight >= 0)) throw new RangeError(`Weights must be ≥ 0, got ${weight}`);
				return sum + weight;
			}, 0);
			if (!(total > 0)) throw new RangeError('Weights must add up to more than 0');
			let target = uniformFloat64(rng) * total;
			for (const [item, weight] of entries) {
				target -= weight;
				if (target < 0) return item;
			}
			// Rounding can leave a sliver past the last bucket: it belongs to the last heavy item.
			return [...entries].reverse().find(([, weight]) => weight > 0)![0];
		},
		id(length) {
			let out = '';
			for (let i = 0; i < length; i++) out += BASE32[int(0, 31)];
			return out;
		},
		fork() {
			const child = rng.clone();
			child.jump();
			// Move this stream too, so the next fork() does not return the same child.
			rng.jump();
			rng.jump();
			return wrap(child);
		}
	};
}
