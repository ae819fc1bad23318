/**
 * `qa_review_week` and `qa_review_week_group` (migrations/0028): the dashboard's review series
 * pre-added per client, room month and ISO week of assignment — the week the IQS and dispute
 * series are keyed by — from the very `qa_review` rows the projection writes with them
 * (projectQa), so the two cannot disagree. Only submitted reviews.
 *
 * A week row also keeps the first and last submission time of its reviews: a period (days in the
 * client's time zone) takes a week's sums whole when both lie inside it, and reads the reviews
 * of the few weeks straddling its ends (src/lib/domain/qa/dashboard.ts). Reviews are submitted
 * days after they are assigned, so a week of assignment is nearly always wholly inside or
 * outside a period; nothing depends on it for exactness.
 *
 * Sums are exact integers: `score_nanos` is Σ round(score × 10⁹) (scores have 9 decimals, so
 * each term is the integer SQL's `round(score * 1000000000)` gives), `square_nanos` Σ of their
 * squares (a decimal string: it passes 2⁶³), so a reviewer's standard deviation is computed
 * from exact sums.
 *
 * A week's heroes are one JSON object on its row, hero id ('' for none) → [reviews, rated,
 * score_nanos], not a group row each: the IQS by hero of every client over a year is some 25,000
 * week × hero points, and a row costs far more to hand from the database to the server than a
 * JSON member does.
 */

export const WEEK_GROUP_DIMENSIONS = ['language', 'reviewer', 'bucket'] as const;
export type WeekGroupDimension = (typeof WEEK_GROUP_DIMENSIONS)[number];

export interface ReviewRow {
	id: string;
	week: string;
	hero_id: string | null;
	reviewer_id: string;
	language: string;
	status: string;
	submitted_at: string | null;
	score: number | null;
	[column: string]: string | number | boolean | null;
}

export interface DisputeRow {
	review_id: string;
	status: string;
	[column: string]: string | number | boolean | null;
}

type Scope = { client_id: string; month: string };
type Row = Record<string, string | number>;

/** The tenth of the score range a score falls in, 0..9 (100 % in the last), as the distribution has it. */
export const scoreBucket = (nanos: number) => Math.min(9, Math.floor(nanos / 100_000_000));

interface Sums {
	reviews: number;
	rated: number;
	nanos: number;
	squares: bigint;
}
const add = (sums: Sums, nanos: number | null) => {
	sums.reviews++;
	if (nanos === null) return;
	sums.rated++;
	sums.nanos += nanos;
	sums.squares += BigInt(nanos) * BigInt(nanos);
};
const empty = (): Sums => ({ reviews: 0, rated: 0, nanos: 0, squares: 0n });

/** One room's week rows and group rows, from its projected reviews and disputes. */
export function reviewWeeks(scope: Scope, reviews: readonly ReviewRow[], disputes: readonly DisputeRow[]): { weeks: Row[]; groups: Row[] } {
	const raised = new Map<string, { disputes: number; accepted: number }>();
	for (const dispute of disputes) {
		const counts = raised.get(dispute.review_id) ?? raised.set(dispute.review_id, { disputes: 0, accepted: 0 }).get(dispute.review_id)!;
		counts.disputes++;
		if (dispute.status === 'accepted') counts.accepted++;
	}
	const weeks = new Map<
		string,
		Sums & { first: string; firstAt: number; last: string; lastAt: number; disputes: number; disputed: number; accepted: number; heroes: Map<string, Sums> }
	>();
	const groups = new Map<string, Sums & { week: string; dimension: WeekGroupDimension; key: string }>();
	const group = (week: string, dimension: WeekGroupDimension, key: string) => {
		const id = JSON.stringify([week, dimension, key]);
		return groups.get(id) ?? groups.set(id, { week, dimension, key, ...empty() }).get(id)!;
	};
	for (const review of reviews) {
		if (review.status !== 'submitted' || review.submitted_at === null) continue;
		const at = Date.parse(review.submitted_at);
		if (Number.isNaN(at)) throw new RangeError(`Review ${review.id} has no valid submission time: ${review.submitted_at}`);
		const nanos = review.score === null ? null : Math.round(review.score * 1e9);
		let week = weeks.get(review.week);
		if (!week) {
			week = { ...empty(), first: review.submitted_at, firstAt: at, last: review.submitted_at, lastAt: at, disputes: 0, disputed: 0, accepted: 0, heroes: new Map() };
			weeks.set(review.week, week);
		}
		if (at < week.firstAt) Object.assign(week, { first: review.submitted_at, firstAt: at });
		if (at > week.lastAt) Object.assign(week, { last: review.submitted_at, lastAt: at });
		add(week, nanos);
		const counts = raised.get(review.id);
		if (counts) {
			week.disputes += counts.disputes;
			week.disputed++;
			week.accepted += counts.accepted;
		}
		const hero = review.hero_id ?? '';
		add(week.heroes.get(hero) ?? week.heroes.set(hero, empty()).get(hero)!, nanos);
		add(group(review.week, 'language', review.language), nanos);
		add(group(review.week, 'reviewer', review.reviewer_id), nanos);
		if (nanos !== null) add(group(review.week, 'bucket', String(scoreBucket(nanos))), nanos);
	}
	return {
		weeks: [...weeks].map(([week, w]) => ({
			...scope,
			week,
			first_at: w.first,
			last_at: w.last,
			reviews: w.reviews,
			rated: w.rated,
			score_nanos: w.nanos,
			disputes: w.disputes,
			disputed: w.disputed,
			accepted: w.accepted,
			heroes: JSON.stringify(Object.fromEntries([...w.heroes].map(([hero, h]) => [hero, [h.reviews, h.rated, h.nanos]])))
		})),
		groups: [...groups.values()].map((g) => ({
			...scope,
			week: g.week,
			dimension: g.dimension,
			key: g.key,
			reviews: g.reviews,
			rated: g.rated,
			score_nanos: g.nanos,
			square_nanos: g.squares.toString()
		}))
	};
}
