import { INDUSTRIES, LANGUAGES, type Language, type Role, type UiLocale } from './access';
import { BRANDS, ORIGINS, type Brand } from './demo-catalogue';
import type { Client } from './directory';
import { createRandom, type Random } from './random';

/**
 * The demo workspace as a plan: plain data, no IO, the same for the same seed on every machine.
 * The server seeds it into an empty database (server/seed/demo.ts); tests and benchmarks can
 * rebuild it from the seed alone.
 */

export interface DemoUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	languages: Language[];
	locale: UiLocale;
	/** Clients served by an associate or hero; empty for admins and directors, who see all. */
	clientIds: string[];
}

export interface DemoWorkspace {
	clients: Client[];
	users: DemoUser[];
}

export const DEMO_HERO_COUNT = 40;
const CLIENTS_PER_INDUSTRY = 3;

/** The accounts the README promises and the end-to-end tests sign in with. */
const STAFF: readonly Omit<DemoUser, 'id' | 'clientIds' | 'locale'>[] = [
	{ email: 'admin@demo.test', name: 'Nadia Benali', role: 'admin', languages: ['en', 'fr'] },
	{ email: 'director@demo.test', name: 'Claire Dubois', role: 'director', languages: ['fr', 'en'] },
	{ email: 'director2@demo.test', name: 'Marcus Weber', role: 'director', languages: ['de', 'en'] },
	{ email: 'associate@demo.test', name: 'Sofia Marques', role: 'associate', languages: ['en', 'es', 'pt'] },
	{ email: 'associate2@demo.test', name: 'Pieter Visser', role: 'associate', languages: ['en', 'nl', 'de'] },
	{ email: 'hero@demo.test', name: 'Léa Martin', role: 'hero', languages: ['fr', 'en'] }
];

export function buildDemoWorkspace(seed: number): DemoWorkspace {
	const root = createRandom(seed);
	// One stream per concern, so e.g. a change in how heroes are drawn leaves the client ids alone.
	const nextId = idMaker(root.fork());
	const clients = pickBrands(root.fork()).map((brand) => ({
		id: nextId(),
		...brand,
		languages: [...brand.languages]
	}));
	const rng = root.fork();

	const staff: DemoUser[] = STAFF.map((person) => ({
		...person,
		id: nextId(),
		languages: [...person.languages],
		// Contract accounts stay in English: the end-to-end tests read English labels.
		locale: 'en',
		clientIds: []
	}));
	const byEmail = (email: string) => staff.find((user) => user.email === email)!;

	// Associates split the portfolio with one client in common, so together they cover all.
	const order = rng.shuffle(clients).map((client) => client.id);
	const half = Math.ceil(order.length / 2);
	byEmail('associate@demo.test').clientIds = order.slice(0, half + 1);
	byEmail('associate2@demo.test').clientIds = order.slice(half);

	// The contract hero serves only a few clients, so "sees only assigned clients" is visible.
	const hero = byEmail('hero@demo.test');
	hero.clientIds = rng.sample(speaking(clients, hero.languages), 3).map((client) => client.id);

	const usedNames = new Set(staff.map((user) => user.name));
	const heroes = Array.from({ length: DEMO_HERO_COUNT }, (_, index) => {
		// Round-robin home clients: every client gets at least three heroes.
		const home = clients[index % clients.length]!;
		return {
			...drawHero(rng, home, clients, usedNames),
			id: nextId(),
			email: `hero${String(index + 1).padStart(2, '0')}@demo.test`
		};
	});

	return { clients, users: [...staff, ...heroes] };
}

/** Three brands per industry, re-drawn until every language is served by some client. */
function pickBrands(rng: Random): Brand[] {
	for (let attempt = 0; attempt < 100; attempt++) {
		const picked = INDUSTRIES.flatMap((industry) =>
			rng.sample(
				BRANDS.filter((brand) => brand.industry === industry),
				CLIENTS_PER_INDUSTRY
			)
		);
		const spoken = new Set(picked.flatMap((brand) => brand.languages));
		if (LANGUAGES.every((language) => spoken.has(language))) return picked;
	}
	throw new Error('The brand catalogue cannot cover every language');
}

function drawHero(rng: Random, home: Client, clients: Client[], usedNames: Set<string>) {
	// A language the home client needs; its home-market language is the most in demand.
	const language = rng.weighted(home.languages.map((code, i) => [code, i === 0 ? 3 : 1] as const));
	const origin = rng.weighted(
		ORIGINS.filter((o) => o.primary === language || o.extras.includes(language)).map(
			(o) => [o, o.primary === language ? 3 : 1] as const
		)
	);
	const languages = [...new Set<Language>([origin.primary, language])];
	const more = origin.extras.filter((code) => !languages.includes(code));
	if (languages.length < 3 && more.length > 0 && rng.chance(0.5)) languages.push(rng.pick(more));

	let name = `${rng.pick(origin.first)} ${rng.pick(origin.last)}`;
	for (let tries = 0; usedNames.has(name) && tries < 20; tries++) {
		name = `${rng.pick(origin.first)} ${rng.pick(origin.last)}`;
	}
	usedNames.add(name);

	const others = speaking(clients, languages).filter((client) => client.id !== home.id);
	const extra = rng.sample(others, rng.int(0, 2));
	return {
		name,
		role: 'hero' as const,
		languages,
		locale: (origin.primary === 'fr' ? 'fr' : 'en') as UiLocale,
		clientIds: [home.id, ...extra.map((client) => client.id)]
	};
}

function speaking(clients: Client[], languages: readonly Language[]): Client[] {
	return clients.filter((client) => client.languages.some((code) => languages.includes(code)));
}

/** Deterministic ids: 12 lowercase base32 characters (60 bits), unique within the plan. */
function idMaker(rng: Random): () => string {
	const seen = new Set<string>();
	return () => {
		let id = rng.id(12);
		while (seen.has(id)) id = rng.id(12);
		seen.add(id);
		return id;
	};
}
