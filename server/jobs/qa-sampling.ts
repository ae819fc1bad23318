import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { reviewMap, seedReview, type ReviewSeed } from '#domain/qa/room';
import {
	assignRoundRobin,
	reviewSeedFor,
	sampleTickets,
	samplingFilters,
	samplingSeed,
	samplingWindow,
	type SampledTicket,
	type SamplingWindow
} from '#domain/qa/sampling';
import type { Scorecard } from '#domain/qa/scorecard';
import { roomName } from '#protocol/rooms';
import type { Queryable, Store } from '../db/store';
import type { QaSamplingService } from '../services/qa-sampling';
import type { SyncService } from '../sync/service';
import type { Job, JobContext, JobOutcome } from './types';

/** What the job needs of the scorecards (ScorecardService.current: no access check). */
export interface CurrentScorecards {
	current(clientId: string): Promise<Scorecard | null>;
}

export interface QaSamplingDeps {
	store: Store;
	rooms: Pick<SyncService, 'withRoom'>;
	scorecards: CurrentScorecards;
	sampling: Pick<QaSamplingService, 'settingsFor'>;
}

/** A week's ticket with whether it has a review already. */
export interface WeekTicket extends SampledTicket {
	reviewed: boolean;
}

type ClientOutcome =
	| { client: ClientRow; skipped: string }
	| { client: ClientRow; skipped: null; window: SamplingWindow; selected: string[]; reviewIds: string[]; assigned: number };

interface ClientRow {
	id: string;
	name: string;
	time_zone: string;
}

/**
 * Every Monday, for each client with a current scorecard and at least one associate: samples
 * the previous ISO week's tickets (Monday–Sunday in the client's zone), up to the client's
 * `perHero` per hero (src/lib/domain/qa/sampling.ts), deals them round-robin to the client's
 * associates and creates one review per ticket in the month room of the run's day
 * (`qa.<clientId>.<yyyy-mm>`), recording each in `qa_assignment`.
 *
 * 05:00 UTC is 06:00 or 07:00 in Europe, so the week's reviews are waiting when associates
 * start. Clients west of UTC−5 are still on Sunday then: their newest full week is the one
 * before, which they get a week later (never a week that is not over).
 *
 * Idempotent: the draw is seeded by client and week, review ids derive from ticket ids, rows
 * are keyed by ticket, and a hero's reviews of the week count toward their quota. A re-run
 * assigns nothing new; one that follows a run whose rows were lost after its room was written
 * draws the same tickets, finds their reviews in the room, and records them as they are there.
 */
export function qaSampling(deps: QaSamplingDeps): Job {
	return {
		name: 'qa-sampling',
		description: "Samples each client's tickets of last week per hero and assigns their QA reviews to associates.",
		schedule: '0 5 * * 1',
		timeZone: 'UTC',
		timeoutMs: 10 * 60 * 1000,
		run: async (ctx) => {
			const { rows: clients } = await deps.store.query<ClientRow>('select id, name, time_zone from client order by id');
			const associates = await associatesByClient(deps.store);
			const outcomes: ClientOutcome[] = [];
			for (const [index, client] of clients.entries()) {
				ctx.signal.throwIfAborted();
				await ctx.progress(index / clients.length, `client ${index + 1} of ${clients.length}`);
				outcomes.push(await sampleClient(deps, ctx, client, associates.get(client.id) ?? []));
			}
			return summarise(outcomes);
		}
	};
}

async function sampleClient(deps: QaSamplingDeps, ctx: JobContext, client: ClientRow, associates: string[]): Promise<ClientOutcome> {
	const scorecard = await deps.scorecards.current(client.id);
	if (!scorecard) return { client, skipped: 'no scorecard' };
	if (associates.length === 0) return { client, skipped: 'no associate' };
	let window: SamplingWindow;
	try {
		window = samplingWindow(ctx.startedAt, client.time_zone);
	} catch {
		return { client, skipped: `unknown time zone ${client.time_zone}` };
	}
	const settings = await deps.sampling.settingsFor(client.id);
	const tickets = await weekTickets(deps.store, client.id, window.from, window.to);
	const picks = sampleTickets({
		seed: samplingSeed(client.id, window.week),
		tickets,
		perHero: settings.perHero,
		filters: samplingFilters(settings),
		alreadyReviewed: new Set(tickets.filter((t) => t.reviewed).map((t) => t.id))
	});
	const seeds = assignRoundRobin(picks, associates, await assignedCount(deps.store, client.id)).map(({ ticket, reviewerId }) =>
		reviewSeedFor(ticket, {
			clientId: client.id,
			reviewerId,
			scorecard,
			week: window.assignWeek,
			assignedAt: ctx.startedAt.toISOString(),
			runId: ctx.runId
		})
	);
	let assigned = 0;
	if (seeds.length > 0) {
		ctx.signal.throwIfAborted();
		// A review the room already has (its rows were lost) is recorded as the room has it.
		const stored = await deps.rooms.withRoom(roomName('qa', client.id, window.month), (doc) =>
			seeds.map((seed) => {
				seedReview(doc, seed, scorecard);
				return reviewMap(doc, seed.id)!.get('seed') as ReviewSeed;
			})
		);
		assigned = await recordAssignments(deps.store, stored);
	}
	// The week's whole selection: what earlier runs chose and what this one added.
	const selected = [...tickets.filter((t) => t.reviewed).map((t) => t.id), ...picks.map((t) => t.id)].sort();
	const { rows } = await deps.store.query<{ review_id: string }>(
		'select review_id from qa_assignment where ticket_id = any($1::text[]) order by review_id',
		[selected]
	);
	return { client, skipped: null, window, selected, reviewIds: rows.map((r) => r.review_id), assigned };
}

/** A client's tickets with a hero from `from` to `to` (days in its zone), and whether each is reviewed. */
export async function weekTickets(db: Queryable, clientId: string, from: string, to: string): Promise<WeekTicket[]> {
	const { rows } = await db.query<{
		id: string;
		hero_id: string;
		channel: WeekTicket['channel'];
		language: WeekTicket['language'];
		csat: number | null;
		escalation: number;
		created_at: Date;
		day: string;
		subject: string;
		reviewed: boolean;
	}>(
		`select t.id, t.hero_id, t.channel, t.language, t.csat, t.escalation, t.created_at, t.day, t.subject,
		        exists (select 1 from qa_assignment a where a.ticket_id = t.id) as reviewed
		   from ticket t
		  where t.client_id = $1 and t.day between $2 and $3 and t.hero_id is not null
		  order by t.id`,
		[clientId, from, to]
	);
	return rows.map((r) => ({
		id: r.id,
		heroId: r.hero_id,
		channel: r.channel,
		language: r.language,
		csat: r.csat,
		escalation: r.escalation,
		createdAt: new Date(r.created_at).toISOString(),
		day: r.day,
		subject: r.subject,
		reviewed: r.reviewed
	}));
}

/** Active associates per client, by id. */
export async function associatesByClient(db: Queryable): Promise<Map<string, string[]>> {
	const { rows } = await db.query<{ client_id: string; user_id: string }>(
		`select a.client_id, a.user_id from client_assignment a join app_user u on u.id = a.user_id
		  where u.role = 'associate' and u.active order by a.client_id, a.user_id`
	);
	const byClient = new Map<string, string[]>();
	for (const row of rows) (byClient.get(row.client_id) ?? byClient.set(row.client_id, []).get(row.client_id)!).push(row.user_id);
	return byClient;
}

/** How many reviews a client was assigned so far: the round-robin cursor. */
async function assignedCount(db: Queryable, clientId: string): Promise<number> {
	const { rows } = await db.query<{ n: number }>('select count(*)::int as n from qa_assignment where client_id = $1', [clientId]);
	return rows[0]?.n ?? 0;
}

/** Records reviews as assigned (a ticket already recorded is left as it is); returns how many were new. */
export async function recordAssignments(db: Queryable, seeds: readonly ReviewSeed[]): Promise<number> {
	if (seeds.length === 0) return 0;
	const rows = seeds.map((s) => ({ ticket_id: s.ticketId, review_id: s.id, client_id: s.clientId, week: s.week, reviewer_id: s.reviewerId, run_id: s.runId }));
	const { rows: inserted } = await db.query(
		`insert into qa_assignment (ticket_id, review_id, client_id, week, reviewer_id, run_id)
		 select ticket_id, review_id, client_id, week, reviewer_id, run_id
		   from jsonb_to_recordset($1::jsonb) as x(ticket_id text, review_id text, client_id text, week text, reviewer_id text, run_id text)
		 on conflict (ticket_id) do nothing
		 returning 1`,
		[JSON.stringify(rows)]
	);
	return inserted.length;
}

const MAX_NAMED = 10;

function summarise(outcomes: ClientOutcome[]): JobOutcome {
	const sampled = outcomes.filter((o) => o.skipped === null);
	const skipped = outcomes.filter((o) => o.skipped !== null);
	const assigned = sampled.reduce((sum, o) => sum + o.assigned, 0);
	const weeks = [...new Set(sampled.map((o) => o.window.week))].sort();
	let summary = `assigned ${plural(assigned, 'review')} for ${plural(sampled.length, 'client')}`;
	if (weeks.length > 0) summary += ` (${weeks.length === 1 ? 'week' : 'weeks'} ${weeks.join(', ')})`;
	if (skipped.length > 0) {
		const named = skipped.slice(0, MAX_NAMED).map((o) => `${o.client.name} (${o.skipped})`);
		if (skipped.length > MAX_NAMED) named.push(`${skipped.length - MAX_NAMED} more`);
		summary += `; skipped ${plural(skipped.length, 'client')}: ${named.join(', ')}`;
	}
	// Both describe the week's whole selection, so a re-run that adds nothing reports the same.
	const lines = (f: (o: Extract<ClientOutcome, { skipped: null }>) => string[]) =>
		outcomes.map((o) => `${o.client.id} ${o.skipped === null ? `${o.window.week}: ${f(o).join(',')}` : `skipped: ${o.skipped}`}`).join('\n');
	return { summary, inputsHash: hash(lines((o) => o.selected)), outputsHash: hash(lines((o) => o.reviewIds)) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const hash = (text: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(text)));
