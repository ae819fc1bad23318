/**
 * Fuzzy-ish matching for filters and the command palette: every word of the query must occur
 * in the text, case- and accent-insensitively. Earlier and word-start matches score higher.
 */

export function normalize(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function words(query: string): string[] {
	return normalize(query).split(/\s+/).filter(Boolean);
}

/** A score ≥ 0 when every query word occurs in `text`, or -1. An empty query scores 0. */
export function matchScore(queryWords: readonly string[], text: string): number {
	const haystack = normalize(text);
	let score = 0;
	for (const word of queryWords) {
		const at = haystack.indexOf(word);
		if (at < 0) return -1;
		const wordStart = at === 0 || /[\s\-_/.@(]/.test(haystack[at - 1]!);
		score += (wordStart ? 10 : 2) + (at === 0 ? 5 : 0);
	}
	return score;
}

export function filterByQuery<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
	const queryWords = words(query);
	if (queryWords.length === 0) return [...items];
	return items.filter((item) => matchScore(queryWords, text(item)) >= 0);
}
