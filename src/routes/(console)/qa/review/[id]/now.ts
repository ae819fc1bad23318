/** The instant an edit is stamped with (ISO 8601, UTC); a plain module, so nothing reactive wraps it. */
export function nowIso(): string {
	return new Date().toISOString();
}
