import { m } from '$lib/paraglide/messages.js';
import { ApiError, isNetworkError, type ApiIssue } from './api';

/** Turns a failed call into a sentence for the user, in the UI language where we can. */
export function describeError(error: unknown): string {
	if (isNetworkError(error)) return m.error_network();
	if (!(error instanceof ApiError)) return m.error_unexpected();
	if (error.status === 401) return m.error_signed_out();
	if (error.status === 403) return m.error_forbidden_action();
	if (error.status === 404) return m.error_not_found();
	if (error.status >= 500) return m.error_server();
	return error.message || m.error_unexpected();
}

/** The first issue per field, as a record `field → message`. */
export function firstIssuePerField(issues: readonly ApiIssue[]): Record<string, string> {
	const byField: Record<string, string> = {};
	for (const issue of issues) byField[issue.field] ??= issue.message;
	return byField;
}

/** zod issues → ApiIssue (same shape the server sends). */
export function zodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiIssue[] {
	return issues.map((issue) => ({
		field: issue.path[0] === undefined ? '' : String(issue.path[0]),
		message: issue.message
	}));
}
