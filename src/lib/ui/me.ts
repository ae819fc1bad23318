import type { Me } from '$lib/domain/directory';
import { isNetworkError } from './api';

/**
 * Who is signed in. Asked of the server on every console navigation (so a deactivated account
 * or a changed role shows at once); the last answer is kept in localStorage so the console
 * still opens offline, where the local store is the source of truth anyway.
 */

const CACHE_KEY = 'ops-console:me';

export type MeResult = { kind: 'signed-in'; me: Me; offline: boolean } | { kind: 'signed-out' };

export async function loadMe(fetchFn: typeof fetch): Promise<MeResult> {
	let response: Response;
	try {
		response = await fetchFn('/api/me', { headers: { accept: 'application/json' } });
	} catch (error) {
		const cached = isNetworkError(error) ? readCachedMe() : null;
		if (cached) return { kind: 'signed-in', me: cached, offline: true };
		throw error;
	}
	if (response.status === 401) {
		forgetMe();
		return { kind: 'signed-out' };
	}
	if (!response.ok) throw new Error(`GET /api/me answered ${response.status}`);
	const me = (await response.json()) as Me;
	rememberMe(me);
	return { kind: 'signed-in', me, offline: false };
}

function readCachedMe(): Me | null {
	try {
		const raw = localStorage.getItem(CACHE_KEY);
		return raw ? (JSON.parse(raw) as Me) : null;
	} catch {
		return null;
	}
}

function rememberMe(me: Me): void {
	try {
		localStorage.setItem(CACHE_KEY, JSON.stringify(me));
	} catch {
		// Storage full or disabled: the console still works online.
	}
}

export function forgetMe(): void {
	try {
		localStorage.removeItem(CACHE_KEY);
	} catch {
		// Nothing to forget.
	}
}

/** `next` is followed only when it is a path on this origin (no `//host`, no `/\host`). */
export function safeNext(next: string | null): string | null {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
	try {
		const base = 'http://origin.invalid';
		const url = new URL(next, base);
		return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : null;
	} catch {
		return null;
	}
}

export function loginPath(next: string): string {
	return `/login?next=${encodeURIComponent(next)}`;
}
