import type { IncomingMessage } from 'node:http';

/**
 * Cross-site WebSocket hijacking guard: browsers attach cookies to WebSocket handshakes from any
 * page, so a browser's `Origin` must be the console's own. With ORIGIN configured that is the
 * only one accepted; without it, `http://<Host>` or `https://<Host>` (the latter for a TLS proxy
 * in front) — an attacker's page cannot make a browser send the console's host as its origin.
 * Non-browser clients (scripts, tests) send no Origin; they still need a valid session cookie.
 */
export function checkOrigin(req: IncomingMessage, configured: string | undefined): 'same' | 'absent' | 'foreign' {
	const origin = req.headers.origin;
	if (origin === undefined) return 'absent';
	if (configured) return origin === new URL(configured).origin ? 'same' : 'foreign';
	const host = req.headers.host;
	if (!host) return 'foreign';
	return origin === `http://${host}` || origin === `https://${host}` ? 'same' : 'foreign';
}
