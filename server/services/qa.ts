import { z } from 'zod';
import { iqsGroupsQuery, toIqsGroups, type IqsSumsRow } from '#domain/qa/dashboard';
import { NA, type IqsGroup } from '#domain/qa/scoring';
import { toCsv } from '../../src/lib/ui/csv';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import type { ClientService, Viewer } from './clients';

/**
 * QA reviews and IQS for the API (`GET /api/qa/reviews`, `GET /api/qa/iqs`), read from the
 * server's `qa_review` tables, which the sync server keeps projected from the month rooms
 * `qa.<clientId>.<yyyy-mm>` (server/sync/project.ts).
 *
 * Who sees what: directors every client; associates their assigned clients; heroes, for a client
 * of theirs, only the submitted reviews of their own tickets (a review in progress is not
 * feedback yet); admins nothing (they manage accounts, not quality).
 *
 * Periods are days `yyyy-mm-dd`, both included, in the client's time zone (the days tickets are
 * filed by), at most 366 days. Submitted reviews are selected by `submitted_at`; open ones (only
 * with `status=open`) by `assigned_at`.
 */

export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

const isDay = (value: string) => {
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};
const day = z
	.string('A date as yyyy-mm-dd is required')
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written yyyy-mm-dd')
	.refine(isDay, 'Not a date of the calendar');
const clientId = z.string('clientId is required').trim().min(1, 'clientId is required');

/** Days from `from` to `to`, both included. */
const periodDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;

function checkPeriod(period: { from: string; to: string }, ctx: z.RefinementCtx): void {
	const days = periodDays(period.from, period.to);
	if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
	else if (days > MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `A period has at most ${MAX_PERIOD_DAYS} days` });
}

export const REVIEW_STATUS_FILTERS = ['submitted', 'open'] as const;

/** `GET /api/qa/reviews`' query. */
export const reviewsQuery = z
	.object({
		clientId,
		from: day,
		to: day,
		status: z.enum(REVIEW_STATUS_FILTERS, 'status is submitted or open').default('submitted'),
		format: z.enum(['json', 'csv'], 'format is json or csv').default('json')
	})
	.superRefine(checkPeriod);
export type ReviewsQuery = z.output<typeof reviewsQuery>;

export const IQS_GROUPS = ['hero', 'language', 'week'] as const;
export type IqsGroupBy = (typeof IQS_GROUPS)[number];

/** `GET /api/qa/iqs`' query: without `to`, up to today (UTC); without `from`, 366 days up to `to`. */
export const iqsQuery = z
	.object({
		clientId,
		groupBy: z.enum(IQS_GROUPS, 'groupBy is hero, language or week'),
		from: day.optional(),
		to: day.optional()
	})
	.transform(({ from, to, ...rest }) => {
		const end = to ?? new Date().toISOString().slice(0, 10);
		const start = from ?? new Date(Date.parse(end) - (MAX_PERIOD_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
		return { ...rest, from: start, to: end };
	})
	.superRefine(checkPeriod);
export type IqsQuery = z.output<typeof iqsQuery>;

export interface QaReviewCategory {
	categoryId: string;
	/** The value on the category's scale, or 'na'. */
	value: number | typeof NA;
	/** 0 to 1; null for N/A and for reviews without a score. */
	score: number | null;
}

export interface QaReview {
	id: string;
	clientId: string;
	ticketId: string;
	/** The ticket's subject; null when the server has no row for the ticket. */
	ticketSubject: string | null;
	heroId: string | null;
	reviewerId: string;
	/** ISO week of the assignment, `2026-W47`. */
	week: string;
	language: string;
	channel: string;
	status: 'open' | 'submitted';
	assignedAt: string;
	submittedAt: string | null;
	/** 0 to 1; null while open, or when nothing in the review could be scored. */
	score: number | null;
	criticalFailed: boolean;
	rootCause: string | null;
	comment: string;
	scorecardId: string;
	scorecardVersion: number;
	/** Ordered by category id. */
	categories: QaReviewCategory[];
}

interface ReviewRow {
	id: string;
	client_id: string;
	ticket_id: string;
	ticket_subject: string | null;
	hero_id: string | null;
	reviewer_id: string;
	week: string;
	language: string;
	channel: string;
	status: 'open' | 'submitted';
	assigned_at: Date | string;
	submitted_at: Date | string | null;
	score: number | null;
	critical_failed: boolean;
	root_cause: string | null;
	comment: string;
	scorecard_id: string;
	scorecard_version: number;
	/** As the database hands json over: parsed, or its text. */
	answers: AnswerTuple[] | string | null;
}

/** One answer: category id, value as stored (a scale value as text, or 'na'), score. */
type AnswerTuple = [string, string, number | null];

const iso = (value: Date | string) => new Date(value).toISOString();

/** Which reviews a caller may read of a client: the period's time zone, and the hero filter. */
interface Scope {
	clientId: string;
	timeZone: string;
	/** Heroes: their own id; null for everyone else (all reviews of the client). */
	heroId: string | null;
}

/** The time column a status is selected by; from this table only, never from the query. */
const PERIOD_COLUMN: Record<(typeof REVIEW_STATUS_FILTERS)[number], string> = {
	submitted: 'submitted_at',
	open: 'assigned_at'
};

export class QaService {
	constructor(
		private readonly store: Store,
		private readonly clients: ClientService
	) {}

	/** The reviews of the period, ordered by `submittedAt` (open ones: by `assignedAt`), each with its answers. */
	async reviews(viewer: Viewer, query: Omit<ReviewsQuery, 'format'>): Promise<QaReview[]> {
		const scope = await this.scope(viewer, query.clientId, query.status);
		const rows = await this.reviewRows(scope, query.status, query.from, query.to);
		return rows.map((row) => toReview(row, parseAnswers(row.answers)));
	}

	/**
	 * IQS of the period's submitted reviews per hero, language or assignment week, by key: the
	 * dashboard's SQL (src/lib/domain/qa/dashboard.ts), so both answer the same digits.
	 */
	async iqs(viewer: Viewer, query: IqsQuery): Promise<IqsGroup[]> {
		const scope = await this.scope(viewer, query.clientId, 'submitted');
		const { sql, params } = iqsGroupsQuery({ clientIds: [scope.clientId], from: query.from, to: query.to, heroId: scope.heroId }, query.groupBy);
		// Reviews of tickets without a hero are grouped under ''.
		return toIqsGroups((await this.store.query<IqsSumsRow>(sql, params)).rows);
	}

	private async scope(viewer: Viewer, clientId: string, status: ReviewsQuery['status']): Promise<Scope> {
		if (viewer.role === 'admin') throw new ServiceError(403, 'Admins do not see QA reviews.');
		if (viewer.role === 'hero' && status !== 'submitted') throw new ServiceError(403, 'Heroes see their submitted reviews only.');
		const client = await this.clients.getFor(viewer, clientId);
		return { clientId: client.id, timeZone: client.timeZone, heroId: viewer.role === 'hero' ? viewer.id : null };
	}

	/**
	 * One statement: each review's answers come along as one JSON array, `[[categoryId, value,
	 * score], …]` by category id, read by the answers' primary key review by review. (Asked
	 * apart, `review_id = any(ids)`, PGlite's planner, which has no statistics, scanned all
	 * answers for a month of one client: 87 of the 90 ms; and the answers were five rows a review.)
	 */
	private async reviewRows(scope: Scope, status: ReviewsQuery['status'], from: string, to: string): Promise<ReviewRow[]> {
		const column = PERIOD_COLUMN[status];
		const { rows } = await this.store.query<ReviewRow>(
			`select r.id, r.client_id, r.ticket_id, r.hero_id, r.reviewer_id, r.week, r.language, r.channel, r.status, r.assigned_at,
			        r.submitted_at, r.score, r.critical_failed, r.root_cause, r.comment, r.scorecard_id, r.scorecard_version,
			        (select t.subject from ticket t where t.id = r.ticket_id) as ticket_subject,
			        (select json_agg(json_build_array(a.category_id, a.value, a.score) order by a.category_id)
			           from qa_review_category a where a.review_id = r.id) as answers
			   from qa_review r
			  where r.client_id = $1 and r.status = $2
			    and r.${column} >= $3::date::timestamp at time zone $5
			    and r.${column} < ($4::date + 1)::timestamp at time zone $5
			    and ($6::text is null or r.hero_id = $6)
			  order by r.${column}, r.id`,
			[scope.clientId, status, from, to, scope.timeZone, scope.heroId]
		);
		return rows;
	}
}

/** A review's answers as `reviewRows` aggregates them (null when it has none). */
function parseAnswers(answers: ReviewRow['answers']): QaReviewCategory[] {
	const list = typeof answers === 'string' ? (JSON.parse(answers) as AnswerTuple[]) : (answers ?? []);
	return list.map(([categoryId, value, score]) => ({ categoryId, value: value === NA ? NA : Number(value), score }));
}

function toReview(row: ReviewRow, categories: QaReviewCategory[]): QaReview {
	return {
		id: row.id,
		clientId: row.client_id,
		ticketId: row.ticket_id,
		ticketSubject: row.ticket_subject,
		heroId: row.hero_id,
		reviewerId: row.reviewer_id,
		week: row.week,
		language: row.language,
		channel: row.channel,
		status: row.status,
		assignedAt: iso(row.assigned_at),
		submittedAt: row.submitted_at === null ? null : iso(row.submitted_at),
		score: row.score,
		criticalFailed: row.critical_failed,
		rootCause: row.root_cause,
		comment: row.comment,
		scorecardId: row.scorecard_id,
		scorecardVersion: row.scorecard_version,
		categories
	};
}

const REVIEW_COLUMNS = [
	'id',
	'clientId',
	'ticketId',
	'heroId',
	'reviewerId',
	'week',
	'language',
	'channel',
	'status',
	'assignedAt',
	'submittedAt',
	'score',
	'criticalFailed',
	'rootCause',
	'comment',
	'scorecardId',
	'scorecardVersion'
] as const satisfies readonly (keyof QaReview)[];

/** Column prefix of a category's value: `category:<id>` cannot collide with a review column. */
export const CATEGORY_COLUMN = 'category:';

/**
 * Reviews as CSV, one row per review: the review's fields, then one column `category:<id>` per
 * category any of them answered (sorted by id) holding the value (a number or `na`; empty when
 * that review's scorecard has no such category). Null is an empty cell; numbers are written as
 * JavaScript writes them (`0.666666667`), so they read back exactly. Quoting and formula
 * defusing are `src/lib/ui/csv.ts`', the console's one CSV writer.
 */
export function reviewsCsv(reviews: readonly QaReview[]): string {
	const categoryIds = [...new Set(reviews.flatMap((review) => review.categories.map((c) => c.categoryId)))].sort();
	const cell = (value: string | number | boolean | null) => (value === null ? '' : String(value));
	const rows = reviews.map((review) => {
		const values = new Map(review.categories.map((c) => [c.categoryId, c.value]));
		return [...REVIEW_COLUMNS.map((column) => cell(review[column])), ...categoryIds.map((id) => cell(values.get(id) ?? null))];
	});
	return toCsv([...REVIEW_COLUMNS, ...categoryIds.map((id) => `${CATEGORY_COLUMN}${id}`)], rows);
}
