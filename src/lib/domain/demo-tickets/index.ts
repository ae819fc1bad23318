import type { Industry, Language } from '../access';
import { createRandom, type Random } from '../random';
import { ticketId, type Channel, type EscalationLevel, type Ticket, type TicketMessage } from '../tickets';
import type { ArrivalProfileName } from './arrival-profile';
import { lastDays, ticketArrivals } from './arrivals';
import { SCENARIO_INFO, scenarioText } from './scenarios';
import { SCENARIO_KEYS, industryOf, type ScenarioKey } from './scenarios/types';

export { lastDays, ticketArrivals, zonedTimeToUtc } from './arrivals';

/**
 * The demo workspace's tickets: 90 days per client whose days and hours follow a real call
 * centre (arrival-profile.ts), each a short conversation of the client's industry in one of its
 * languages (scenarios/), with response times by channel, CSAT on some, escalations on few.
 * Pure and seeded: the same input gives the same tickets.
 */

export interface DemoTicketClient {
	id: string;
	industry: Industry;
	/** The first is the client's main language. */
	languages: readonly Language[];
	timeZone: string;
	heroes: readonly { id: string; name: string }[];
	/** Mean tickets per open weekday; drawn from 4–16 when absent. */
	dailyMean?: number;
}

export interface DemoTicketOptions {
	seed: number;
	clients: readonly DemoTicketClient[];
	/** The last day (`yyyy-mm-dd`, in each client's time zone) with tickets. */
	endDay: string;
	days?: number;
}

/** Retailers and mobility apps answer every day; banks and insurers on weekdays. */
const PROFILE: Record<Industry, { profile: ArrivalProfileName; weekShift: number }> = {
	ecommerce: { profile: 'bank1999', weekShift: 1 },
	mobility: { profile: 'bank1999', weekShift: 1 },
	banking: { profile: 'bank2003', weekShift: 0 },
	insurance: { profile: 'bank2003', weekShift: 0 }
};

const CHANNELS: readonly (readonly [Channel, number])[] = [
	['email', 50],
	['chat', 35],
	['phone', 15]
];
const CSAT: readonly (readonly [number, number])[] = [
	[5, 50],
	[4, 25],
	[3, 10],
	[2, 7],
	[1, 8]
];
const ESCALATION: readonly (readonly [EscalationLevel, number])[] = [
	[1, 90],
	[2, 8],
	[3, 2]
];
const MINUTE = 60_000;

export function generateDemoTickets(options: DemoTicketOptions): Ticket[] {
	const random = createRandom(options.seed);
	const days = lastDays(options.endDay, options.days ?? 90);
	const tickets: Ticket[] = [];
	for (const client of options.clients) {
		// Each client its own stream: adding a client does not change another's tickets.
		const r = random.fork();
		const dailyMean = client.dailyMean ?? r.int(4, 16);
		const { profile, weekShift } = PROFILE[client.industry];
		const arrivals = ticketArrivals({ random: r, days, timeZone: client.timeZone, dailyMean, profile, weekShift });
		const scenarios = SCENARIO_KEYS.filter((key) => industryOf(key) === client.industry);
		const lastDay = Date.parse(`${options.endDay}T23:59:59Z`);
		arrivals.forEach((createdAt, n) => {
			tickets.push(demoTicket(r, client, scenarios, createdAt, n + 1, lastDay));
		});
	}
	return tickets;
}

function demoTicket(r: Random, client: DemoTicketClient, scenarios: readonly ScenarioKey[], createdAt: string, n: number, lastDay: number): Ticket {
	const language = r.weighted(client.languages.map((l, i) => [l, i === 0 ? 6 : 4 / Math.max(1, client.languages.length - 1)] as const));
	const channel = r.weighted(CHANNELS);
	const key = r.pick(scenarios);
	const hero = client.heroes.length > 0 ? r.pick(client.heroes) : null;
	const text = scenarioText(r, key, language, { created: createdAt, hero: hero?.name ?? null });

	const created = Date.parse(createdAt);
	const messages: TicketMessage[] = [];
	let at = created;
	let firstResponse: number | null = null;
	for (let i = 0; i < text.customer.length; i++) {
		if (i > 0) at += r.int(3, channel === 'email' ? 600 : 15) * MINUTE;
		messages.push({ author: 'customer', at: new Date(at).toISOString(), body: text.customer[i]! });
		const reply = text.hero[i];
		if (reply === undefined) continue;
		at += responseDelay(r, channel, i === 0);
		firstResponse ??= at;
		messages.push({ author: 'hero', at: new Date(at).toISOString(), body: reply });
	}
	// Most tickets are solved shortly after the last message; some of the last days' are still open.
	const solvedAt = at + r.int(0, 45) * MINUTE;
	const open = lastDay - created < 3 * 86_400_000 && r.chance(0.25);
	const rated = !open && r.chance(0.4);
	return {
		id: ticketId(client.id, 'demo', `${client.id}-${n}`),
		source: 'demo',
		externalId: `${client.id}-${n}`,
		clientId: client.id,
		channel,
		language,
		subject: text.subject,
		messages,
		tags: [...SCENARIO_INFO[key].tags],
		createdAt,
		firstResponseAt: firstResponse === null ? null : new Date(firstResponse).toISOString(),
		solvedAt: open ? null : new Date(solvedAt).toISOString(),
		heroId: hero?.id ?? null,
		csat: rated ? r.weighted(CSAT) : null,
		escalation: r.weighted(ESCALATION)
	};
}

/** Phone is answered at once, chat within minutes, e-mail within hours (the first reply slowest). */
function responseDelay(r: Random, channel: Channel, first: boolean): number {
	if (channel === 'phone') return r.int(1, 4) * MINUTE;
	if (channel === 'chat') return r.int(1, first ? 12 : 5) * MINUTE;
	return r.int(first ? 20 : 10, first ? 8 * 60 : 3 * 60) * MINUTE;
}
