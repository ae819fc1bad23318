import type { Awareness } from 'y-protocols/awareness';

/**
 * Presence: who is in a room, from y-protocols awareness. Each client's local state carries
 * `user` (set once when the room opens) and, for editors, `cursor` (throttled by the room).
 */

export interface PresenceUser {
	id: string;
	name: string;
	color: string;
}

export interface PresencePeer extends PresenceUser {
	/** The awareness client id (one per tab and room). */
	clientId: number;
	/** Editor-specific cursor data as the editor published it, or null. */
	cursor: unknown;
}

const COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f'];

/** A stable colour per user id, so a person looks the same in every room and tab. */
export function userColor(id: string): string {
	let hash = 0;
	for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return COLORS[hash % COLORS.length]!;
}

/** Up to two initials, for avatars. */
export function initials(name: string): string {
	const parts = name.trim().split(/\s+/).filter(Boolean);
	const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
	return letters.map((part) => part[0]!.toUpperCase()).join('');
}

function readUser(state: unknown): PresenceUser | null {
	if (typeof state !== 'object' || state === null) return null;
	const user = (state as { user?: unknown }).user;
	if (typeof user !== 'object' || user === null) return null;
	const { id, name, color } = user as Record<string, unknown>;
	if (typeof id !== 'string' || typeof name !== 'string') return null;
	return { id, name, color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : userColor(id) };
}

/**
 * The other people in a room: every awareness state but this tab's, with a well-formed `user`,
 * one entry per person (a person with two tabs open appears once, with the latest cursor), and
 * never the signed-in user themself.
 */
export function othersIn(awareness: Awareness, selfUserId: string | null): PresencePeer[] {
	const byUser = new Map<string, PresencePeer>();
	for (const [clientId, state] of awareness.getStates()) {
		if (clientId === awareness.clientID) continue;
		const user = readUser(state);
		if (!user || user.id === selfUserId) continue;
		const cursor = (state as { cursor?: unknown }).cursor ?? null;
		byUser.set(user.id, { ...user, clientId, cursor });
	}
	return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}
