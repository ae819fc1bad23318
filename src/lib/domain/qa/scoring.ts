import { z } from 'zod';
import { MAX_CATEGORIES, QaInputError, scaleRange, type Category, type Scorecard } from './scorecard';

/**
 * Scoring a review against its scorecard version, and IQS (internal quality score: the mean review
 * score). Everything is computed exactly — category scores in twelfths, weights as scaled
 * integers, sums in bigint — and only the final fraction becomes a float, rounded to 9 decimals,
 * so weights like 0.1 / 0.2 / 0.7 give 0.3 and not 0.30000000000000004. The dashboard, the
 * server's reports and the jobs all score with these functions and so agree to the digit.
 */

export interface ScoringFormula {
	id: string;
	formula: string;
	explanation: string;
}

/** The rules in plain English, rendered by the UI's help (and translated there). Data, not code. */
export const SCORING_FORMULAS = [
	{
		id: 'category',
		formula: 'category score = (selected − min) / (max − min)',
		explanation:
			'Each answer becomes a score from 0 % to 100 %. Binary categories are fail (0) or pass (1); an n-point scale runs from 1 to n, so on a 5-point scale 1 is 0 %, 3 is 50 % and 5 is 100 %.'
	},
	{
		id: 'review',
		formula: 'review score = Σ(category score × weight) / Σ weight',
		explanation: 'The weighted mean of the category scores: a category of weight 2 counts twice as much as one of weight 1.'
	},
	{
		id: 'na',
		formula: 'N/A categories are left out of both sums',
		explanation: 'A category that does not apply to the ticket neither raises nor lowers the score.'
	},
	{
		id: 'critical',
		formula: 'review score = 0 % when a critical category gets its lowest value',
		explanation: 'Failing a critical category (fail on binary, 1 on a scale) fails the whole review, whatever the other answers. Any higher value scores like any other category.'
	},
	{
		id: 'bonus',
		formula: 'review score = min(100 %, (Σ(score × weight) + Σ(bonus score × bonus weight)) / Σ non-bonus weight)',
		explanation: 'Bonus categories reward extra effort: their weighted score is added on top, but their weight does not count against the review, so missing a bonus costs nothing. The result never exceeds 100 %.'
	},
	{
		id: 'not-rateable',
		formula: 'no review score when Σ non-bonus weight of the answered categories = 0',
		explanation: 'A review whose categories are all N/A (or only bonuses were answered) has no score, which is different from 0 %; it is left out of IQS.'
	},
	{
		id: 'iqs',
		formula: 'IQS = Σ review scores / number of reviews with a score',
		explanation: 'The internal quality score of a period, hero, team or client: the plain mean of its review scores.'
	},
	{
		id: 'rounding',
		formula: 'scores are exact fractions rounded to 9 decimals; shown with one decimal',
		explanation: 'No rounding error piles up: 87.5 % is exactly 87.5 %.'
	},
	{
		id: 'calibration-category',
		formula: 'category agreement = mean over tickets and pairs of reviewers of 1 − |score A − score B|',
		explanation: 'In a calibration session several reviewers score the same tickets blind. 100 % means every pair gave the same answer; 0 % means one said fail and the other pass.'
	},
	{
		id: 'calibration-na',
		formula: 'N/A against a score = 0 % agreement; N/A against N/A is not compared',
		explanation: 'Disagreeing on whether a category applies is a full disagreement; agreeing that it does not apply says nothing about scoring.'
	},
	{
		id: 'calibration-reviewer',
		formula: "reviewer agreement = mean over the reviewer's answers of 1 − |their score − the other reviewers' mean score|",
		explanation: 'How close a reviewer is to the rest of the group. Other reviewers who answered N/A where this one scored count as full disagreement.'
	},
	{
		id: 'calibration-deviation',
		formula: "mean deviation = mean of (their score − the other reviewers' mean score)",
		explanation: 'Below 0 the reviewer is harsher than the group, above 0 more lenient. N/A answers are left out.'
	},
	{
		id: 'score-spread',
		formula: 'score spread = highest − lowest review score on a ticket',
		explanation: 'How far apart the reviewers ended up on one ticket.'
	}
] as const satisfies readonly ScoringFormula[];

export const NA = 'na';

/** One category's answer in a review: a value on its scale, or N/A. */
export interface Answer {
	categoryId: string;
	value: number | typeof NA;
}

/** The shape of a review's answers as the API receives them; `validateAnswers` checks them against the scorecard. */
export const answersInput = z
	.array(
		z.object({
			categoryId: z.string('Every answer names its category').min(1, 'Every answer names its category'),
			value: z.union([z.number(), z.literal(NA)], 'An answer is a number or "na"')
		}),
		'Answers are required'
	)
	.max(MAX_CATEGORIES, `A review has at most ${MAX_CATEGORIES} answers`);

/** Why `value` is not a valid answer for `category`; null when it is. */
function valueProblem(category: Category, value: unknown): string | null {
	if (value === NA) return category.allowNA ? null : `Category "${category.name}" cannot be N/A`;
	const { min, max } = scaleRange(category.scale);
	if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return null;
	const got = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
	return category.scale === 'binary'
		? `Category "${category.name}" is fail (0) or pass (1), got ${got}`
		: `Category "${category.name}" is scored ${min} to ${max}, got ${got}`;
}

/**
 * Every problem of `answers` against `scorecard`, in a reviewer's words; [] when they can be
 * scored. Each category needs exactly one answer (a value or N/A) and no answer may name a
 * category the scorecard lacks: a partial review would score differently once completed.
 */
export function validateAnswers(scorecard: Pick<Scorecard, 'categories'>, answers: readonly Answer[]): string[] {
	const categories = new Map(scorecard.categories.map((category) => [category.id, category]));
	const issues: string[] = [];
	const answered = new Set<string>();
	const reported = new Set<string>();
	for (const { categoryId, value } of answers) {
		const category = categories.get(categoryId);
		if (!category) {
			if (!reported.has(categoryId)) issues.push(`Unknown category "${categoryId}"`);
			reported.add(categoryId);
		} else if (answered.has(categoryId)) {
			if (!reported.has(categoryId)) issues.push(`Category "${category.name}" is answered more than once`);
			reported.add(categoryId);
		} else {
			answered.add(categoryId);
			const problem = valueProblem(category, value);
			if (problem) issues.push(problem);
		}
	}
	for (const category of scorecard.categories) {
		if (answered.has(category.id)) continue;
		issues.push(`Category "${category.name}" has no answer${category.allowNA ? ' (pick a value or N/A)' : ''}`);
	}
	return issues;
}

const TWELVE = 12n;
const NANO = 1_000_000_000n;

/**
 * A category score in twelfths: exact on every scale, since max − min is 1, 2, 3 or 4 and all
 * divide 12. `value` must be valid for the category.
 */
export function scoreTwelfths(category: Category, value: number): bigint {
	const { min, max } = scaleRange(category.scale);
	return BigInt(((value - min) * 12) / (max - min));
}

/** numerator / denominator (denominator > 0) as a float rounded half away from zero to 9 decimals. */
export function roundedRatio(numerator: bigint, denominator: bigint): number {
	if (denominator <= 0n) throw new RangeError('The denominator must be positive');
	const negative = numerator < 0n;
	const nanos = ((negative ? -numerator : numerator) * NANO * 2n + denominator) / (2n * denominator);
	// Dividing two exact integers rounds once: the result is the float nearest to the 9-decimal value.
	const value = Number(nanos) / 1e9;
	return negative && nanos !== 0n ? -value : value;
}

/** A category's score from 0 to 1; null for N/A. Throws QaInputError for a value off its scale. */
export function categoryScore(category: Category, value: number | typeof NA): number | null {
	const problem = valueProblem(category, value);
	if (problem) throw new QaInputError([problem]);
	return value === NA ? null : roundedRatio(scoreTwelfths(category, value), TWELVE);
}

/** A weight as digits / 10^scale, read from its shortest decimal form ("1.5", "0.1", "1e-7"). */
function decimal(weight: number): { digits: bigint; scale: number } {
	const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(weight));
	if (!match || !(weight > 0)) throw new RangeError(`A weight must be a positive finite number, got ${weight}`);
	const fraction = match[2] ?? '';
	const exponent = Number(match[3] ?? 0) - fraction.length;
	const digits = BigInt(match[1]! + fraction);
	return exponent >= 0 ? { digits: digits * 10n ** BigInt(exponent), scale: 0 } : { digits, scale: -exponent };
}

/** The weights as integers on one common decimal scale: 0.1, 0.2 and 1.5 become 1, 2 and 15. */
function integerWeights(categories: readonly Category[]): bigint[] {
	const decimals = categories.map((category) => decimal(category.weight));
	const scale = Math.max(0, ...decimals.map((d) => d.scale));
	return decimals.map((d) => d.digits * 10n ** BigInt(scale - d.scale));
}

export interface CategoryResult {
	categoryId: string;
	/** 0 to 1; null for N/A. */
	score: number | null;
	/** A critical category answered with its lowest value. */
	failedCritical: boolean;
}

export interface ReviewScore {
	/** 0 to 1; null when nothing in the review could be scored (not rateable, unlike 0). */
	score: number | null;
	/** In the scorecard's order. */
	categories: CategoryResult[];
	criticalFailed: boolean;
}

/**
 * A review's score (see SCORING_FORMULAS): the weighted mean of its category scores over the
 * categories not answered N/A; 0 when a critical category failed; bonus categories add their
 * weighted score to the numerator only, and the result is capped at 1. Throws QaInputError
 * listing `validateAnswers`' problems when the answers do not fit the scorecard.
 */
export function scoreReview(scorecard: Pick<Scorecard, 'categories'>, answers: readonly Answer[]): ReviewScore {
	const issues = validateAnswers(scorecard, answers);
	if (issues.length > 0) throw new QaInputError(issues);
	const values = new Map(answers.map((answer) => [answer.categoryId, answer.value]));
	const weights = integerWeights(scorecard.categories);
	let numerator = 0n;
	let denominator = 0n;
	const categories = scorecard.categories.map((category, index): CategoryResult => {
		const value = values.get(category.id)!;
		if (value === NA) return { categoryId: category.id, score: null, failedCritical: false };
		const twelfths = scoreTwelfths(category, value);
		numerator += weights[index]! * twelfths;
		if (!category.bonus) denominator += weights[index]! * TWELVE;
		return {
			categoryId: category.id,
			score: roundedRatio(twelfths, TWELVE),
			failedCritical: category.critical && value === scaleRange(category.scale).min
		};
	});
	const criticalFailed = categories.some((category) => category.failedCritical);
	let score: number | null = null;
	// A failed critical category is never bonus, so it makes the denominator positive.
	if (criticalFailed) score = 0;
	else if (denominator > 0n) score = numerator >= denominator ? 1 : roundedRatio(numerator, denominator);
	return { score, categories, criticalFailed };
}

/**
 * IQS: the mean of the review scores (0 to 1), reviews without a score left out; null when no
 * review has one. Scores are read to 9 decimals (the precision `scoreReview` gives) and summed
 * exactly, so the mean of 0.1 and 0.2 is 0.15.
 */
export function iqs(scores: readonly (number | null)[]): number | null {
	let total = 0n;
	let count = 0n;
	for (const score of scores) {
		if (score === null) continue;
		if (!(score >= 0 && score <= 1)) throw new RangeError(`A review score is from 0 to 1, got ${score}`);
		total += BigInt(Math.round(score * 1e9));
		count++;
	}
	return count === 0n ? null : roundedRatio(total, count * NANO);
}

export interface IqsGroup {
	key: string;
	/** Null when no review of the group has a score. */
	iqs: number | null;
	/** Reviews in the group, scored or not. */
	reviews: number;
	/** Reviews in the group with a score: those IQS is the mean of. */
	rated: number;
}

/**
 * IQS per group (hero, team, client, week…), sorted by key in code-unit order: the same order on
 * every runtime, whatever its locale.
 */
export function iqsBy<T>(reviews: readonly T[], key: (review: T) => string, score: (review: T) => number | null): IqsGroup[] {
	const groups = new Map<string, (number | null)[]>();
	for (const review of reviews) {
		const k = key(review);
		const scores = groups.get(k);
		if (scores) scores.push(score(review));
		else groups.set(k, [score(review)]);
	}
	return [...groups]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([k, scores]) => ({
			key: k,
			iqs: iqs(scores),
			reviews: scores.length,
			rated: scores.filter((s) => s !== null).length
		}));
}

/**
 * A score as a percentage with one decimal, the way `locale` writes percentages ("87.5%" in
 * English, "87,5 %" in French and German, "%87,5" in Turkish); "—" for a review without a score.
 */
export function formatPercent(score: number | null, locale: string): string {
	if (score === null) return '—';
	return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
