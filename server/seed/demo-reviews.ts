import type * as Y from 'yjs';
import type { Language } from '#domain/access';
import {
	ROOT_CAUSES,
	commentOf,
	reviewMap,
	seedReview,
	setAnswer,
	setRootCause,
	submitReview,
	type ReviewSeed,
	type RootCause
} from '#domain/qa/room';
import { assignRoundRobin, mondayOf, reviewSeedFor, sampleTickets, samplingFilters, samplingSeed, samplingWindow } from '#domain/qa/sampling';
import { scaleRange, type Category, type Scorecard } from '#domain/qa/scorecard';
import { NA } from '#domain/qa/scoring';
import { createRandom, type Random } from '#domain/random';
import { roomName } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import { associatesByClient, recordAssignments, weekTickets } from '../jobs/qa-sampling';
import { ClientService } from '../services/clients';
import { QaSamplingService } from '../services/qa-sampling';
import type { SyncService } from '../sync/service';

export interface DemoReviewsOptions {
	store: Store;
	sync: Pick<SyncService, 'withRoom'>;
	seed?: number;
	/** The seed's "now" (tests pin it). */
	now?: Date;
	/** Full weeks of reviews, the newest being the associates' current queue. */
	weeks?: number;
}

export interface DemoReviewsResult {
	/** False when reviews were assigned already (or nothing could be: no scorecard, ticket or associate). */
	seeded: boolean;
	reviews: number;
	submitted: number;
	rooms: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Seeds the demo's past QA weeks so charts speak from the first start: for each of the last
 * `weeks` Mondays at 05:00 UTC (the job's slot), samples the previous week exactly as the
 * qa-sampling job does (same pure functions, same seeds, the scorecard version current then),
 * creates the reviews, and fills most as their associate would have during the week after —
 * answers, a comment, a root cause, submitted — through the room functions a browser uses.
 * The newest week stays mostly open: the associates' current queue.
 *
 * Heroes differ in skill (so IQS differs per hero), languages a little, reviewers a little;
 * critical failures are rare. Everything is seeded: the same workspace gets the same reviews.
 *
 * One `withRoom` per month room, then the `qa_assignment` rows in one transaction; the sync
 * server projects the rooms into `qa_review`. Idempotent: skipped when `qa_assignment` has rows;
 * after a crash between the rooms and the rows, the next start finds the reviews in the rooms
 * (same ids), leaves them as they are and records them.
 */
export async function seedDemoReviews(options: DemoReviewsOptions): Promise<DemoReviewsResult> {
	const { store, sync } = options;
	const none: DemoReviewsResult = { seeded: false, reviews: 0, submitted: 0, rooms: 0 };
	const { rows: existing } = await store.query('select 1 from qa_assignment limit 1');
	if (existing.length > 0) return none;

	const now = options.now ?? new Date();
	const random = createRandom(options.seed ?? 1);
	const runs = demoRunTimes(now, options.weeks ?? 6);
	const plans = await plan(store, runs);
	if (plans.size === 0) return none;

	let submitted = 0;
	const seeds: ReviewSeed[] = [];
	for (const [name, reviews] of [...plans].sort(([a], [b]) => a.localeCompare(b))) {
		// A stream per review, drawn whether or not it is filled: the same review, the same answers.
		const streams = reviews.map(() => random.fork());
		submitted += await sync.withRoom(name, (doc) => {
			let done = 0;
			reviews.forEach(({ seed, scorecard, current }, i) => {
				if (seedReview(doc, seed, scorecard) && fill(doc, seed, scorecard, streams[i]!, current, now)) done++;
			});
			return done;
		});
		seeds.push(...reviews.map((r) => r.seed));
	}
	await store.transaction((tx) => recordAssignments(tx, seeds));
	return { seeded: true, reviews: seeds.length, submitted, rooms: plans.size };
}

/** The job's slots the seed replays: the last `weeks` Mondays at 05:00 UTC up to `now`, oldest first. */
export function demoRunTimes(now: Date, weeks: number): Date[] {
	let latest = Date.parse(`${mondayOf(now.toISOString().slice(0, 10))}T05:00:00Z`);
	if (latest > now.getTime()) latest -= 7 * DAY_MS;
	return Array.from({ length: weeks }, (_, i) => new Date(latest - (weeks - 1 - i) * 7 * DAY_MS));
}

interface PlannedReview {
	seed: ReviewSeed;
	scorecard: Scorecard;
	/** Assigned by the newest run: the current queue. */
	current: boolean;
}

/** Room name → its reviews, sampled week by week as the job would have. */
async function plan(store: Store, runs: Date[]): Promise<Map<string, PlannedReview[]>> {
	const { rows: clients } = await store.query<{ id: string; time_zone: string }>('select id, time_zone from client order by id');
	const associates = await associatesByClient(store);
	const sampling = new QaSamplingService(store, new ClientService(store));
	const rooms = new Map<string, PlannedReview[]>();
	if (runs.length === 0) return rooms;
	for (const client of clients) {
		const reviewers = associates.get(client.id) ?? [];
		if (reviewers.length === 0) continue;
		const settings = await sampling.settingsFor(client.id);
		const windows = runs.map((runAt) => samplingWindow(runAt, client.time_zone));
		// One read of the client's tickets and scorecard versions for all the weeks.
		const all = await weekTickets(store, client.id, windows[0]!.from, windows.at(-1)!.to);
		const versions = await scorecardVersions(store, client.id);
		let cursor = 0;
		for (const [index, runAt] of runs.entries()) {
			const scorecard = versions.findLast((v) => Date.parse(v.createdAt) <= runAt.getTime());
			if (!scorecard) continue;
			const window = windows[index]!;
			const tickets = all.filter((t) => t.day >= window.from && t.day <= window.to);
			const picks = sampleTickets({
				seed: samplingSeed(client.id, window.week),
				tickets,
				perHero: settings.perHero,
				filters: samplingFilters(settings),
				alreadyReviewed: new Set(tickets.filter((t) => t.reviewed).map((t) => t.id))
			});
			const assigned = assignRoundRobin(picks, reviewers, cursor);
			cursor += assigned.length;
			const name = roomName('qa', client.id, window.month);
			const list = rooms.get(name) ?? rooms.set(name, []).get(name)!;
			for (const { ticket, reviewerId } of assigned) {
				const seed = reviewSeedFor(ticket, {
					clientId: client.id,
					reviewerId,
					scorecard,
					week: window.assignWeek,
					assignedAt: runAt.toISOString(),
					runId: null
				});
				list.push({ seed, scorecard, current: index === runs.length - 1 });
			}
		}
	}
	for (const [name, list] of rooms) if (list.length === 0) rooms.delete(name);
	return rooms;
}

/** The client's scorecard versions, oldest first (the table ScorecardService writes). */
async function scorecardVersions(db: Queryable, clientId: string): Promise<Scorecard[]> {
	const { rows } = await db.query<{ id: string; version: number; name: string; categories: Category[]; created_at: Date; created_by: string }>(
		'select id, version, name, categories, created_at, created_by from qa_scorecard where client_id = $1 order by version',
		[clientId]
	);
	return rows.map((row) => ({
		id: row.id,
		clientId,
		version: row.version,
		name: row.name,
		categories: row.categories,
		createdAt: new Date(row.created_at).toISOString(),
		createdBy: row.created_by
	}));
}

// -- What the associates did ------------------------------------------------------------------

/** A number in [0, 1) from a text, stable across runs: skills and biases of people and languages. */
function trait(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return createRandom(h >>> 0).float();
}

/** 0.5 to 0.97, most heroes good and a few struggling. */
const heroSkill = (heroId: string) => 0.5 + 0.47 * Math.sqrt(trait(`hero:${heroId}`));
/** Some languages are a little harder for the team (−0.06 to +0.02). */
const languageBias = (language: Language) => -0.06 + 0.08 * trait(`language:${language}`);
/** Some reviewers are a little more lenient (−0.03 to +0.03). */
const reviewerBias = (reviewerId: string) => -0.03 + 0.06 * trait(`reviewer:${reviewerId}`);

const clamp = (x: number) => Math.min(1, Math.max(0, x));

const ISSUES: Record<string, { comments: string[]; causes: RootCause[] }> = {
	greeting: { comments: ['No personal greeting', 'Skipped the brand greeting'], causes: ['process'] },
	verification: { comments: ['Shared account details before verifying identity', 'Skipped the security questions'], causes: ['process', 'policy'] },
	understanding: { comments: ['Answered a different question than asked', 'Did not ask for the order number'], causes: ['knowledge', 'process'] },
	accuracy: { comments: ['Missed the refund deadline', 'Quoted the wrong fee', 'Gave an outdated delivery time'], causes: ['knowledge', 'policy'] },
	tone: { comments: ['Tone felt curt with an upset customer', 'Too many canned phrases'], causes: ['tone'] },
	'kb-use': { comments: ['Did not follow the knowledge-base article', 'Linked the wrong article'], causes: ['knowledge', 'tooling'] },
	resolution: { comments: ['Closed without solving; the customer wrote again', 'Escalated without saying what happens next'], causes: ['process', 'tooling'] },
	closing: { comments: ['No next steps at the end', 'Closed abruptly'], causes: ['process'] },
	safety: { comments: ['Accident report not escalated to the safety team'], causes: ['policy', 'process'] },
	proactive: { comments: ['Did not mention the documents needed next'], causes: ['knowledge'] }
};
const PRAISE = ['Clear and friendly, well done', 'Great empathy with a frustrated customer', 'Solved it in one reply', 'Nice use of the knowledge base', 'Good summary of the next steps'];

/** One answer for `category` by a hero of quality `q` (0–1). */
function answer(r: Random, category: Category, q: number): number | typeof NA {
	if (category.allowNA && r.chance(category.critical ? 0.55 : category.bonus ? 0.3 : 0.1)) return NA;
	const { min, max } = scaleRange(category.scale);
	if (category.critical && r.chance(0.01 + 0.05 * (1 - q))) return min;
	if (category.bonus) return r.chance(0.1 + 0.35 * q) ? max : min;
	const level = clamp(q + (r.float() - 0.5) * 0.45);
	const value = min + Math.round(level * (max - min));
	// A critical category fails only by the draw above.
	return category.critical ? Math.max(min + 1, value) : value;
}

/**
 * Fills a new review as its associate would: answers one by one, a comment, a root cause for a
 * weak review, then submits. Past weeks are mostly submitted, the current one mostly untouched;
 * nothing is dated after `now`. Returns whether it was submitted.
 */
function fill(doc: Y.Doc, seed: ReviewSeed, scorecard: Scorecard, r: Random, current: boolean, now: Date): boolean {
	const review = reviewMap(doc, seed.id)!;
	const by = seed.reviewerId;
	const outcome = r.weighted<'submit' | 'partial' | 'open'>(
		current
			? [
					['submit', 25],
					['partial', 15],
					['open', 60]
				]
			: [
					['submit', 93],
					['partial', 3],
					['open', 4]
				]
	);
	if (outcome === 'open') return false;
	// Some day of the assignment week, during working hours (UTC, near enough for Europe).
	let at = Date.parse(seed.assignedAt) + r.int(0, 4) * DAY_MS + r.int(2, 11) * HOUR_MS + r.int(0, 59) * 60_000;
	const step = () => new Date((at += r.int(20, 90) * 1000)).toISOString();
	if (at + 30 * 60_000 > now.getTime()) return false;

	const q = clamp(heroSkill(seed.heroId ?? '') + languageBias(seed.ticket.language) + reviewerBias(by));
	const categories = outcome === 'partial' ? scorecard.categories.slice(0, r.int(1, Math.max(1, scorecard.categories.length - 1))) : scorecard.categories;
	const weak: Category[] = [];
	for (const category of categories) {
		const value = answer(r, category, q);
		setAnswer(review, category.id, value, by, step());
		if (value !== NA && !category.bonus && value - scaleRange(category.scale).min <= (scaleRange(category.scale).max - scaleRange(category.scale).min) / 3) weak.push(category);
	}
	if (outcome === 'partial') return false;

	const issue = weak.length > 0 ? ISSUES[r.pick(weak).id] : undefined;
	const comment = issue && r.chance(0.85) ? r.pick(issue.comments) : r.chance(0.35) ? r.pick(PRAISE) : '';
	if (comment) commentOf(review).insert(0, comment);
	if (weak.length > 0) setRootCause(review, issue ? r.pick(issue.causes) : r.pick(ROOT_CAUSES), by, step());
	return submitReview(doc, review, by, step()).length === 0;
}
