import { describe, expect, it } from 'vitest';
import { filterByQuery, matchScore, normalize, words } from './match';

describe('matching', () => {
	it('ignores case and accents', () => {
		expect(normalize('Léa MARTIN')).toBe('lea martin');
		expect(filterByQuery(['Léa Martin', 'Leo Marsh'], 'le mar', (x) => x)).toEqual(['Léa Martin', 'Leo Marsh']);
		expect(filterByQuery(['Léa Martin', 'Leo Marsh'], 'LEA', (x) => x)).toEqual(['Léa Martin']);
	});

	it('needs every word, in any order', () => {
		const q = words('bank groen');
		expect(matchScore(q, 'Groenhaven Bank')).toBeGreaterThan(0);
		expect(matchScore(q, 'Kronvall Bank')).toBe(-1);
	});

	it('ranks word starts above matches inside a word', () => {
		const q = words('air');
		expect(matchScore(q, 'Air Lines')).toBeGreaterThan(matchScore(q, 'Fair Play'));
		expect(matchScore(q, 'Zephyr Air')).toBeGreaterThan(matchScore(q, 'Fair Play'));
	});

	it('keeps everything for an empty query', () => {
		expect(filterByQuery(['a', 'b'], '   ', (x) => x)).toEqual(['a', 'b']);
	});
});
