import { describe, expect, it } from 'vitest';
import { QaInputError, type Category, type Scale } from './scorecard';
import {
	answersInput,
	categoryScore,
	formatPercent,
	iqs,
	iqsBy,
	scoreReview,
	SCORING_FORMULAS,
	validateAnswers,
	type Answer
} from './scoring';

const cat = (id: string, extra: Partial<Category> = {}): Category => ({
	id,
	name: id[0]!.toUpperCase() + id.slice(1),
	weight: 1,
	scale: '5',
	allowNA: false,
	critical: false,
	bonus: false,
	...extra
});

const card = (...categories: Category[]) => ({ categories });
const answers = (values: Record<string, number | 'na'>): Answer[] =>
	Object.entries(values).map(([categoryId, value]) => ({ categoryId, value }));

describe('categoryScore', () => {
	it('maps binary and every n-point scale from min (0) through mid to max (1)', () => {
		const expected: [Scale, number, number][] = [
			['binary', 0, 0],
			['binary', 1, 1],
			['3', 1, 0],
			['3', 2, 0.5],
			['3', 3, 1],
			['4', 1, 0],
			['4', 2, 0.333333333],
			['4', 3, 0.666666667],
			['4', 4, 1],
			['5', 1, 0],
			['5', 2, 0.25],
			['5', 3, 0.5],
			['5', 4, 0.75],
			['5', 5, 1]
		];
		for (const [scale, value, score] of expected) expect(categoryScore(cat('x', { scale }), value), `${scale}: ${value}`).toBe(score);
	});

	it('gives null for N/A and refuses values off the scale', () => {
		expect(categoryScore(cat('x', { allowNA: true }), 'na')).toBeNull();
		expect(() => categoryScore(cat('x'), 6)).toThrow(QaInputError);
		expect(() => categoryScore(cat('x'), 'na')).toThrow('Category "X" cannot be N/A');
	});
});

describe('scoreReview', () => {
	it('is the weighted mean of the category scores', () => {
		// (1 × 1 + 0.75 × 2 + 0.5 × 1) / (1 + 2 + 1) = 3 / 4
		const scorecard = card(cat('greeting', { scale: 'binary' }), cat('tone', { weight: 2 }), cat('solution', { scale: '3' }));
		const result = scoreReview(scorecard, answers({ greeting: 1, tone: 4, solution: 2 }));
		expect(result).toEqual({
			score: 0.75,
			categories: [
				{ categoryId: 'greeting', score: 1, failedCritical: false },
				{ categoryId: 'tone', score: 0.75, failedCritical: false },
				{ categoryId: 'solution', score: 0.5, failedCritical: false }
			],
			criticalFailed: false
		});
	});

	it('leaves N/A categories out of both sums', () => {
		// (0.5 × 1) / 1: tone's weight 3 is not in the denominator.
		const scorecard = card(cat('greeting', { scale: '3' }), cat('tone', { weight: 3, allowNA: true }));
		const result = scoreReview(scorecard, answers({ greeting: 2, tone: 'na' }));
		expect(result.score).toBe(0.5);
		expect(result.categories[1]).toEqual({ categoryId: 'tone', score: null, failedCritical: false });
	});

	it('scores 0 when a critical category fails, and normally when it passes or is N/A', () => {
		const scorecard = card(cat('greeting', { weight: 3 }), cat('privacy', { scale: 'binary', critical: true, allowNA: true }));
		const failed = scoreReview(scorecard, answers({ greeting: 5, privacy: 0 }));
		expect(failed.score).toBe(0);
		expect(failed.criticalFailed).toBe(true);
		expect(failed.categories.map((c) => c.failedCritical)).toEqual([false, true]);
		expect(scoreReview(scorecard, answers({ greeting: 3, privacy: 1 }))).toMatchObject({ score: 0.625, criticalFailed: false }); // (0.5 × 3 + 1) / 4
		expect(scoreReview(scorecard, answers({ greeting: 3, privacy: 'na' }))).toMatchObject({ score: 0.5, criticalFailed: false });

		// On a scale only the lowest value fails: 2 of 5 scores 0.25 like any category.
		const scaled = card(cat('solution', { critical: true }), cat('tone'));
		expect(scoreReview(scaled, answers({ solution: 1, tone: 5 })).score).toBe(0);
		expect(scoreReview(scaled, answers({ solution: 2, tone: 5 }))).toMatchObject({ score: 0.625, criticalFailed: false }); // (0.25 + 1) / 2
	});

	it('adds bonus categories to the numerator only, capped at 100 %', () => {
		const scorecard = card(cat('tone', { weight: 4 }), cat('extra', { scale: 'binary', weight: 1, bonus: true, allowNA: true }));
		// (0.5 × 4 + 1 × 1) / 4 = 0.75
		expect(scoreReview(scorecard, answers({ tone: 3, extra: 1 })).score).toBe(0.75);
		// A missed bonus costs nothing: (0.5 × 4 + 0) / 4
		expect(scoreReview(scorecard, answers({ tone: 3, extra: 0 })).score).toBe(0.5);
		// (0.75 × 4 + 1 × 1) / 4 = 1: full marks, not more
		expect(scoreReview(scorecard, answers({ tone: 4, extra: 1 })).score).toBe(1);
		// (1 × 4 + 1) / 4 = 1.25 → 1
		expect(scoreReview(scorecard, answers({ tone: 5, extra: 1 })).score).toBe(1);
		// Only the bonus answered: nothing to rate.
		const optional = card(cat('tone', { allowNA: true }), cat('extra', { scale: 'binary', bonus: true }));
		expect(scoreReview(optional, answers({ tone: 'na', extra: 1 })).score).toBeNull();
	});

	it('has no float noise with decimal weights', () => {
		const scorecard = card(
			cat('a', { scale: 'binary', weight: 0.1 }),
			cat('b', { scale: 'binary', weight: 0.2 }),
			cat('c', { scale: 'binary', weight: 0.7 })
		);
		// Floats give (0.1 + 0.2) / (0.1 + 0.2 + 0.7) = 0.30000000000000004.
		expect((0.1 * 1 + 0.2 * 1 + 0.7 * 0) / (0.1 + 0.2 + 0.7)).not.toBe(0.3);
		expect(scoreReview(scorecard, answers({ a: 1, b: 1, c: 0 })).score).toBe(0.3);
		expect(scoreReview(scorecard, answers({ a: 0, b: 0, c: 1 })).score).toBe(0.7);
		// (0.5 × 1.5 + 1 × 2.5) / 4 = 3.25 / 4 = 0.8125
		const mixed = card(cat('x', { scale: '3', weight: 1.5 }), cat('y', { scale: '3', weight: 2.5 }));
		expect(scoreReview(mixed, answers({ x: 2, y: 3 })).score).toBe(0.8125);
		// (1 × 0.33 + 1/3 × 0.33) / 0.66 = 2/3, rounded to 9 decimals.
		const thirds = card(cat('x', { scale: '4', weight: 0.33 }), cat('y', { scale: '4', weight: 0.33 }));
		expect(scoreReview(thirds, answers({ x: 4, y: 2 })).score).toBe(0.666666667);
	});

	it('gives null, not 0, when nothing can be scored', () => {
		expect(scoreReview(card(), [])).toEqual({ score: null, categories: [], criticalFailed: false });
		const scorecard = card(cat('a', { allowNA: true }), cat('b', { allowNA: true, scale: 'binary' }));
		expect(scoreReview(scorecard, answers({ a: 'na', b: 'na' })).score).toBeNull();
		expect(scoreReview(scorecard, answers({ a: 1, b: 'na' })).score).toBe(0);
	});

	it('throws a QaInputError listing every problem', () => {
		const scorecard = card(cat('tone'), cat('greeting', { scale: 'binary' }));
		try {
			scoreReview(scorecard, answers({ tone: 9, other: 1 }));
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(QaInputError);
			expect((error as QaInputError).issues).toEqual([
				'Category "Tone" is scored 1 to 5, got 9',
				'Unknown category "other"',
				'Category "Greeting" has no answer'
			]);
			expect((error as QaInputError).message).toContain('Unknown category "other"');
		}
	});
});

describe('validateAnswers', () => {
	const scorecard = card(cat('tone', { allowNA: true }), cat('greeting', { scale: 'binary' }), cat('solution', { scale: '3' }));

	it('finds nothing wrong with a complete review', () => {
		expect(validateAnswers(scorecard, answers({ greeting: 1, tone: 'na', solution: 3 }))).toEqual([]);
	});

	it('explains each kind of invalid answer', () => {
		const valid = { tone: 3, greeting: 1, solution: 2 };
		const cases: [Answer[], string[]][] = [
			[[...answers(valid), { categoryId: 'ghost', value: 1 }], ['Unknown category "ghost"']],
			[answers({ tone: 3, greeting: 1 }), ['Category "Solution" has no answer']],
			[answers({ greeting: 1, solution: 2 }), ['Category "Tone" has no answer (pick a value or N/A)']],
			[answers({ ...valid, tone: 6 }), ['Category "Tone" is scored 1 to 5, got 6']],
			[answers({ ...valid, tone: 0 }), ['Category "Tone" is scored 1 to 5, got 0']],
			[answers({ ...valid, solution: 2.5 }), ['Category "Solution" is scored 1 to 3, got 2.5']],
			[answers({ ...valid, greeting: 2 }), ['Category "Greeting" is fail (0) or pass (1), got 2']],
			[answers({ ...valid, greeting: 'na' }), ['Category "Greeting" cannot be N/A']],
			[[...answers(valid), { categoryId: 'tone', value: 4 }, { categoryId: 'tone', value: 5 }], ['Category "Tone" is answered more than once']]
		];
		for (const [given, expected] of cases) expect(validateAnswers(scorecard, given), JSON.stringify(given)).toEqual(expected);
	});

	it('describes values of the wrong type that reached it unchecked', () => {
		const given = [...answers({ tone: 3, greeting: 1 }), { categoryId: 'solution', value: 'good' }] as Answer[];
		expect(validateAnswers(scorecard, given)).toEqual(['Category "Solution" is scored 1 to 3, got "good"']);
	});
});

describe('answersInput', () => {
	it('accepts numbers and "na", refuses anything else', () => {
		expect(answersInput.safeParse(answers({ a: 1, b: 'na' })).success).toBe(true);
		expect(answersInput.safeParse([{ categoryId: 'a', value: 'n/a' }]).error?.issues[0]?.message).toBe('An answer is a number or "na"');
		expect(answersInput.safeParse([{ categoryId: '', value: 1 }]).error?.issues[0]?.message).toBe('Every answer names its category');
		expect(answersInput.safeParse(Array.from({ length: 51 }, (_, i) => ({ categoryId: `c${i}`, value: 1 }))).success).toBe(false);
	});
});

describe('iqs', () => {
	it('is the mean of the scores, nulls left out', () => {
		expect(iqs([1, null, 0.5, 0.75])).toBe(0.75);
		expect(iqs([0, null])).toBe(0);
	});

	it('is null without any score', () => {
		expect(iqs([])).toBeNull();
		expect(iqs([null, null])).toBeNull();
	});

	it('has no float noise', () => {
		expect((0.1 + 0.2) / 2).not.toBe(0.15);
		expect(iqs([0.1, 0.2])).toBe(0.15);
		expect(iqs([0.333333333, 0.333333333, 0.333333334])).toBe(0.333333333);
	});

	it('refuses scores outside 0..1', () => {
		expect(() => iqs([1.5])).toThrow(RangeError);
		expect(() => iqs([Number.NaN])).toThrow(RangeError);
	});
});

describe('iqsBy', () => {
	it('groups, counts and sorts by key', () => {
		const reviews = [
			{ hero: 'zoe', score: 1 },
			{ hero: 'adam', score: 0.5 },
			{ hero: 'zoe', score: null },
			{ hero: 'adam', score: 0.25 },
			{ hero: 'mia', score: null },
			{ hero: 'zoe', score: 0.5 }
		];
		expect(iqsBy(reviews, (r) => r.hero, (r) => r.score)).toEqual([
			{ key: 'adam', iqs: 0.375, reviews: 2, rated: 2 },
			{ key: 'mia', iqs: null, reviews: 1, rated: 0 },
			{ key: 'zoe', iqs: 0.75, reviews: 3, rated: 2 }
		]);
		expect(iqsBy([], (r: { k: string }) => r.k, () => null)).toEqual([]);
	});
});

describe('formatPercent', () => {
	it('writes one decimal the way the locale writes percentages', () => {
		expect(formatPercent(0.875, 'en')).toBe('87.5%');
		expect(formatPercent(1, 'en')).toBe('100.0%');
		expect(formatPercent(0, 'en')).toBe('0.0%');
		expect(formatPercent(0.8755, 'en')).toBe('87.6%');
		expect(formatPercent(0.666666667, 'en')).toBe('66.7%');
		// The space before % is a no-break space whose width varies with the runtime's CLDR data.
		expect(formatPercent(0.875, 'de')).toMatch(/^87,5\s%$/);
		expect(formatPercent(0.875, 'fr')).toMatch(/^87,5\s%$/);
		expect(formatPercent(0.875, 'tr')).toBe('%87,5');
	});

	it('shows a dash for a review without a score', () => {
		expect(formatPercent(null, 'en')).toBe('—');
	});
});

describe('SCORING_FORMULAS', () => {
	it('documents every rule once, in words', () => {
		const ids = SCORING_FORMULAS.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['category', 'review', 'na', 'critical', 'bonus', 'not-rateable', 'iqs', 'calibration-category', 'calibration-reviewer']) {
			expect(ids).toContain(id);
		}
		expect(SCORING_FORMULAS.find((f) => f.id === 'category')?.formula).toBe('category score = (selected − min) / (max − min)');
		for (const f of SCORING_FORMULAS) {
			expect(f.formula.length, f.id).toBeGreaterThan(10);
			expect(f.explanation.length, f.id).toBeGreaterThan(10);
		}
	});
});
