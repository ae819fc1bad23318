import { describe, expect, it } from 'vitest';
import { seriesColour, toLines } from './series';

describe('toLines', () => {
	it('makes one series per key over the sorted x categories, gaps left out', () => {
		const { xs, series } = toLines(
			[
				{ w: 'W2', k: 'a', v: 0.5 },
				{ w: 'W1', k: 'b', v: null },
				{ w: 'W1', k: 'a', v: 1 }
			],
			(p) => ({ x: p.w, key: p.k, value: p.v }),
			(key) => key.toUpperCase()
		);
		expect(xs).toEqual(['W1', 'W2']);
		expect(series.map((s) => [s.key, s.label, Object.fromEntries(s.values)])).toEqual([
			['a', 'A', { W2: 0.5, W1: 1 }],
			['b', 'B', { W1: null }]
		]);
	});

	it('cycles through the design system colours', () => {
		expect([seriesColour(0), seriesColour(7), seriesColour(8)]).toEqual(['var(--chart-1)', 'var(--chart-8)', 'var(--chart-1)']);
	});
});
