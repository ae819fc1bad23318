import type { IncomingMessage } from 'node:http';
import type { SessionService, ValidSession } from '../auth/sessions';

/** The cookie the console signs in with (src/lib/server/session-cookie.ts). */
const SESSION_COOKIE = 'session';

/** The session token from a Cookie header, or null. */
export function sessionToken(cookieHeader: string | undefined): string | null {
	if (!cookieHeader) return null;
	for (const part of cookieHeader.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
		try {
			return decodeURIComponent(part.slice(eq + 1).trim()) || null;
		} catch {
			return null;
		}
	}
	return null;
}

/** The handshake's session, validated exactly as the HTTP API validates it. */
export async function authenticate(req: IncomingMessage, sessions: SessionService): Promise<ValidSession | null> {
	const token = sessionToken(req.headers.cookie);
	return token ? sessions.validate(token) : null;
}
