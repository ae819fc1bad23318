/**
 * Chart data shapes and the pure helpers the chart components share: series colours from the
 * design system's variables, and points grouped into lines.
 */

/** One line of a LineChart: a value (or a gap) per x category. */
export interface LineSeries {
	key: string;
	label: string;
	/** By x category; missing or null = no point there (the line breaks). */
	values: ReadonlyMap<string, number | null>;
}

/** One bar of a BarChart or Histogram. */
export interface Bar {
	key: string;
	label: string;
	value: number;
	/** A shorter label for the axis where space is tight (the histogram's bins); defaults to label. */
	tick?: string;
	/** What the bar's tooltip and accessible name add to label and value. */
	detail?: string;
}

export const SERIES_COLOURS = 8;

/** The CSS colour of the n-th series: `--chart-1` … `--chart-8`, then again. */
export const seriesColour = (index: number) => `var(--chart-${(index % SERIES_COLOURS) + 1})`;

/**
 * Points `{x, key, value}` as one series per key, keys in first-seen order, and the sorted x
 * categories: what LineChart draws. `label` names a key.
 */
export function toLines<P>(
	points: readonly P[],
	read: (point: P) => { x: string; key: string; value: number | null },
	label: (key: string) => string
): { xs: string[]; series: LineSeries[] } {
	const xs = new Set<string>();
	const byKey = new Map<string, Map<string, number | null>>();
	for (const point of points) {
		const { x, key, value } = read(point);
		xs.add(x);
		const values = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
		values.set(x, value);
	}
	return {
		xs: [...xs].sort(),
		series: [...byKey].map(([key, values]) => ({ key, label: label(key), values }))
	};
}
