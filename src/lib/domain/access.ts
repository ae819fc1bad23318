/**
 * Who may use which part of the console. One table, read by the server (page and API guards)
 * and by the browser (navigation, command palette). The README renders the same table.
 */

export const ROLES = ['admin', 'director', 'associate', 'hero'] as const;
export type Role = (typeof ROLES)[number];

export const SECTIONS = [
	'clients',
	'kb',
	'playbooks',
	'qa',
	'schedule',
	'forecasts',
	'billing',
	'admin'
] as const;
export type Section = (typeof SECTIONS)[number];

/** The URL path of each console section. */
export const SECTION_PATHS: Record<Section, string> = {
	clients: '/clients',
	kb: '/kb',
	playbooks: '/playbooks',
	qa: '/qa',
	schedule: '/schedule',
	forecasts: '/forecasts',
	billing: '/billing',
	admin: '/admin'
};

const ACCESS: Record<Role, readonly Section[]> = {
	admin: ['clients', 'admin'],
	director: ['clients', 'kb', 'playbooks', 'qa', 'schedule', 'forecasts', 'billing'],
	associate: ['clients', 'kb', 'playbooks', 'qa', 'schedule'],
	hero: ['kb', 'qa', 'schedule']
};

export function sectionsFor(role: Role): readonly Section[] {
	return ACCESS[role];
}

export function canUseSection(role: Role, section: Section): boolean {
	return ACCESS[role].includes(section);
}

/** The section a console path belongs to, or null for paths every signed-in user may open. */
export function sectionOfPath(pathname: string): Section | null {
	for (const section of SECTIONS) {
		const base = SECTION_PATHS[section];
		if (pathname === base || pathname.startsWith(`${base}/`)) return section;
	}
	return null;
}

/** Admins and directors see every client; associates and heroes only those assigned to them. */
export function seesAllClients(role: Role): boolean {
	return role === 'admin' || role === 'director';
}

/** Who may create and edit clients (name, industry, languages, time zone). */
export function canEditClients(role: Role): boolean {
	return role === 'admin' || role === 'director';
}

/** The page a user lands on after signing in when no other page was asked for. */
export function homePath(role: Role): string {
	return SECTION_PATHS[sectionsFor(role)[0]!];
}

export const LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export const INDUSTRIES = ['ecommerce', 'mobility', 'banking', 'insurance'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const UI_LOCALES = ['en', 'fr'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
