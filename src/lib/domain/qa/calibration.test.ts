import { describe, expect, it } from 'vitest';
import { calibrationAgreement, reviewScoreSpread, type CalibrationSubmission } from './calibration';
import { QaInputError, type Category } from './scorecard';

const scorecard = {
	categories: [
		{ id: 'tone', name: 'Tone', weight: 1, scale: '5', allowNA: false, critical: false, bonus: false },
		{ id: 'greeting', name: 'Greeting', weight: 1, scale: 'binary', allowNA: true, critical: false, bonus: false }
	] satisfies Category[]
};

const submit = (reviewerId: string, ticketId: string, tone: number, greeting: number | 'na'): CalibrationSubmission => ({
	reviewerId,
	ticketId,
	answers: [
		{ categoryId: 'tone', value: tone },
		{ categoryId: 'greeting', value: greeting }
	]
});

/*
 * Three reviewers, two tickets. Tone (5-point) as 0..1: 5 → 1, 4 → 0.75, 3 → 0.5, 2 → 0.25, 1 → 0.
 *
 *            tone           greeting
 *         r1   r2   r3    r1   r2   r3
 *   t1    1   .75  .25     1    1   N/A
 *   t2   .5   .5    0     N/A  N/A  N/A
 */
const session = [
	submit('r1', 't1', 5, 1),
	submit('r2', 't1', 4, 1),
	submit('r3', 't1', 2, 'na'),
	submit('r3', 't2', 1, 'na'),
	submit('r1', 't2', 3, 'na'),
	submit('r2', 't2', 3, 'na')
];

describe('calibrationAgreement', () => {
	it('matches the hand-computed example', () => {
		const result = calibrationAgreement(scorecard, session);
		expect(result.categories).toEqual([
			// t1 pairs: 1 − .25 = .75, 1 − .75 = .25, 1 − .5 = .5; t2 pairs: 1, .5, .5
			// (.75 + .25 + .5 + 1 + .5 + .5) / 6 = 3.5 / 6 = 7/12
			{ categoryId: 'tone', agreement: 0.583333333, comparisons: 6 },
			// t1: r1–r2 1, r1–r3 0 (score vs N/A), r2–r3 0; t2: all N/A, not compared. 1 / 3
			{ categoryId: 'greeting', agreement: 0.333333333, comparisons: 3 }
		]);
		// (3.5 + 1) / (6 + 3) = 0.5
		expect(result.agreement).toBe(0.5);
		expect(result.comparisons).toBe(9);
		expect(result.reviewers).toEqual([
			// t1 tone: 1 − |1 − (.75 + .25)/2| = .5, deviation +.5
			// t1 greeting: others r2 = 1, r3 = N/A → ½ × (1 − |1 − 1|) + ½ × 0 = .5, deviation 0
			// t2 tone: 1 − |.5 − (.5 + 0)/2| = .75, deviation +.25
			// t2 greeting: everyone N/A, skipped
			// agreement (.5 + .5 + .75) / 3 = 7/12; deviation (.5 + 0 + .25) / 3 = .25
			{ reviewerId: 'r1', agreement: 0.583333333, meanDeviation: 0.25, comparisons: 3 },
			// t1 tone: 1 − |.75 − (1 + .25)/2| = .875, +.125; t1 greeting .5, 0; t2 tone 1 − |.5 − .25| = .75, +.25
			// agreement 2.125 / 3 = 17/24 = .708333333…; deviation .375 / 3 = .125
			{ reviewerId: 'r2', agreement: 0.708333333, meanDeviation: 0.125, comparisons: 3 },
			// t1 tone: 1 − |.25 − (1 + .75)/2| = .375, −.625; t1 greeting: N/A against two scores = 0, no deviation;
			// t2 tone: 1 − |0 − .5| = .5, −.5
			// agreement .875 / 3 = 7/24 = .291666666…; deviation (−.625 − .5) / 2 = −.5625
			{ reviewerId: 'r3', agreement: 0.291666667, meanDeviation: -0.5625, comparisons: 3 }
		]);
	});

	it('tells a harsh reviewer (negative deviation) from a lenient one (positive)', () => {
		// On a 5-point scale: harsh 2 (.25), middle 3 (.5), lenient 5 (1).
		const result = calibrationAgreement(scorecard, [
			submit('harsh', 't1', 2, 1),
			submit('middle', 't1', 3, 1),
			submit('lenient', 't1', 5, 1)
		]);
		const deviation = Object.fromEntries(result.reviewers.map((r) => [r.reviewerId, r.meanDeviation]));
		// harsh: tone .25 − (.5 + 1)/2 = −.5, greeting 0 → −.25; lenient: 1 − (.25 + .5)/2 = .625, 0 → .3125
		expect(deviation).toEqual({ harsh: -0.25, lenient: 0.3125, middle: -0.0625 });
	});

	it('agrees fully when everyone answers alike, and compares no one alone', () => {
		const same = calibrationAgreement(scorecard, [submit('a', 't1', 4, 1), submit('b', 't1', 4, 1)]);
		expect(same.agreement).toBe(1);
		expect(same.reviewers.map((r) => [r.agreement, r.meanDeviation])).toEqual([
			[1, 0],
			[1, 0]
		]);
		const alone = calibrationAgreement(scorecard, [submit('a', 't1', 4, 1), submit('b', 't2', 1, 0)]);
		expect(alone).toEqual({
			agreement: null,
			comparisons: 0,
			categories: [
				{ categoryId: 'tone', agreement: null, comparisons: 0 },
				{ categoryId: 'greeting', agreement: null, comparisons: 0 }
			],
			reviewers: [
				{ reviewerId: 'a', agreement: null, meanDeviation: null, comparisons: 0 },
				{ reviewerId: 'b', agreement: null, meanDeviation: null, comparisons: 0 }
			]
		});
	});

	it('refuses invalid or repeated submissions, naming the reviewer and ticket', () => {
		const bad = [submit('r1', 't1', 7, 1), submit('r2', 't1', 3, 1), submit('r2', 't1', 4, 1)];
		expect(() => calibrationAgreement(scorecard, bad)).toThrow(QaInputError);
		try {
			calibrationAgreement(scorecard, bad);
		} catch (error) {
			expect((error as QaInputError).issues).toEqual([
				'Reviewer "r1" on ticket "t1": Category "Tone" is scored 1 to 5, got 7',
				'Reviewer "r2" on ticket "t1": submitted more than once'
			]);
		}
	});
});

describe('reviewScoreSpread', () => {
	it('is the gap between the highest and lowest review score of each ticket', () => {
		// Review scores, tone and greeting weighing 1 each:
		// t1: r1 (1 + 1)/2 = 1, r2 (.75 + 1)/2 = .875, r3 .25 (greeting N/A) → spread .75
		// t2: r1 .5, r2 .5, r3 0 (all greetings N/A) → spread .5
		expect(reviewScoreSpread(scorecard, session)).toEqual([
			{
				ticketId: 't1',
				spread: 0.75,
				min: 0.25,
				max: 1,
				scores: [
					{ reviewerId: 'r1', score: 1 },
					{ reviewerId: 'r2', score: 0.875 },
					{ reviewerId: 'r3', score: 0.25 }
				]
			},
			{
				ticketId: 't2',
				spread: 0.5,
				min: 0,
				max: 0.5,
				scores: [
					{ reviewerId: 'r1', score: 0.5 },
					{ reviewerId: 'r2', score: 0.5 },
					{ reviewerId: 'r3', score: 0 }
				]
			}
		]);
	});

	it('has no spread with fewer than two scored reviews', () => {
		const spreads = reviewScoreSpread(scorecard, [submit('a', 't1', 4, 1), submit('a', 't2', 2, 'na'), submit('b', 't2', 3, 1)]);
		expect(spreads.map((s) => [s.ticketId, s.spread, s.min, s.max])).toEqual([
			['t1', null, 0.875, 0.875],
			// .75 − .25: b (.5 + 1)/2 = .75, a .25
			['t2', 0.5, 0.25, 0.75]
		]);
		expect(() => reviewScoreSpread(scorecard, [submit('a', 't1', 0, 1)])).toThrow(QaInputError);
	});

	it('subtracts without float noise', () => {
		const binary = (id: string, weight: number): Category => ({ ...scorecard.categories[1]!, id, name: id, weight, allowNA: false });
		const decimals = { categories: [binary('a', 0.3), binary('b', 0.7)] };
		// Floats give 0.7 − 0.3 = 0.39999999999999997.
		expect(0.7 - 0.3).not.toBe(0.4);
		const [spread] = reviewScoreSpread(decimals, [
			{ reviewerId: 'x', ticketId: 't', answers: [{ categoryId: 'a', value: 1 }, { categoryId: 'b', value: 0 }] },
			{ reviewerId: 'y', ticketId: 't', answers: [{ categoryId: 'a', value: 0 }, { categoryId: 'b', value: 1 }] }
		]);
		expect(spread).toMatchObject({ spread: 0.4, min: 0.3, max: 0.7 });
	});
});
