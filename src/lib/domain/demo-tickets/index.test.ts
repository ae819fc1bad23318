import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../access';
import { ticketDraftSchema, type Ticket } from '../tickets';
import { generateDemoTickets, type DemoTicketClient } from './index';
import { PLACEHOLDERS, placeholdersOf, SCENARIO_TEXTS } from './scenarios';
import { SCENARIO_KEYS } from './scenarios/types';

const clients: DemoTicketClient[] = [
	{ id: 'maison', industry: 'ecommerce', languages: ['fr', 'en', 'de'], timeZone: 'Europe/Paris', heroes: [{ id: 'h1', name: 'Inès Martin' }] },
	{ id: 'kronvall', industry: 'banking', languages: ['sv', 'en'], timeZone: 'Europe/Stockholm', heroes: [{ id: 'h2', name: 'Oskar Lind' }, { id: 'h3', name: 'Maja Berg' }] },
	{ id: 'trambo', industry: 'mobility', languages: ['it', 'en'], timeZone: 'Europe/Rome', heroes: [], dailyMean: 6 },
	{ id: 'tulpa', industry: 'insurance', languages: ['nl', 'sv', 'en'], timeZone: 'Europe/Amsterdam', heroes: [{ id: 'h4', name: 'Daan de Vries' }] }
];
const generate = (seed = 42) => generateDemoTickets({ seed, clients, endDay: '2026-11-22' });

describe('generateDemoTickets', () => {
	const tickets = generate();

	it('is the same for the same seed, different for another', () => {
		expect(generate()).toEqual(tickets);
		expect(generate(43)).not.toEqual(tickets);
	});

	it('gives every client tickets over the 90 days, in its languages, by its heroes', () => {
		for (const client of clients) {
			const own = tickets.filter((t) => t.clientId === client.id);
			expect(own.length).toBeGreaterThan(90 * 2);
			expect(new Set(own.map((t) => t.language))).toEqual(new Set(client.languages));
			expect(own.every((t) => (client.heroes.length === 0 ? t.heroId === null : client.heroes.some((h) => h.id === t.heroId)))).toBe(true);
			const days = own.map((t) => t.createdAt.slice(0, 10)).sort();
			expect(days[0]! >= '2026-08-24').toBe(true);
			expect(days.at(-1)! <= '2026-11-22').toBe(true);
		}
		// Banks answer on weekdays only (the 2003 profile has no weekend).
		const kronvallWeekdays = new Set(tickets.filter((t) => t.clientId === 'kronvall').map((t) => new Date(t.createdAt).getUTCDay()));
		expect(kronvallWeekdays.has(0) || kronvallWeekdays.has(6)).toBe(false);
	});

	it('yields only valid tickets, times in order, ids unique', () => {
		for (const ticket of tickets) {
			const { id: _id, clientId: _c, heroId: _h, ...draft } = ticket;
			const parsed = ticketDraftSchema.safeParse({ ...draft, heroEmail: null });
			expect(parsed.error?.issues ?? []).toEqual([]);
			const times = ticket.messages.map((m) => m.at);
			expect([...times].sort()).toEqual(times);
			expect(times[0]).toBe(ticket.createdAt);
			if (ticket.firstResponseAt) expect(ticket.messages.find((m) => m.author === 'hero')?.at).toBe(ticket.firstResponseAt);
			if (ticket.solvedAt) expect(ticket.solvedAt >= times.at(-1)!).toBe(true);
			expect(ticket.messages.some((m) => /\{[a-z]+\}/.test(m.body)) || /\{[a-z]+\}/.test(ticket.subject)).toBe(false);
		}
		expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
	});

	it('has realistic mixes: channels, CSAT on some, escalations on few, some open tickets at the end', () => {
		const share = (pick: (t: Ticket) => boolean) => tickets.filter(pick).length / tickets.length;
		expect(share((t) => t.channel === 'email')).toBeGreaterThan(0.4);
		expect(share((t) => t.channel === 'phone')).toBeLessThan(0.25);
		expect(share((t) => t.csat !== null)).toBeGreaterThan(0.3);
		expect(share((t) => t.csat !== null)).toBeLessThan(0.5);
		expect(share((t) => t.csat === 5) > share((t) => t.csat === 1)).toBe(true);
		expect(share((t) => t.escalation === 3)).toBeLessThan(0.05);
		const open = tickets.filter((t) => t.solvedAt === null);
		expect(open.length).toBeGreaterThan(0);
		expect(open.every((t) => t.createdAt >= '2026-11-19')).toBe(true);
	});
});

describe('scenarios', () => {
	it('are written in every language, with a reply for every customer message but maybe the last', () => {
		for (const language of LANGUAGES) {
			for (const key of SCENARIO_KEYS) {
				const text = SCENARIO_TEXTS[language][key];
				expect(text.subject.trim(), `${language} ${key}`).not.toBe('');
				expect(text.customer.length, `${language} ${key}`).toBeGreaterThanOrEqual(1);
				expect([text.customer.length, text.customer.length - 1], `${language} ${key}`).toContain(text.hero.length);
				for (const name of placeholdersOf(text)) expect(PLACEHOLDERS, `${language} ${key}`).toContain(name);
				// The same story in every language: the same details filled in.
				expect(placeholdersOf(text), `${language} ${key}`).toEqual(placeholdersOf(SCENARIO_TEXTS.en[key]));
			}
		}
	});
});
