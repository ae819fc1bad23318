/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50 / p95 / p99 / max / mean of a list of milliseconds. */
export function summary(times) {
	const sorted = [...times].sort((a, b) => a - b);
	const mean = sorted.reduce((sum, ms) => sum + ms, 0) / (sorted.length || 1);
	return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, mean };
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
