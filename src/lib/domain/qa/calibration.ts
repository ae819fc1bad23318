import { QaInputError, type Scorecard } from './scorecard';
import { NA, roundedRatio, scoreReview, scoreTwelfths, validateAnswers, type Answer } from './scoring';

/**
 * Calibration: several reviewers score the same tickets blind, with the same scorecard version,
 * and the session shows where they agree. Agreement compares reviewers with each other (peers),
 * not with a reference reviewer: every calibrator is measured against the rest of the group.
 * Category scores are compared as 0..1 fractions, exactly (in twelfths, see `scoreTwelfths`).
 */

export interface CalibrationSubmission {
	reviewerId: string;
	ticketId: string;
	answers: readonly Answer[];
}

export interface CategoryAgreement {
	categoryId: string;
	/** 0 to 1; null when no pair of reviewers could be compared. */
	agreement: number | null;
	/** Pairs of reviewers compared, over all tickets. */
	comparisons: number;
}

export interface ReviewerAgreement {
	reviewerId: string;
	/** 0 to 1; null when the reviewer could be compared with no one. */
	agreement: number | null;
	/** Mean signed distance to the others: below 0 harsher than the group, above 0 more lenient. */
	meanDeviation: number | null;
	/** The reviewer's (ticket, category) answers that `agreement` is the mean over. */
	comparisons: number;
}

export interface CalibrationAgreement {
	/** Every pair comparison of every category pooled; null when there is none. */
	agreement: number | null;
	comparisons: number;
	/** In the scorecard's order. */
	categories: CategoryAgreement[];
	/** Sorted by reviewer id. */
	reviewers: ReviewerAgreement[];
}

/** An exact fraction; `d` > 0. */
interface Ratio {
	n: bigint;
	d: bigint;
}

const ZERO: Ratio = { n: 0n, d: 1n };
const TWELVE = 12n;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const abs = (a: bigint): bigint => (a < 0n ? -a : a);

function add(a: Ratio, b: Ratio): Ratio {
	const n = a.n * b.d + b.n * a.d;
	const d = a.d * b.d;
	const g = gcd(abs(n), d);
	return { n: n / g, d: d / g };
}

/** `sum` / `count` rounded to 9 decimals; null when `count` is 0. */
const mean = (sum: Ratio, count: number): number | null => (count === 0 ? null : roundedRatio(sum.n, sum.d * BigInt(count)));

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Values in twelfths (or N/A), by ticket, then reviewer, then category; throws QaInputError on bad input. */
function collect(
	scorecard: Pick<Scorecard, 'categories'>,
	submissions: readonly CalibrationSubmission[]
): Map<string, Map<string, Map<string, bigint | typeof NA>>> {
	const issues: string[] = [];
	const tickets = new Map<string, Map<string, Map<string, bigint | typeof NA>>>();
	for (const { reviewerId, ticketId, answers } of submissions) {
		const who = `Reviewer "${reviewerId}" on ticket "${ticketId}"`;
		const reviewers = tickets.get(ticketId) ?? new Map<string, Map<string, bigint | typeof NA>>();
		tickets.set(ticketId, reviewers);
		if (reviewers.has(reviewerId)) {
			issues.push(`${who}: submitted more than once`);
			continue;
		}
		const problems = validateAnswers(scorecard, answers);
		issues.push(...problems.map((problem) => `${who}: ${problem}`));
		if (problems.length > 0) continue;
		const values = new Map<string, bigint | typeof NA>();
		for (const category of scorecard.categories) {
			const value = answers.find((answer) => answer.categoryId === category.id)!.value;
			values.set(category.id, value === NA ? NA : scoreTwelfths(category, value));
		}
		reviewers.set(reviewerId, values);
	}
	if (issues.length > 0) throw new QaInputError(issues);
	return tickets;
}

/**
 * How much the reviewers of a calibration session agree, per category and per reviewer (the
 * formulas are in SCORING_FORMULAS):
 * - a category's agreement is the mean, over every ticket and every pair of reviewers of that
 *   ticket, of 1 − |score a − score b|, all pairs pooled (a ticket with more reviewers weighs more);
 * - a reviewer's agreement is the mean, over their answers, of 1 − |their score − the mean score
 *   of the other reviewers of that ticket and category|, and their mean deviation the mean of the
 *   signed difference, which tells a harsh reviewer (negative) from a lenient one (positive).
 * N/A against a score is a full disagreement (agreement 0); N/A against N/A is not compared, as
 * it says nothing about how either reviewer scores. Where this reviewer scored and some others
 * said N/A, those others count as 0 next to the scored others' 1 − |difference|, in proportion:
 * with scored others S and m others in all, agreement = |S|/m × (1 − |score − mean(S)|). Mean
 * deviation leaves N/A out on either side. A reviewer alone on a ticket is compared with no one.
 */
export function calibrationAgreement(
	scorecard: Pick<Scorecard, 'categories'>,
	submissions: readonly CalibrationSubmission[]
): CalibrationAgreement {
	const tickets = collect(scorecard, submissions);
	const reviewerIds = [...new Set(submissions.map((submission) => submission.reviewerId))].sort(byCode);
	const categorySums = new Map(scorecard.categories.map((category) => [category.id, { sum: 0n, comparisons: 0 }]));
	const reviewerSums = new Map(reviewerIds.map((id) => [id, { agreement: ZERO, answers: 0, deviation: ZERO, deviations: 0 }]));

	for (const reviewers of tickets.values()) {
		const entries = [...reviewers];
		for (const category of scorecard.categories) {
			const values = entries.map(([id, answers]) => [id, answers.get(category.id)!] as const);
			// Pairs: the sum of 12 − |a − b| in twelfths, so agreement = sum / (12 × comparisons).
			const totals = categorySums.get(category.id)!;
			values.forEach(([, a], i) => {
				for (const [, b] of values.slice(i + 1)) {
					if (a === NA && b === NA) continue;
					totals.comparisons++;
					if (a !== NA && b !== NA) totals.sum += TWELVE - abs(a - b);
				}
			});
			for (const [id, own] of values) {
				const others = values.filter(([other]) => other !== id).map(([, value]) => value);
				const scored = others.filter((value): value is bigint => value !== NA);
				if (others.length === 0 || (own === NA && scored.length === 0)) continue;
				const totalsOf = reviewerSums.get(id)!;
				totalsOf.answers++;
				if (own === NA) continue; // against scores only: agreement 0
				const k = BigInt(scored.length);
				const sum = scored.reduce((acc, value) => acc + value, 0n);
				// |S|/m × (1 − |own − sum/k| / 12) = (12k − |k·own − sum|) / (12m)
				totalsOf.agreement = add(totalsOf.agreement, { n: TWELVE * k - abs(k * own - sum), d: TWELVE * BigInt(others.length) });
				if (k > 0n) {
					totalsOf.deviation = add(totalsOf.deviation, { n: k * own - sum, d: TWELVE * k });
					totalsOf.deviations++;
				}
			}
		}
	}

	const categories = scorecard.categories.map((category): CategoryAgreement => {
		const { sum, comparisons } = categorySums.get(category.id)!;
		return { categoryId: category.id, agreement: mean({ n: sum, d: TWELVE }, comparisons), comparisons };
	});
	let sum = 0n;
	let comparisons = 0;
	for (const totals of categorySums.values()) {
		sum += totals.sum;
		comparisons += totals.comparisons;
	}
	return {
		agreement: mean({ n: sum, d: TWELVE }, comparisons),
		comparisons,
		categories,
		reviewers: reviewerIds.map((reviewerId): ReviewerAgreement => {
			const totals = reviewerSums.get(reviewerId)!;
			return {
				reviewerId,
				agreement: mean(totals.agreement, totals.answers),
				meanDeviation: mean(totals.deviation, totals.deviations),
				comparisons: totals.answers
			};
		})
	};
}

export interface TicketSpread {
	ticketId: string;
	/** max − min; null when fewer than two reviewers' reviews have a score. */
	spread: number | null;
	min: number | null;
	max: number | null;
	/** Each reviewer's review score, sorted by reviewer id. */
	scores: { reviewerId: string; score: number | null }[];
}

/** Per ticket (sorted by id), how far apart the reviewers' review scores (`scoreReview`) are. */
export function reviewScoreSpread(
	scorecard: Pick<Scorecard, 'categories'>,
	submissions: readonly CalibrationSubmission[]
): TicketSpread[] {
	collect(scorecard, submissions);
	const byTicket = new Map<string, CalibrationSubmission[]>();
	for (const submission of submissions) {
		const list = byTicket.get(submission.ticketId);
		if (list) list.push(submission);
		else byTicket.set(submission.ticketId, [submission]);
	}
	return [...byTicket]
		.sort(([a], [b]) => byCode(a, b))
		.map(([ticketId, ticketSubmissions]) => {
			const scores = ticketSubmissions
				.map(({ reviewerId, answers }) => ({ reviewerId, score: scoreReview(scorecard, answers).score }))
				.sort((a, b) => byCode(a.reviewerId, b.reviewerId));
			// Review scores have 9 decimals: subtracting them in nanos keeps the spread exact.
			const nanos = scores.flatMap(({ score }) => (score === null ? [] : [BigInt(Math.round(score * 1e9))]));
			if (nanos.length === 0) return { ticketId, spread: null, min: null, max: null, scores };
			const low = nanos.reduce((a, b) => (b < a ? b : a));
			const high = nanos.reduce((a, b) => (b > a ? b : a));
			const toScore = (n: bigint) => roundedRatio(n, 1_000_000_000n);
			return {
				ticketId,
				spread: nanos.length < 2 ? null : toScore(high - low),
				min: toScore(low),
				max: toScore(high),
				scores
			};
		});
}
