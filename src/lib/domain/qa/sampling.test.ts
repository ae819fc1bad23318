import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { CHANNELS } from '../tickets';
import {
	DEFAULT_SAMPLING_SETTINGS,
	assignRoundRobin,
	isoWeek,
	reviewIdFor,
	reviewSeedFor,
	sampleTickets,
	samplingFilters,
	samplingSeed,
	samplingSettings,
	samplingWindow,
	type SampledTicket,
	type SampleInput
} from './sampling';

/** `count` tickets per hero with varied channels, languages, CSAT and escalation. */
function week(heroes: string[], count: number, seed = 1): SampledTicket[] {
	const r = createRandom(seed);
	return heroes.flatMap((heroId) =>
		Array.from({ length: count }, (_, i) => ({
			id: `${heroId}-t${String(i).padStart(3, '0')}`,
			heroId,
			channel: r.pick(CHANNELS),
			language: r.pick(['fr', 'en', 'de'] as const),
			csat: r.chance(0.3) ? null : r.int(1, 5),
			escalation: r.weighted([
				[1, 8],
				[2, 1],
				[3, 1]
			]),
			createdAt: '2026-11-17T09:00:00.000Z',
			day: '2026-11-17',
			subject: `Ticket ${i}`
		}))
	);
}

const HEROES = ['hero-a', 'hero-b', 'hero-c', 'hero-d'];
const base = (over: Partial<SampleInput<SampledTicket>> = {}): SampleInput<SampledTicket> => ({
	seed: samplingSeed('client-1', '2026-W47'),
	tickets: week(HEROES, 20),
	perHero: 3,
	filters: {},
	alreadyReviewed: new Set(),
	...over
});
const countBy = <T>(items: T[], key: (item: T) => string) =>
	items.reduce((m, item) => m.set(key(item), (m.get(key(item)) ?? 0) + 1), new Map<string, number>());

describe('sampleTickets', () => {
	it('is deterministic: same inputs, same choice, whatever the input order', () => {
		const input = base();
		const first = sampleTickets(input).map((t) => t.id);
		expect(sampleTickets(base()).map((t) => t.id)).toEqual(first);
		expect(sampleTickets({ ...input, tickets: [...input.tickets].reverse() }).map((t) => t.id)).toEqual(first);
		// Another week draws otherwise.
		expect(sampleTickets({ ...input, seed: samplingSeed('client-1', '2026-W48') }).map((t) => t.id)).not.toEqual(first);
	});

	it('takes N per hero, all of them when a hero has fewer, and skips tickets without a hero', () => {
		const tickets = [...week(HEROES, 20), ...week(['hero-e'], 2), { ...week(['x'], 1)[0]!, id: 'orphan', heroId: null }];
		const picks = sampleTickets(base({ tickets }));
		expect(Object.fromEntries(countBy(picks, (t) => t.heroId!))).toEqual({ 'hero-a': 3, 'hero-b': 3, 'hero-c': 3, 'hero-d': 3, 'hero-e': 2 });
		expect(picks.map((t) => t.id)).not.toContain('orphan');
		expect(new Set(picks.map((t) => t.id)).size).toBe(picks.length);
		expect(sampleTickets(base({ perHero: 0 }))).toEqual([]);
	});

	it("keeps one hero's draw when another hero's tickets change", () => {
		const picksOf = (tickets: SampledTicket[], hero: string) => sampleTickets(base({ tickets })).filter((t) => t.heroId === hero).map((t) => t.id);
		const tickets = week(HEROES, 20);
		const fewerForB = tickets.filter((t) => t.heroId !== 'hero-b' || t.id < 'hero-b-t005');
		expect(picksOf(fewerForB, 'hero-a')).toEqual(picksOf(tickets, 'hero-a'));
	});

	it('draws uniformly: every ticket of a hero is picked about as often', () => {
		const tickets = week(['hero-a'], 10);
		const counts = new Map<string, number>();
		for (let seed = 0; seed < 3000; seed++) {
			for (const t of sampleTickets({ seed, tickets, perHero: 3, filters: {}, alreadyReviewed: new Set() })) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
		}
		// Expected 900 each (3 of 10 over 3000 draws); 5 standard deviations is about ±125.
		for (const t of tickets) expect(Math.abs(counts.get(t.id)! - 900)).toBeLessThan(125);
	});

	it('applies the filters', () => {
		const tickets = week(HEROES, 40);
		const pick = (filters: SampleInput<SampledTicket>['filters']) => sampleTickets(base({ tickets, filters }));
		expect(pick({ channels: ['chat'] }).every((t) => t.channel === 'chat')).toBe(true);
		expect(pick({ languages: ['de', 'fr'] }).every((t) => t.language === 'de' || t.language === 'fr')).toBe(true);
		expect(pick({ csat: { max: 2 } }).every((t) => t.csat !== null && t.csat <= 2)).toBe(true);
		expect(pick({ csat: { min: 4 } }).every((t) => t.csat !== null && t.csat >= 4)).toBe(true);
		expect(pick({ csat: { unratedOnly: true } }).every((t) => t.csat === null)).toBe(true);
		expect(pick({ escalation: [2, 3] }).every((t) => t.escalation >= 2)).toBe(true);
		expect(pick({ channels: [], languages: [], csat: null, escalation: [] })).toEqual(pick({}));
		// A filter that keeps few: every hero gets what there is, no more.
		const few = pick({ escalation: [3] });
		for (const hero of HEROES) {
			const available = tickets.filter((t) => t.heroId === hero && t.escalation === 3).length;
			expect(few.filter((t) => t.heroId === hero)).toHaveLength(Math.min(3, available));
		}
	});

	it('never picks a ticket already reviewed, and counts it toward its hero', () => {
		const input = base();
		const first = sampleTickets(input);
		const reviewed = new Set(first.map((t) => t.id));
		// Sampling the same week again after its reviews exist: nothing new.
		expect(sampleTickets({ ...input, alreadyReviewed: reviewed })).toEqual([]);
		// One review less for hero-a: only that one is topped up, with another ticket.
		const oneGone = new Set([...reviewed].filter((id) => id !== first[0]!.id));
		const topUp = sampleTickets({ ...input, alreadyReviewed: oneGone });
		expect(topUp).toHaveLength(1);
		expect(topUp[0]!.heroId).toBe(first[0]!.heroId);
		expect(oneGone.has(topUp[0]!.id)).toBe(false);
		// Reviews of other weeks' tickets change nothing here.
		expect(sampleTickets({ ...input, alreadyReviewed: new Set(['elsewhere-1', 'elsewhere-2']) })).toEqual(first);
		// A reviewed ticket is excluded even when the hero still has room.
		const excluded = sampleTickets({ ...input, perHero: 20, alreadyReviewed: new Set(['hero-a-t000']) });
		expect(excluded.map((t) => t.id)).not.toContain('hero-a-t000');
		expect(excluded.filter((t) => t.heroId === 'hero-a')).toHaveLength(19);
	});
});

describe('assignRoundRobin', () => {
	it('spreads evenly (within one) over associates sorted by id', () => {
		const samples = Array.from({ length: 14 }, (_, i) => `t${i}`);
		const assigned = assignRoundRobin(samples, ['zoe', 'amy', 'kim'], 0);
		expect(assigned.slice(0, 3).map((a) => a.reviewerId)).toEqual(['amy', 'kim', 'zoe']);
		const counts = [...countBy(assigned, (a) => a.reviewerId).values()];
		expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
		expect(assigned.map((a) => a.ticket)).toEqual(samples);
		expect(assignRoundRobin([], [], 0)).toEqual([]);
		expect(() => assignRoundRobin(['t'], [], 0)).toThrow(RangeError);
	});

	it('rotates across weeks when the cursor continues', () => {
		const associates = ['a', 'b', 'c'];
		const totals = new Map<string, number>();
		let cursor = 0;
		const firsts: string[] = [];
		for (let w = 0; w < 6; w++) {
			const samples = Array.from({ length: 4 }, (_, i) => `w${w}-${i}`);
			const assigned = assignRoundRobin(samples, associates, cursor);
			firsts.push(assigned[0]!.reviewerId);
			for (const a of assigned) totals.set(a.reviewerId, (totals.get(a.reviewerId) ?? 0) + 1);
			cursor += samples.length;
		}
		// 4 per week over 3 associates: the extra one moves a, b, c, a, …
		expect(firsts).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
		expect([...totals.values()]).toEqual([8, 8, 8]);
		expect(assignRoundRobin(['x'], associates, -1)[0]!.reviewerId).toBe('c');
	});
});

describe('weeks, seeds and settings', () => {
	it('names ISO weeks across year ends', () => {
		expect(isoWeek('2026-11-16')).toBe('2026-W47');
		expect(isoWeek('2026-11-22')).toBe('2026-W47');
		expect(isoWeek('2024-12-30')).toBe('2025-W01');
		expect(isoWeek('2021-01-03')).toBe('2020-W53');
		expect(isoWeek('2026-01-01')).toBe('2026-W01');
	});

	it("samples the previous full week in the client's zone", () => {
		// Monday 05:00 UTC: Monday in Paris, still Sunday in Los Angeles.
		expect(samplingWindow('2026-11-23T05:00:00Z', 'Europe/Paris')).toEqual({
			runDay: '2026-11-23',
			from: '2026-11-16',
			to: '2026-11-22',
			week: '2026-W47',
			assignWeek: '2026-W48',
			month: '2026-11'
		});
		expect(samplingWindow('2026-11-23T05:00:00Z', 'America/Los_Angeles')).toMatchObject({ runDay: '2026-11-22', week: '2026-W46' });
		expect(samplingWindow('2026-12-01T05:00:00Z', 'UTC')).toMatchObject({ from: '2026-11-23', to: '2026-11-29', month: '2026-12' });
	});

	it('derives seeds and review ids deterministically', () => {
		expect(samplingSeed('c1', '2026-W47')).toBe(samplingSeed('c1', '2026-W47'));
		expect(samplingSeed('c1', '2026-W47')).not.toBe(samplingSeed('c1', '2026-W48'));
		expect(Number.isSafeInteger(samplingSeed('c1', '2026-W47'))).toBe(true);
		expect(reviewIdFor('t1')).toMatch(/^[a-z2-7]{20}$/);
		expect(reviewIdFor('t1')).toBe(reviewIdFor('t1'));
		expect(reviewIdFor('t1')).not.toBe(reviewIdFor('t2'));
		const ticket = week(['h'], 1)[0]!;
		const seed = reviewSeedFor(ticket, {
			clientId: 'c1',
			reviewerId: 'asso',
			scorecard: { id: 'sc', version: 2 },
			week: '2026-W48',
			assignedAt: '2026-11-23T05:00:00.000Z',
			runId: 'run-1'
		});
		expect(seed).toMatchObject({ id: reviewIdFor(ticket.id), ticketId: ticket.id, ticketDay: ticket.day, heroId: 'h', scorecardVersion: 2 });
		expect(seed.ticket).toEqual({
			subject: ticket.subject,
			language: ticket.language,
			channel: ticket.channel,
			createdAt: ticket.createdAt,
			csat: ticket.csat,
			escalation: ticket.escalation
		});
	});

	it('reads settings with defaults and refuses contradictions', () => {
		expect(DEFAULT_SAMPLING_SETTINGS).toEqual({ perHero: 3, channels: [], languages: [], csatMin: null, csatMax: null, unratedOnly: false, escalationMin: 1 });
		expect(samplingSettings.parse({ perHero: 5, channels: ['phone', 'email', 'phone'] }).channels).toEqual(['email', 'phone']);
		expect(samplingSettings.safeParse({ perHero: 21 }).success).toBe(false);
		expect(samplingSettings.safeParse({ perHero: 2.5 }).success).toBe(false);
		expect(samplingSettings.safeParse({ channels: ['fax'] }).success).toBe(false);
		expect(samplingSettings.safeParse({ csatMin: 4, csatMax: 2 }).success).toBe(false);
		expect(samplingSettings.safeParse({ unratedOnly: true, csatMax: 2 }).success).toBe(false);
		expect(samplingSettings.safeParse({ perhero: 3 }).success).toBe(false);
	});

	it('turns settings into filters', () => {
		expect(samplingFilters(DEFAULT_SAMPLING_SETTINGS)).toEqual({ channels: [], languages: [], csat: null, escalation: [1, 2, 3] });
		const s = samplingSettings.parse({ channels: ['chat'], csatMax: 2, escalationMin: 2 });
		expect(samplingFilters(s)).toEqual({ channels: ['chat'], languages: [], csat: { max: 2 }, escalation: [2, 3] });
		expect(samplingFilters(samplingSettings.parse({ unratedOnly: true })).csat).toEqual({ unratedOnly: true });
	});
});
