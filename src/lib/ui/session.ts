import type { UiLocale } from '$lib/domain/access';
import type { Me } from '$lib/domain/directory';
import { setLocale } from '$lib/paraglide/runtime.js';
import { api } from './api';
import { forgetMe } from './me';

/** Signing out and choosing the UI language, for the user menu. */

export async function signOut(fetchFn: typeof fetch): Promise<void> {
	try {
		await api(fetchFn, '/api/auth/logout', { method: 'POST' });
	} finally {
		forgetMe();
	}
	// A full load drops every in-memory copy of the signed-out user's data.
	window.location.assign('/login');
}

/** Saves the choice on the account (so it follows the user), then reloads in that language. */
export async function saveLocale(fetchFn: typeof fetch, locale: UiLocale): Promise<void> {
	await api<Me>(fetchFn, '/api/me', { method: 'PATCH', body: { locale } });
	// The answer already set the locale cookie, so setLocale() would see no change and skip its
	// reload: set it without reloading, then reload ourselves.
	await setLocale(locale, { reload: false });
	window.location.reload();
}
