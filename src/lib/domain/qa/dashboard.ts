import { z } from 'zod';
import type { WeekGroupDimension } from './review-weeks';
import { roundedRatio, type IqsGroup } from './scoring';

/**
 * The QA dashboard's five series, one SQL query each over the `qa_review`, `qa_review_category`
 * and `qa_dispute` tables (migrations/0020_qa.sql) and `client` (its time zone): pure text and
 * parameters, run by the server's QaDashboardService; the rows are mapped here.
 *
 * Scope: the submitted reviews of `clientIds` whose `submitted_at` falls from `from` to `to`
 * (days, both included) in each client's own time zone — the rule of `GET /api/qa/reviews` and
 * `GET /api/qa/iqs`, so the numbers agree — and, for a hero, only the reviews of their tickets.
 * Weeks are the review's `week` column (the ISO week it was assigned in, `2026-W47`).
 *
 * Means are computed as IQS is (`iqs` in scoring.ts): scores read to 9 decimals (nanos), summed
 * exactly, the mean rounded half away from zero to a whole nano; so the weekly IQS here equals
 * the API's to the digit.
 */

export const DASHBOARD_GROUPS = ['hero', 'client', 'language'] as const;
export type DashboardGroupBy = (typeof DASHBOARD_GROUPS)[number];

export const MAX_DASHBOARD_DAYS = 366;
/** Twelve ISO weeks: the current one and the eleven before. */
export const DEFAULT_DASHBOARD_WEEKS = 12;
const DAY_MS = 86_400_000;

const isDay = (value: string) => {
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};
const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written yyyy-mm-dd')
	.refine(isDay, 'Not a date of the calendar');

/** The Monday `weeks - 1` ISO weeks before the week of `today` (yyyy-mm-dd, UTC): the default start. */
export function defaultFrom(today: string, weeks = DEFAULT_DASHBOARD_WEEKS): string {
	const time = Date.parse(`${today}T00:00:00Z`);
	const weekday = (new Date(time).getUTCDay() + 6) % 7;
	return new Date(time - (weekday + 7 * (weeks - 1)) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `GET /api/qa/dashboard`'s query: no clientId = every client the caller sees; without `to`,
 * today (UTC); without `from`, the Monday twelve ISO weeks back; groupBy defaults to hero.
 */
export const dashboardQuery = z
	.object({
		clientId: z
			.string()
			.trim()
			.optional()
			.transform((value) => value || undefined),
		from: day.optional(),
		to: day.optional(),
		groupBy: z.enum(DASHBOARD_GROUPS, 'groupBy is hero, client or language').default('hero')
	})
	.transform(({ from, to, ...rest }) => {
		const end = to ?? new Date().toISOString().slice(0, 10);
		return { ...rest, from: from ?? defaultFrom(end), to: end };
	})
	.superRefine((query, ctx) => {
		const days = (Date.parse(query.to) - Date.parse(query.from)) / DAY_MS + 1;
		if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
		else if (days > MAX_DASHBOARD_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `A period has at most ${MAX_DASHBOARD_DAYS} days` });
	});
export type DashboardQuery = z.output<typeof dashboardQuery>;

/** What the queries read: clients already checked against the viewer, and the hero wall. */
export interface DashboardScope {
	clientIds: readonly string[];
	from: string;
	to: string;
	/** A hero's own id (only their tickets' reviews); null for directors and associates. */
	heroId: string | null;
	/**
	 * What the series are read from: 'rollups' (the default for directors and associates) adds
	 * the weekly and daily sums the projection keeps and reads reviews only where a period cuts
	 * them; 'reviews' reads every review (heroes' scopes always do: a hero has few). Both give
	 * the same numbers; tests compare them.
	 */
	source?: 'rollups' | 'reviews';
}

export interface SqlQuery {
	sql: string;
	params: unknown[];
}

/** Whether a scope's series come from the rollups (see DashboardScope.source). */
const fromRollups = (scope: DashboardScope) => scope.heroId === null && scope.source !== 'reviews';

/*
 * Each series is a body reading named common table expressions; a query is the expressions it
 * reads, then its body. `dashboardSeriesQuery` puts every body over one set of them, so the
 * scope (each client's period, the weeks it overlaps, the reviews of its edge weeks) is worked
 * out once for the whole dashboard, not once per series.
 */

/** Each client's period in its time zone, [starts, ends), computed once per client (parameters $1–$3). */
const PERIOD = `period as materialized (
	select c.id as client_id,
	       $2::date::timestamp at time zone c.time_zone as starts,
	       ($3::date + 1)::timestamp at time zone c.time_zone as ends
	  from client c where c.id = any($1::text[])
)`;

/**
 * The scope's submitted reviews (parameter $4: a hero's id, or null). Each client's reviews are
 * read by the `qa_review (client_id, submitted_at)` index, one range per client — a hero's by
 * `(hero_id, submitted_at)` — (`offset 0` keeps the lateral subquery from being flattened into a
 * hash join over every review, converting each one's bounds).
 */
const REVIEWED = `reviewed as materialized (
	select r.id, r.client_id, r.month, r.hero_id, r.reviewer_id, r.week, r.language, r.score
	  from period p cross join lateral (
	       select q.* from qa_review q
	        where q.client_id = p.client_id and q.submitted_at >= p.starts and q.submitted_at < p.ends
	          and ($4::text is null or q.hero_id = $4)
	       offset 0) r
	 where r.status = 'submitted'
)`;

/**
 * The rollups' scope: per client, the weeks of `qa_review_week` (migrations/0028, kept by the
 * projection) whose submissions overlap its period — `inside` when all of them lie in it, so the
 * week's sums count whole — and `edge`, the period's submitted reviews of the other weeks, read
 * by `qa_review (client_id, week)`. Reviews are submitted days after their week of assignment,
 * so only the weeks at a period's ends are read review by review; exact whatever the data, since
 * a week is taken whole only when all of it is in the period. `heroes`: with each week's heroes.
 */
const weeksCtes = (heroes: boolean) => `weeks as materialized (
	select w.client_id, w.month, w.week, w.reviews, w.rated, w.score_nanos, w.disputes, w.disputed, w.accepted,${heroes ? ' w.heroes,' : ''}
	       p.starts, p.ends, (w.first_at >= p.starts and w.last_at < p.ends) as inside
	  from period p cross join lateral (
	       select w.* from qa_review_week w
	        where w.client_id = p.client_id and w.first_at < p.ends and w.last_at >= p.starts
	       offset 0) w
), edge as materialized (
	select r.id, r.client_id, r.hero_id, r.reviewer_id, r.week, r.language, r.score
	  from weeks w cross join lateral (
	       select q.* from qa_review q
	        where q.client_id = w.client_id and q.week = w.week and q.month = w.month
	          and q.submitted_at >= w.starts and q.submitted_at < w.ends
	       offset 0) r
	 where not w.inside and r.status = 'submitted'
)`;

/**
 * For the category rollup: each client's period split into the UTC days wholly inside it,
 * [lo, hi), and the rest, [starts, lo) and [hi, ends) — at most a day at each end.
 */
const DAYS = `days as materialized (
	select client_id, starts, ends, lo, greatest(date_trunc('day', ends at time zone 'UTC') at time zone 'UTC', lo) as hi
	  from (select b.*, least(ceil_day, ends) as lo
	          from (select p.*, date_trunc('day', starts at time zone 'UTC') at time zone 'UTC' as floor_day from period p) b
	          cross join lateral (select case when floor_day = starts then floor_day else floor_day + interval '1 day' end as ceil_day) c) b
)`;

/** The expressions the review series read: `period`, then the rollups' `weeks` and `edge` or every review's `reviewed`. */
const scopeCtes = (scope: DashboardScope, heroes = false) => (fromRollups(scope) ? [PERIOD, weeksCtes(heroes)] : [PERIOD, REVIEWED]);
const query = (ctes: readonly string[], body: string, params: unknown[]): SqlQuery => ({ sql: `with ${ctes.join(',\n')}\n${body}`, params });

/** The inside weeks' rows of `qa_review_week_group` for one dimension (a constant of this module). */
const groupRows = (dimension: WeekGroupDimension) => `select w.client_id, w.week, g.key, g.reviews, g.rated, g.score_nanos as nanos, g.square_nanos as squares
	   from weeks w cross join lateral (
	        select g.* from qa_review_week_group g
	         where g.client_id = w.client_id and g.month = w.month and g.week = w.week and g.dimension = '${dimension}'
	        offset 0) g
	  where w.inside`;

/** An edge review as one group row: a review, scored or not, its score in nanos and its square. */
const edgeRows = (key: string) => `select r.client_id, r.week, ${key} as key, 1 as reviews, (r.score is not null)::int as rated,
	        round(r.score * 1000000000)::bigint as nanos, round(r.score * 1000000000)::numeric * round(r.score * 1000000000)::numeric as squares
	   from edge r`;

/** Parameters of the review series: $1–$4 from every review (a hero's id is $4), $1–$3 from the rollups. */
const params = (scope: DashboardScope): unknown[] => [[...scope.clientIds], scope.from, scope.to, scope.heroId];
const seriesParams = (scope: DashboardScope): unknown[] => (fromRollups(scope) ? params(scope).slice(0, 3) : params(scope));

type IqsKey = DashboardGroupBy | 'week';

/** The expression a review's series is keyed by; from this table only, never from the request. */
const REVIEW_KEY: Record<IqsKey, string> = {
	hero: `coalesce(r.hero_id, '')`,
	client: 'r.client_id',
	language: 'r.language',
	week: 'r.week'
};

/** The inside weeks' rows (week, key, reviews, rated, nanos) a series is added from; heroes are a JSON object per week. */
const ROLLUP_ROWS: Record<Exclude<IqsKey, 'hero'>, string> = {
	language: groupRows('language'),
	client: `select w.client_id, w.week, w.client_id as key, w.reviews, w.rated, w.score_nanos as nanos from weeks w where w.inside`,
	week: `select w.client_id, w.week, w.week as key, w.reviews, w.rated, w.score_nanos as nanos from weeks w where w.inside`
};

/** Rows (week, key, reviews, rated, nanos) as one row per week: `sums`, key → [reviews, rated, nanos]. */
const perWeekSums = (rows: string) => `select x.week, jsonb_object_agg(x.key, jsonb_build_array(x.reviews, x.rated, x.nanos)) as sums
  from (select s.week, s.key, sum(s.reviews) as reviews, sum(s.rated) as rated, coalesce(sum(s.nanos), 0) as nanos
          from (${rows}) s group by 1, 2) x
 group by x.week`;

/**
 * IQS sums per week and key: rows (week, sums), sums a JSON object key → [reviews, scored
 * reviews, Σ score in nanos]; a week and key may come in several rows (`addIqsSums` adds them).
 * Means are taken after adding, exactly (`iqs`' rounding). JSON rather than a row per point:
 * the IQS by hero of every client over a year is ~25,000 points, and rows are what cost.
 * From the rollups, `hero` needs `weeksCtes(true)`.
 */
function iqsBody(scope: DashboardScope, key: IqsKey): string {
	if (!fromRollups(scope)) {
		return perWeekSums(`select r.week, ${REVIEW_KEY[key]} as key, 1 as reviews, (r.score is not null)::int as rated, round(r.score * 1000000000)::bigint as nanos from reviewed r`);
	}
	const edge = `select r.week, ${REVIEW_KEY[key]} as key, 1 as reviews, (r.score is not null)::int as rated, round(r.score * 1000000000)::bigint as nanos from edge r`;
	if (key === 'hero') {
		return `select w.week, w.heroes as sums from weeks w where w.inside
union all
${perWeekSums(edge)}`;
	}
	return perWeekSums(`select s.week, s.key, s.reviews, s.rated, s.nanos from (${ROLLUP_ROWS[key]}) s union all ${edge}`);
}

const iqsSums = (scope: DashboardScope, key: IqsKey): SqlQuery => query(scopeCtes(scope, key === 'hero'), iqsBody(scope, key), seriesParams(scope));

/**
 * (a) IQS per week and group: IQS = Σ review scores / number of scored reviews, over the submitted
 * reviews of the week (assignment week) and group; `reviews` counts unscored ones too.
 */
export function iqsSeriesQuery(scope: DashboardScope, groupBy: DashboardGroupBy): SqlQuery {
	return iqsSums(scope, groupBy);
}

/** `GET /api/qa/iqs`: IQS per hero, language or assignment week over the period (mapped by `toIqsGroups`). */
export function iqsGroupsQuery(scope: DashboardScope, groupBy: 'hero' | 'language' | 'week'): SqlQuery {
	return iqsSums(scope, groupBy);
}

/**
 * (b) Per category id: mean category score over the answers that were not N/A; `reviews` that
 * answered it; N/A answers; fail rate = answers scored 0 (the lowest value: fail, or 1 on a scale)
 * / answers not N/A.
 *
 * Directors' and associates' scopes add the per-day sums of `qa_category_day` (migrations/0026,
 * kept by the projection) over the UTC days wholly inside each client's period (`days`), read
 * per client by `(client_id, day)`, and read the answers of the rest by
 * `(client_id, submitted_at)`: answers carry their review's status, hero and submission time.
 * A hero's few answers are read by `(hero_id, submitted_at)`. No join to the reviews. Reads
 * `period` and `days`, and $4.
 */
function categoriesBody(scope: DashboardScope): string {
	const edge = (from: string, range: string) =>
		`select a.category_id, 1 as answers, (a.value = 'na')::int as na, (a.score is not null)::int as scored,
	        (a.score = 0)::int as failed, round(a.score * 1000000000)::bigint as nanos
	   from ${from} p cross join lateral (
	        select a.* from qa_review_category a
	         where ${range} and a.status = 'submitted'
	        offset 0) a`;
	const rows =
		scope.heroId !== null
			? edge('period', 'a.hero_id = $4::text and a.client_id = p.client_id and a.submitted_at >= p.starts and a.submitted_at < p.ends')
			: !fromRollups(scope)
				? `${edge('period', 'a.client_id = p.client_id and a.submitted_at >= p.starts and a.submitted_at < p.ends')} where $4::text is null`
				: `select g.category_id, g.answers, g.na, g.scored, g.failed, g.score_nanos as nanos
	   from days p cross join lateral (
	        select g.* from qa_category_day g
	         where g.client_id = p.client_id and g.day >= (p.lo at time zone 'UTC')::date and g.day < (p.hi at time zone 'UTC')::date
	        offset 0) g
	  where $4::text is null
	 union all
	 ${edge('days', 'a.client_id = p.client_id and ((a.submitted_at >= p.starts and a.submitted_at < p.lo) or (a.submitted_at >= p.hi and a.submitted_at < p.ends))')}`;
	return `select x.category_id, sum(x.answers)::int as reviews, sum(x.na)::int as na, sum(x.scored)::int as scored,
       coalesce(sum(x.failed), 0)::int as failed, round(sum(x.nanos)::numeric / nullif(sum(x.scored), 0))::float8 as mean_nanos
  from (${rows}) x
 group by x.category_id`;
}

export function categoriesQuery(scope: DashboardScope): SqlQuery {
	return query([PERIOD, DAYS], categoriesBody(scope), params(scope));
}

/** (c) Scored reviews per tenth of the score: bucket k holds [k/10, (k+1)/10), the last also 100 %. */
function distributionBody(scope: DashboardScope): string {
	const bucket = `least(9, round(r.score * 1000000000)::bigint / 100000000)::int`;
	if (!fromRollups(scope)) {
		return `select ${bucket} as bucket, count(*)::int as reviews
  from reviewed r where r.score is not null group by 1`;
	}
	return `select x.bucket, sum(x.reviews)::int as reviews
  from (select g.key::int as bucket, g.reviews from (${groupRows('bucket')}) g
        union all
        select ${bucket}, 1 from edge r where r.score is not null) x
 group by 1`;
}

export function distributionQuery(scope: DashboardScope): SqlQuery {
	return query(scopeCtes(scope), distributionBody(scope), seriesParams(scope));
}

/**
 * (d) Per reviewer: submitted reviews, mean score (as IQS), standard deviation of their scores
 * (population: √(Σ(score − mean)² / n)), and mean deviation = mean over their scored reviews of
 * (score − the mean score of that review's client over the same period, all reviewers).
 *
 * The query answers exact integer sums per reviewer and client — reviews, scored ones, Σ score
 * and Σ score² in nanos (as text: they pass 2⁵³) — and `toReviewerStats` computes all three
 * exactly from them, each rounded once to 9 decimals, half away from zero, as IQS is. (Computed
 * in floats, a spread exactly halfway between two nanos, such as |0.375 − 0.833333333| / 2,
 * came out either side of it.)
 */
function reviewersBody(scope: DashboardScope): string {
	const sums = `sum(x.reviews)::int as reviews, sum(x.rated)::int as rated,
       coalesce(sum(x.nanos), 0)::text as nanos, coalesce(sum(x.squares), 0)::text as squares`;
	if (!fromRollups(scope)) {
		return `select x.client_id, x.reviewer_id, ${sums}
  from (select r.client_id, r.reviewer_id, 1 as reviews, (r.score is not null)::int as rated, round(r.score * 1000000000)::bigint as nanos,
               round(r.score * 1000000000)::numeric * round(r.score * 1000000000)::numeric as squares
          from reviewed r) x
 group by 1, 2`;
	}
	return `select x.client_id, x.key as reviewer_id, ${sums}
  from (${groupRows('reviewer')}
        union all
        ${edgeRows('r.reviewer_id')}) x
 group by 1, 2`;
}

export function reviewersQuery(scope: DashboardScope): SqlQuery {
	return query(scopeCtes(scope), reviewersBody(scope), seriesParams(scope));
}

/**
 * (e) Per week: submitted reviews, disputes raised on them (a dispute is per category), the
 * accepted ones, and rate = reviews with at least one dispute / submitted reviews. Disputes are
 * counted per review first (a review's disputes are in its room, so of its client): one row per
 * review to join, and no `count(distinct)`, which sorted every review of the scope. The rollups
 * hold each week's counts; the edge reviews' disputes are looked up by review.
 */
function disputesBody(scope: DashboardScope): string {
	if (!fromRollups(scope)) {
		return `select r.week, count(*)::int as reviews, coalesce(sum(d.disputes), 0)::int as disputes,
       count(d.review_id)::int as disputed, coalesce(sum(d.accepted), 0)::int as accepted
  from reviewed r left join (
       select d.review_id, count(*) as disputes, count(*) filter (where d.status = 'accepted') as accepted
         from qa_dispute d where d.client_id = any($1::text[]) group by d.review_id) d on d.review_id = r.id
 group by r.week`;
	}
	return `select x.week, sum(x.reviews)::int as reviews, sum(x.disputes)::int as disputes, sum(x.disputed)::int as disputed, sum(x.accepted)::int as accepted
  from (select w.week, w.reviews, w.disputes, w.disputed, w.accepted from weeks w where w.inside
        union all
        select r.week, 1, d.disputes, (d.disputes > 0)::int, d.accepted
          from edge r cross join lateral (
               select count(*)::int as disputes, (count(*) filter (where d.status = 'accepted'))::int as accepted
                 from qa_dispute d where d.review_id = r.id and d.client_id = r.client_id) d) x
 group by x.week`;
}

export function disputesQuery(scope: DashboardScope): SqlQuery {
	return query(scopeCtes(scope), disputesBody(scope), seriesParams(scope));
}

/**
 * Category id → name over the scope's clients' scorecard versions: the newest version naming it
 * wins (by creation time to the millisecond, then version). Read in the database, so only the
 * names leave it, not every version's categories.
 */
const CATEGORY_NAMES = `select coalesce(json_object_agg(n.id, n.name), '{}'::json) from (
	select distinct on (c.value->>'id') c.value->>'id' as id, c.value->>'name' as name
	  from qa_scorecard s cross join lateral jsonb_array_elements(s.categories) c
	 where s.client_id = any($1::text[])
	 order by c.value->>'id', date_trunc('milliseconds', s.created_at) desc, s.version desc) n`;

/**
 * The whole dashboard in one statement and one row: each series' rows as a JSON array (`iqs`,
 * `categories`, `distribution`, and `reviewers` and `disputes` when `staff`, else null) — the
 * rows the queries above answer, read over one evaluation of the scope — `category_names`, an
 * object category id → name, and `user_names`, id → name of the people the series name (the
 * reviewers, and the heroes IQS is grouped by). Mapped by `toDashboardSeries`.
 */
export function dashboardSeriesQuery(scope: DashboardScope, groupBy: DashboardGroupBy, staff: boolean): SqlQuery {
	const rows = (name: string) => `(select coalesce(json_agg(s), '[]'::json) from ${name} s)`;
	const people = [...(groupBy === 'hero' ? ['select jsonb_object_keys(i.sums) from iqs i'] : []), ...(staff ? ['select r.reviewer_id from reviewers r'] : [])];
	return query(
		[
			...scopeCtes(scope, groupBy === 'hero'),
			DAYS,
			`iqs as materialized (\n${iqsBody(scope, groupBy)}\n)`,
			...(staff ? [`reviewers as materialized (\n${reviewersBody(scope)}\n)`] : [])
		],
		`select ${rows('iqs')} as iqs,
       ${rows(`(${categoriesBody(scope)})`)} as categories,
       ${rows(`(${distributionBody(scope)})`)} as distribution,
       ${staff ? rows('reviewers') : 'null'} as reviewers,
       ${staff ? rows(`(${disputesBody(scope)})`) : 'null'} as disputes,
       (${CATEGORY_NAMES}) as category_names,
       ${people.length === 0 ? `'{}'::json` : `(select coalesce(json_object_agg(u.id, u.name), '{}'::json) from app_user u where u.id in (${people.join(' union ')}))`} as user_names`,
		params(scope)
	);
}

export interface IqsPoint {
	week: string;
	key: string;
	/** 0..1; null when no review of the week and group has a score. */
	iqs: number | null;
	reviews: number;
	rated: number;
}

export interface CategoryStat {
	categoryId: string;
	/** The name in the newest scorecard version that has the category (the id when none has). */
	name: string;
	reviews: number;
	na: number;
	/** Answers not N/A. */
	scored: number;
	/** 0..1; null when every answer was N/A. */
	mean: number | null;
	/** 0..1; null when every answer was N/A. */
	failRate: number | null;
}

export interface ScoreBucket {
	/** 0..9: the tenth of the score range. */
	bucket: number;
	/** Lower bound, 0..0.9; the bucket ends at `from + 0.1` (the last includes 1). */
	from: number;
	reviews: number;
}

export interface ReviewerStat {
	reviewerId: string;
	reviews: number;
	rated: number;
	mean: number | null;
	/** Population standard deviation of their scores; null without scores. */
	sd: number | null;
	/** Mean of (score − their client's mean); below 0 harsher than the client's reviewers. */
	deviation: number | null;
}

export interface DisputeWeek {
	week: string;
	reviews: number;
	disputes: number;
	/** Reviews with at least one dispute. */
	disputed: number;
	accepted: number;
	/** disputed / reviews, 0..1. */
	rate: number;
}

/** Everything `GET /api/qa/dashboard` answers; heroes get null reviewers and disputes. */
export interface Dashboard {
	from: string;
	to: string;
	groupBy: DashboardGroupBy;
	clientIds: string[];
	iqs: IqsPoint[];
	categories: CategoryStat[];
	distribution: ScoreBucket[];
	reviewers: ReviewerStat[] | null;
	disputes: DisputeWeek[] | null;
	/** Display names of the clients and people the series name (ids absent here are shown as ids). */
	names: { clients: Record<string, string>; users: Record<string, string> };
}

type Num = number | string | null;
const nanos = (value: Num) => (value === null ? null : Number(value) / 1e9);
const NANOS = 1_000_000_000n;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A json column as the database hands it over: parsed (PGlite, node-postgres), or its text. */
type Json<T> = T | string;
const parsed = <T>(value: Json<T>): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** `iqsSeriesQuery`'s rows: per week, key → [reviews, scored reviews, Σ score in nanos]. */
export interface IqsSumsRow {
	week: string;
	sums: Json<Record<string, readonly [number | string, number | string, number | string]>>;
}

interface IqsSum {
	week: string;
	key: string;
	reviews: number;
	rated: number;
	/** Σ nanos while it is a safe integer (the sum of a year of one client's reviews is far below 2⁵³)… */
	nanos: number;
	/** …and exactly, once it is not (or a term is not). */
	big: bigint | null;
}

/**
 * Adds the rows' sums per (week, key), or per key alone when `perWeek` is false. Exact: nanos are
 * added as numbers only while every term and the sum are safe integers, then as BigInt (a year
 * of every client's heroes is some 25,000 members, and a BigInt each cost more than the rest).
 */
function addIqsSums(rows: readonly IqsSumsRow[], perWeek: boolean): IqsSum[] {
	const weeks = new Map<string, Map<string, IqsSum>>();
	const all: IqsSum[] = [];
	for (const row of rows) {
		const sums = parsed(row.sums);
		const week = perWeek ? row.week : '';
		const points = weeks.get(week) ?? weeks.set(week, new Map()).get(week)!;
		for (const key in sums) {
			const [reviews, rated, nanos] = sums[key]!;
			let point = points.get(key);
			if (!point) {
				point = { week, key, reviews: 0, rated: 0, nanos: 0, big: null };
				points.set(key, point);
				all.push(point);
			}
			point.reviews += Number(reviews);
			point.rated += Number(rated);
			const term = Number(nanos);
			if (point.big === null && Number.isSafeInteger(term) && Number.isSafeInteger(point.nanos + term)) point.nanos += term;
			else point.big = (point.big ?? BigInt(point.nanos)) + BigInt(nanos);
		}
	}
	return all;
}

const totalOf = (sum: IqsSum) => sum.big ?? BigInt(sum.nanos);

/** IQS = Σ nanos / scored reviews, rounded once as `iqs` rounds; null when nothing was scored. */
const meanOf = (nanos: bigint, rated: number) => (rated === 0 ? null : roundedRatio(nanos, BigInt(rated) * NANOS));

export const toIqsPoints = (rows: readonly IqsSumsRow[]): IqsPoint[] =>
	addIqsSums(rows, true)
		.map((p) => ({ week: p.week, key: p.key, iqs: meanOf(totalOf(p), p.rated), reviews: p.reviews, rated: p.rated }))
		.sort((a, b) => byText(a.week, b.week) || byText(a.key, b.key));

/** `iqsGroupsQuery`'s rows as `GET /api/qa/iqs` answers them, by key (code unit order, as `iqsBy`). */
export const toIqsGroups = (rows: readonly IqsSumsRow[]): IqsGroup[] =>
	addIqsSums(rows, false)
		.map((p) => ({ key: p.key, iqs: meanOf(totalOf(p), p.rated), reviews: p.reviews, rated: p.rated }))
		.sort((a, b) => byText(a.key, b.key));

export const toCategoryStats = (
	rows: { category_id: string; reviews: number; na: number; scored: number; failed: number; mean_nanos: Num }[],
	names: ReadonlyMap<string, string>
): CategoryStat[] =>
	rows
		.map((row) => ({
			categoryId: row.category_id,
			name: names.get(row.category_id) ?? row.category_id,
			reviews: row.reviews,
			na: row.na,
			scored: row.scored,
			mean: nanos(row.mean_nanos),
			failRate: row.scored === 0 ? null : roundedRatio(BigInt(row.failed), BigInt(row.scored))
		}))
		.sort((a, b) => byText(a.categoryId, b.categoryId));

/** All ten buckets, empty ones with 0. */
export function toScoreBuckets(rows: { bucket: number; reviews: number }[]): ScoreBucket[] {
	const counts = new Map(rows.map((row) => [row.bucket, row.reviews]));
	return Array.from({ length: 10 }, (_, bucket) => ({ bucket, from: bucket / 10, reviews: counts.get(bucket) ?? 0 }));
}

/** One reviewer's sums over one client's reviews, in nanos: `reviewersQuery`'s rows. */
export interface ReviewerSums {
	client_id: string;
	reviewer_id: string;
	reviews: number;
	rated: number;
	/** Σ score in nanos, an integer as text. */
	nanos: string;
	/** Σ score² in nanos², an integer as text. */
	squares: string;
}

/** ⌊√n⌋ of a non-negative integer. */
function isqrt(n: bigint): bigint {
	if (n < 2n) return n;
	let x = BigInt(Math.floor(Math.sqrt(Number(n))));
	while (x * x > n) x = (x + n / x) / 2n;
	while ((x + 1n) * (x + 1n) <= n) x++;
	return x;
}

const gcd = (a: bigint, b: bigint): bigint => {
	while (b !== 0n) [a, b] = [b, a % b];
	return a < 0n ? -a : a;
};

/**
 * Per reviewer, exactly: mean = S / n; sd = √(n·Q − S²) / n, rounded by ⌊(⌊√(4(n·Q − S²))⌋ + n) / 2n⌋
 * (the half-up rounding of the root, in integers); deviation = Σ over clients c of
 * (S_c − n_c · S'_c / N'_c) / n, where S'_c / N'_c is the client's mean over all its reviewers —
 * a sum of fractions kept exact.
 */
export function toReviewerStats(rows: readonly ReviewerSums[]): ReviewerStat[] {
	const clients = new Map<string, { rated: bigint; nanos: bigint }>();
	for (const row of rows) {
		const client = clients.get(row.client_id) ?? clients.set(row.client_id, { rated: 0n, nanos: 0n }).get(row.client_id)!;
		client.rated += BigInt(row.rated);
		client.nanos += BigInt(row.nanos);
	}
	const reviewers = new Map<string, { reviews: number; rated: bigint; nanos: bigint; squares: bigint; num: bigint; den: bigint }>();
	for (const row of rows) {
		const r = reviewers.get(row.reviewer_id) ?? reviewers.set(row.reviewer_id, { reviews: 0, rated: 0n, nanos: 0n, squares: 0n, num: 0n, den: 1n }).get(row.reviewer_id)!;
		const rated = BigInt(row.rated);
		const nanos = BigInt(row.nanos);
		r.reviews += row.reviews;
		r.rated += rated;
		r.nanos += nanos;
		r.squares += BigInt(row.squares);
		if (rated === 0n) continue;
		// + (nanos · N − rated · S) / N, with the client's S and N.
		const client = clients.get(row.client_id)!;
		const num = r.num * client.rated + (nanos * client.rated - rated * client.nanos) * r.den;
		const den = r.den * client.rated;
		const divisor = gcd(num, den) || 1n;
		r.num = num / divisor;
		r.den = den / divisor;
	}
	return [...reviewers]
		.map(([reviewerId, r]) => {
			const n = r.rated;
			const sdNanos = n === 0n ? null : (isqrt(4n * (n * r.squares - r.nanos * r.nanos)) + n) / (2n * n);
			return {
				reviewerId,
				reviews: r.reviews,
				rated: Number(n),
				mean: n === 0n ? null : roundedRatio(r.nanos, n * NANOS),
				sd: sdNanos === null ? null : Number(sdNanos) / 1e9,
				deviation: n === 0n ? null : roundedRatio(r.num, r.den * n * NANOS)
			};
		})
		.sort((a, b) => byText(a.reviewerId, b.reviewerId));
}

export const toDisputeWeeks = (rows: { week: string; reviews: number; disputes: number; disputed: number; accepted: number }[]): DisputeWeek[] =>
	rows
		.map((row) => ({ ...row, rate: roundedRatio(BigInt(row.disputed), BigInt(row.reviews)) }))
		.sort((a, b) => byText(a.week, b.week));

type CategoryRow = Parameters<typeof toCategoryStats>[0][number];
type DisputeRow = Parameters<typeof toDisputeWeeks>[0][number];

/** `dashboardSeriesQuery`'s one row. */
export interface DashboardSeriesRow {
	iqs: Json<IqsSumsRow[]>;
	categories: Json<CategoryRow[]>;
	distribution: Json<{ bucket: number; reviews: number }[]>;
	reviewers: Json<ReviewerSums[]> | null;
	disputes: Json<DisputeRow[]> | null;
	category_names: Json<Record<string, string>>;
	user_names: Json<Record<string, string>>;
}

/** `dashboardSeriesQuery`'s row mapped as each series' own query is (`toIqsPoints`, …), and the people's names. */
export function toDashboardSeries(row: DashboardSeriesRow): Pick<Dashboard, 'iqs' | 'categories' | 'distribution' | 'reviewers' | 'disputes'> & { userNames: Record<string, string> } {
	const names = new Map(Object.entries(parsed(row.category_names)));
	return {
		iqs: toIqsPoints(parsed(row.iqs)),
		categories: toCategoryStats(parsed(row.categories), names),
		distribution: toScoreBuckets(parsed(row.distribution)),
		reviewers: row.reviewers === null ? null : toReviewerStats(parsed(row.reviewers)),
		disputes: row.disputes === null ? null : toDisputeWeeks(parsed(row.disputes)),
		userNames: parsed(row.user_names)
	};
}
