import { error, redirect } from '@sveltejs/kit';
import { ApiError, api } from './api';
import { loginPath } from './me';

/**
 * GET for page loads: a 401 (session ended meanwhile) goes to sign-in and comes back, other
 * API errors become the page's error (403, 404…) so the error page explains them.
 */
export async function loadJson<T>(fetchFn: typeof fetch, path: string, url: URL): Promise<T> {
	try {
		return await api<T>(fetchFn, path);
	} catch (failure) {
		if (!(failure instanceof ApiError)) throw failure;
		if (failure.status === 401) redirect(307, loginPath(url.pathname + url.search));
		error(failure.status, { message: failure.message });
	}
}
