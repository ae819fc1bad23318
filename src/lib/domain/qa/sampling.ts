import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../access';
import { createRandom } from '../random';
import { CHANNELS, ESCALATION_LEVELS, dayIn, type Channel } from '../tickets';
import type { ReviewSeed } from './room';
import type { Scorecard } from './scorecard';

/**
 * Weekly QA sampling, pure: which of a week's tickets get reviewed, by whom, and the review
 * seeds the server writes into the month room. The job (server/jobs/qa-sampling.ts) and the
 * demo seed (server/seed/demo-reviews.ts) both sample with these functions, so the demo's past
 * weeks are exactly what the job would have chosen.
 *
 * Determinism: every choice is drawn from `createRandom`, seeded from the client and the week
 * (`samplingSeed`) and then per hero, so a re-run over the same tickets makes the same choice,
 * and one hero's ticket count never shifts another hero's draw.
 */

// -- Settings --------------------------------------------------------------------------------

export const MAX_PER_HERO = 20;

const csat = z.number().int('CSAT is a whole number from 1 to 5').min(1, 'CSAT is from 1 to 5').max(5, 'CSAT is from 1 to 5');

/**
 * A client's sampling rules, stored whole (`qa_sampling.settings`). Empty `channels` or
 * `languages` mean every one. `csatMin`/`csatMax` keep rated tickets in that range (unrated ones
 * are left out once a bound is set); `unratedOnly` keeps only unrated tickets. `escalationMin`
 * keeps tickets escalated at least that far (1: all). `perHero: 0` turns sampling off.
 */
export const samplingSettings = z
	.strictObject({
		perHero: z
			.number('perHero is a number')
			.int('perHero is a whole number')
			.min(0, 'perHero is at least 0')
			.max(MAX_PER_HERO, `perHero is at most ${MAX_PER_HERO}`)
			.default(3),
		channels: z
			.array(z.enum(CHANNELS, `channels are ${CHANNELS.join(', ')}`))
			.default([])
			.transform((list) => CHANNELS.filter((c) => list.includes(c))),
		languages: z
			.array(z.enum(LANGUAGES, `languages are ${LANGUAGES.join(', ')}`))
			.default([])
			.transform((list) => LANGUAGES.filter((l) => list.includes(l))),
		csatMin: csat.nullable().default(null),
		csatMax: csat.nullable().default(null),
		unratedOnly: z.boolean().default(false),
		escalationMin: z
			.number()
			.int()
			.min(1, 'escalationMin is 1, 2 or 3')
			.max(ESCALATION_LEVELS.length, 'escalationMin is 1, 2 or 3')
			.default(1)
	})
	.superRefine((s, ctx) => {
		if (s.csatMin !== null && s.csatMax !== null && s.csatMin > s.csatMax) {
			ctx.addIssue({ code: 'custom', path: ['csatMin'], message: 'csatMin is above csatMax' });
		}
		if (s.unratedOnly && (s.csatMin !== null || s.csatMax !== null)) {
			ctx.addIssue({ code: 'custom', path: ['unratedOnly'], message: 'unratedOnly leaves no CSAT to bound: drop csatMin and csatMax' });
		}
	});
export type SamplingSettings = z.output<typeof samplingSettings>;
export type SamplingSettingsInput = z.input<typeof samplingSettings>;

export const DEFAULT_SAMPLING_SETTINGS: SamplingSettings = samplingSettings.parse({});

export interface SamplingFilters {
	/** Absent or empty: every channel. */
	channels?: readonly Channel[];
	languages?: readonly Language[];
	/** Null or absent: CSAT does not matter. */
	csat?: { min?: number; max?: number; unratedOnly?: boolean } | null;
	/** Escalation levels kept; absent or empty: every level. */
	escalation?: readonly number[];
}

/** The filters a client's settings stand for. */
export function samplingFilters(settings: SamplingSettings): SamplingFilters {
	const bounded = settings.csatMin !== null || settings.csatMax !== null;
	return {
		channels: settings.channels,
		languages: settings.languages,
		csat: settings.unratedOnly
			? { unratedOnly: true }
			: bounded
				? { ...(settings.csatMin !== null && { min: settings.csatMin }), ...(settings.csatMax !== null && { max: settings.csatMax }) }
				: null,
		escalation: ESCALATION_LEVELS.filter((level) => level >= settings.escalationMin)
	};
}

// -- Sampling --------------------------------------------------------------------------------

/** What sampling reads of a ticket (the `ticket` table's columns). */
export interface TicketRow {
	id: string;
	heroId: string | null;
	channel: Channel;
	language: Language;
	csat: number | null;
	escalation: number;
	/** ISO instant. */
	createdAt: string;
	/** The ticket's day in its client's zone (`yyyy-mm-dd`). */
	day: string;
}

export interface SampleInput<T extends TicketRow> {
	seed: number;
	tickets: readonly T[];
	perHero: number;
	filters: SamplingFilters;
	/** Tickets that have a review already: never chosen again. */
	alreadyReviewed: ReadonlySet<string>;
}

function matches(filters: SamplingFilters, ticket: TicketRow): boolean {
	if (filters.channels?.length && !filters.channels.includes(ticket.channel)) return false;
	if (filters.languages?.length && !filters.languages.includes(ticket.language)) return false;
	if (filters.escalation?.length && !filters.escalation.includes(ticket.escalation)) return false;
	const csat = filters.csat;
	if (csat?.unratedOnly) return ticket.csat === null;
	if (csat && (csat.min !== undefined || csat.max !== undefined)) {
		if (ticket.csat === null) return false;
		if (csat.min !== undefined && ticket.csat < csat.min) return false;
		if (csat.max !== undefined && ticket.csat > csat.max) return false;
	}
	return true;
}

/**
 * For each hero, up to `perHero` of their tickets, drawn uniformly at random among those the
 * filters keep (a seeded Fisher–Yates shuffle of them in id order). Tickets without a hero are
 * never sampled, nor tickets already reviewed.
 *
 * A hero's already reviewed tickets among `tickets` count toward their `perHero`, whatever the
 * filters: the rule is "N reviews per hero of these tickets", so sampling a week again tops it
 * up to N and never beyond — even when tickets were imported in between — which is what makes
 * the job idempotent. Tickets reviewed in other weeks are simply not among `tickets`.
 *
 * Returns the new picks, heroes in id order, each hero's picks in draw order.
 */
export function sampleTickets<T extends TicketRow>(input: SampleInput<T>): T[] {
	const heroes = new Map<string, { reviewed: number; candidates: T[] }>();
	const seen = new Set<string>();
	for (const ticket of input.tickets) {
		if (ticket.heroId === null || seen.has(ticket.id)) continue;
		seen.add(ticket.id);
		const hero = heroes.get(ticket.heroId) ?? heroes.set(ticket.heroId, { reviewed: 0, candidates: [] }).get(ticket.heroId)!;
		if (input.alreadyReviewed.has(ticket.id)) hero.reviewed++;
		else if (matches(input.filters, ticket)) hero.candidates.push(ticket);
	}
	const picks: T[] = [];
	for (const heroId of [...heroes.keys()].sort(byCodeUnit)) {
		const { reviewed, candidates } = heroes.get(heroId)!;
		const quota = Math.max(0, Math.floor(input.perHero) - reviewed);
		if (quota === 0 || candidates.length === 0) continue;
		candidates.sort((a, b) => byCodeUnit(a.id, b.id));
		// Random.shuffle is Fisher–Yates over the seeded generator.
		picks.push(...createRandom(hashInt(`${input.seed}\u0000${heroId}`)).shuffle(candidates).slice(0, quota));
	}
	return picks;
}

export interface Assignment<T> {
	ticket: T;
	reviewerId: string;
}

/**
 * Deals `samples` to `associates` (sorted by id) in turn, starting with the one at `startAt`
 * (modulo their number): counts differ by one at most. Passing the total dealt so far as
 * `startAt` continues where the previous week stopped, so who gets the extra one rotates.
 */
export function assignRoundRobin<T>(samples: readonly T[], associates: readonly string[], startAt: number): Assignment<T>[] {
	const reviewers = [...new Set(associates)].sort(byCodeUnit);
	if (samples.length === 0) return [];
	if (reviewers.length === 0) throw new RangeError('No associate to assign reviews to');
	const n = reviewers.length;
	const start = ((Math.floor(startAt) % n) + n) % n;
	return samples.map((ticket, i) => ({ ticket, reviewerId: reviewers[(start + i) % n]! }));
}

// -- Weeks, seeds and ids --------------------------------------------------------------------

const DAY_MS = 86_400_000;

const epochOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
	return dayOf(epochOf(day) + days * DAY_MS);
}

/** The Monday of a day's ISO week. */
export function mondayOf(day: string): string {
	const weekday = (new Date(epochOf(day)).getUTCDay() + 6) % 7;
	return addDays(day, -weekday);
}

/** A day's ISO week, `2026-W47`. */
export function isoWeek(day: string): string {
	const thursday = epochOf(mondayOf(day)) + 3 * DAY_MS;
	const year = new Date(thursday).getUTCFullYear();
	const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
	return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface SamplingWindow {
	/** The run's day in the client's zone. */
	runDay: string;
	/** Monday and Sunday of the previous ISO week, in the client's zone. */
	from: string;
	to: string;
	/** The sampled week, `2026-W47`. */
	week: string;
	/** The week the reviews are assigned in (the run's): what `ReviewSeed.week` says. */
	assignWeek: string;
	/** The QA month room's part: the run's month in the client's zone. */
	month: string;
}

/** What a run at `runAt` samples for a client in `timeZone`: the previous full ISO week there. */
export function samplingWindow(runAt: Date | string, timeZone: string): SamplingWindow {
	const runDay = dayIn(new Date(runAt).toISOString(), timeZone);
	const from = addDays(mondayOf(runDay), -7);
	return { runDay, from, to: addDays(from, 6), week: isoWeek(from), assignWeek: isoWeek(runDay), month: runDay.slice(0, 7) };
}

/** The seed of a client's week: the same week samples the same way on every run. */
export function samplingSeed(clientId: string, week: string): number {
	return hashInt(`qa-sampling\u0000${clientId}\u0000${week}`);
}

/** A ticket's review id: one review per ticket, whoever creates it and however often. */
export function reviewIdFor(ticketId: string): string {
	return encodeBase32LowerCaseNoPadding(digest(`qa-review\u0000${ticketId}`).slice(0, 12));
}

/** A ticket as review seeds copy it. */
export interface SampledTicket extends TicketRow {
	subject: string;
}

export interface SeedContext {
	clientId: string;
	reviewerId: string;
	scorecard: Pick<Scorecard, 'id' | 'version'>;
	/** The assignment's ISO week. */
	week: string;
	assignedAt: string;
	runId: string | null;
}

export function reviewSeedFor(ticket: SampledTicket, context: SeedContext): ReviewSeed {
	return {
		id: reviewIdFor(ticket.id),
		clientId: context.clientId,
		ticketId: ticket.id,
		ticketDay: ticket.day,
		heroId: ticket.heroId,
		reviewerId: context.reviewerId,
		scorecardId: context.scorecard.id,
		scorecardVersion: context.scorecard.version,
		week: context.week,
		assignedAt: context.assignedAt,
		runId: context.runId,
		ticket: {
			subject: ticket.subject,
			language: ticket.language,
			channel: ticket.channel,
			createdAt: ticket.createdAt,
			csat: ticket.csat,
			escalation: ticket.escalation
		}
	};
}

function digest(text: string): Uint8Array {
	return sha256(new TextEncoder().encode(text));
}

/** A safe integer (48 bits) from a text: seeds for `createRandom`. */
function hashInt(text: string): number {
	return digest(text)
		.slice(0, 6)
		.reduce((n, byte) => n * 256 + byte, 0);
}

function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
