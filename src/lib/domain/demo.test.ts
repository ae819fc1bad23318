import { describe, expect, it } from 'vitest';
import { INDUSTRIES, LANGUAGES } from './access';
import { buildDemoWorkspace, DEMO_HERO_COUNT } from './demo';
import { clientInput, userInput } from './directory';

const CONTRACT = {
	'admin@demo.test': 'admin',
	'director@demo.test': 'director',
	'director2@demo.test': 'director',
	'associate@demo.test': 'associate',
	'associate2@demo.test': 'associate',
	'hero@demo.test': 'hero'
} as const;

// Several seeds, so a rule that holds only by luck for one seed shows up.
const SEEDS = [1, 2, 3, 42, 2024, 99_999, 123_456_789];

describe('buildDemoWorkspace', () => {
	it('is deterministic: same seed, identical plan; another seed, another plan', () => {
		expect(buildDemoWorkspace(42)).toEqual(buildDemoWorkspace(42));
		expect(buildDemoWorkspace(42)).not.toEqual(buildDemoWorkspace(43));
	});

	it.each(SEEDS)('seed %i: 12 valid clients, three per industry, all nine languages', (seed) => {
		const { clients } = buildDemoWorkspace(seed);
		expect(clients).toHaveLength(12);
		for (const industry of INDUSTRIES) {
			expect(clients.filter((client) => client.industry === industry)).toHaveLength(3);
		}
		expect(new Set(clients.flatMap((client) => client.languages))).toEqual(new Set(LANGUAGES));
		for (const client of clients) {
			expect(client.languages.length).toBeGreaterThanOrEqual(1);
			expect(client.languages.length).toBeLessThanOrEqual(4);
			// The same validation the API applies to a client typed in by an admin.
			expect(clientInput.safeParse(client).success).toBe(true);
		}
		expect(new Set(clients.map((client) => client.name)).size).toBe(12);
	});

	it.each(SEEDS)('seed %i: contract accounts and unique ids and emails', (seed) => {
		const { users, clients } = buildDemoWorkspace(seed);
		for (const [email, role] of Object.entries(CONTRACT)) {
			expect(users.find((user) => user.email === email)?.role).toBe(role);
		}
		expect(users).toHaveLength(6 + DEMO_HERO_COUNT);
		const ids = [...users, ...clients].map((entity) => entity.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(users.map((user) => user.email)).size).toBe(users.length);
		for (const user of users) {
			expect(userInput.safeParse(user).success).toBe(true);
			expect(['en', 'fr']).toContain(user.locale);
			expect(user.languages.length).toBeGreaterThan(0);
		}
		expect(users.some((user) => user.locale === 'fr')).toBe(true);
		expect(users.filter((user) => user.locale === 'en').length).toBeGreaterThan(users.length / 2);
	});

	it.each(SEEDS)('seed %i: assignments follow roles and languages', (seed) => {
		const { users, clients } = buildDemoWorkspace(seed);
		const clientById = new Map(clients.map((client) => [client.id, client]));
		const byEmail = (email: string) => users.find((user) => user.email === email)!;

		for (const user of users.filter((u) => u.role === 'admin' || u.role === 'director')) {
			expect(user.clientIds).toEqual([]);
		}
		const a1 = byEmail('associate@demo.test').clientIds;
		const a2 = byEmail('associate2@demo.test').clientIds;
		expect(new Set([...a1, ...a2]).size).toBe(clients.length);
		for (const list of [a1, a2]) {
			expect(list.length).toBeGreaterThanOrEqual(5);
			expect(list.length).toBeLessThanOrEqual(7);
		}

		const hero = byEmail('hero@demo.test');
		expect(hero.clientIds.length).toBeGreaterThan(0);
		expect(hero.clientIds.length).toBeLessThan(clients.length);

		const heroes = users.filter((user) => user.role === 'hero');
		for (const h of heroes) {
			expect(new Set(h.clientIds).size).toBe(h.clientIds.length);
			for (const clientId of h.clientIds) {
				const client = clientById.get(clientId)!;
				expect(client, `${h.email} → ${clientId}`).toBeDefined();
				expect(client.languages.some((code) => h.languages.includes(code))).toBe(true);
			}
		}
		for (const h of heroes.filter((u) => /^hero\d{2}@/.test(u.email))) {
			expect(h.languages.length).toBeGreaterThanOrEqual(1);
			expect(h.languages.length).toBeLessThanOrEqual(3);
			expect(h.clientIds.length).toBeGreaterThanOrEqual(1);
			expect(h.clientIds.length).toBeLessThanOrEqual(3);
		}
		// Every client has heroes to schedule and review.
		for (const client of clients) {
			expect(heroes.some((h) => h.clientIds.includes(client.id))).toBe(true);
		}
	});

	it('gives heroes mostly distinct names', () => {
		const { users } = buildDemoWorkspace(7);
		expect(new Set(users.map((user) => user.name)).size).toBeGreaterThan(users.length - 3);
	});
});
