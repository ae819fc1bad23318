import { ROLES, type Role } from '#domain/access';
import type { Access } from './messages';
import type { RoomKind } from './rooms';

/**
 * Who may open which room, and how: THE authorisation table of sync, decided once per
 * connection (the server never filters updates: a read-only connection's updates are dropped
 * wholesale). Whatever a role must not see lives in a room that role cannot open — heroes read
 * `kb-published`, never `kb` drafts; billing is directors-only. The README renders this table.
 *
 * "if assigned" means the room's client is one of the user's client assignments (directors and
 * admins see every client, so their cells never depend on it). A client-scoped room whose client
 * or article does not exist is refused for everyone.
 */
export type Grant = 'rw' | 'rw if assigned' | 'ro' | 'ro if assigned' | 'none';

export const ROOM_ACCESS: Record<RoomKind, Record<Role, Grant>> = {
	kb: { admin: 'none', director: 'rw', associate: 'rw if assigned', hero: 'none' },
	// Written by the server when an article is published; nobody edits a snapshot.
	'kb-published': { admin: 'none', director: 'ro', associate: 'ro if assigned', hero: 'ro if assigned' },
	// Templates are the directors' work; projects are worked by directors and the client's associates.
	playbook: { admin: 'none', director: 'rw', associate: 'none', hero: 'none' },
	onboarding: { admin: 'none', director: 'rw', associate: 'rw if assigned', hero: 'none' },
	// A month room holds every hero's reviews of the client: heroes never open it (a hero must not
	// see another's reviews); they read their own through the API (`GET /api/qa/reviews`).
	qa: { admin: 'none', director: 'rw', associate: 'rw if assigned', hero: 'none' },
	// Same caveat as qa: heroes read every shift of their clients' weeks.
	schedule: { admin: 'none', director: 'rw', associate: 'rw if assigned', hero: 'ro if assigned' },
	billing: { admin: 'none', director: 'rw', associate: 'none', hero: 'none' },
	// Imported by the server only.
	tickets: { admin: 'none', director: 'ro', associate: 'ro if assigned', hero: 'none' },
	// Account notes are the client team's working notes: not for admins or heroes.
	notes: { admin: 'none', director: 'rw', associate: 'rw if assigned', hero: 'none' },
	directory: { admin: 'ro', director: 'ro', associate: 'ro', hero: 'ro' }
};

/** How a room's client is found: from the article's or onboarding's row, from the name, or not at all. */
export const ROOM_CLIENT: Record<RoomKind, 'article' | 'onboarding' | 'name' | null> = {
	kb: 'article',
	'kb-published': 'article',
	playbook: null,
	onboarding: 'onboarding',
	qa: 'name',
	schedule: 'name',
	billing: 'name',
	tickets: 'name',
	notes: 'name',
	directory: null
};

/** True when the decision for this role and kind depends on the user's client assignments. */
export function needsAssignment(role: Role, kind: RoomKind): boolean {
	return ROOM_ACCESS[kind][role].endsWith('if assigned');
}

/** The table's verdict; null means refused. */
export function decideRoomAccess(role: Role, kind: RoomKind, assigned: boolean): Access | null {
	const grant = ROOM_ACCESS[kind][role];
	if (grant === 'none' || (grant.endsWith('if assigned') && !assigned)) return null;
	return grant.startsWith('rw') ? 'read-write' : 'read-only';
}

/** The table as Markdown, for the README (`role × room kind`). */
export function roomAccessMarkdown(): string {
	const head = `| room | ${ROLES.join(' | ')} |\n|---|${ROLES.map(() => '---').join('|')}|`;
	const rows = Object.entries(ROOM_ACCESS).map(
		([kind, grants]) => `| \`${kind}\` | ${ROLES.map((role) => (grants[role] === 'none' ? '—' : grants[role])).join(' | ')} |`
	);
	return [head, ...rows].join('\n');
}
