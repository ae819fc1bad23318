import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/domain/access';
import { m } from '$lib/paraglide/messages.js';
import { api, ApiError, isNetworkError } from '$lib/ui/api';
import { loginPath } from '$lib/ui/me';

/** Calibration is for directors and associates (the API answers others 403). */
export const canCalibrate = (role: Role) => role === 'director' || role === 'associate';

/**
 * A GET for the calibration pages, which need the server (calibration is online: answers stay
 * on the server until revealed). Null when offline (no network, or 502–504); 401 goes to sign-in,
 * other errors become the page's error.
 */
export async function loadOnline<T>(fetchFn: typeof fetch, path: string, url: URL, role: Role): Promise<T | null> {
	if (!canCalibrate(role)) error(403, { message: m.error_forbidden_role() });
	try {
		return await api<T>(fetchFn, path);
	} catch (failure) {
		if (isNetworkError(failure)) return null;
		if (!(failure instanceof ApiError)) throw failure;
		if (failure.status >= 502 && failure.status <= 504) return null;
		if (failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		error(failure.status, { message: failure.message });
	}
}
