import type { IncomingMessage } from 'node:http';
import type { Access } from '#protocol/messages';
import { CLOSE, parseRoom, SCHEMA_VERSION, SYNC_PATH, type RoomName } from '#protocol/rooms';
import type { SessionService } from '../auth/sessions';
import { authenticate } from './authenticate';
import type { Authoriser } from './authorise';
import type { ConnectionUser } from './connection';
import { checkOrigin } from './origin';

export type Admission =
	| { ok: true; user: ConnectionUser; room: RoomName; access: Access }
	| { ok: false; code: number; reason: string };

export interface AdmitDeps {
	authoriser: Authoriser;
	sessions: SessionService;
	origin: string | undefined;
}

const refuse = (code: number, reason: string): Admission => ({ ok: false, code, reason });

/**
 * The connect pipeline, in order: origin → session → room name → schema version → the
 * authorisation table. Each step refuses with the contract's close code; the first refusal wins,
 * so a signed-out caller learns nothing about room names.
 */
export async function admit(req: IncomingMessage, deps: AdmitDeps): Promise<Admission> {
	if (checkOrigin(req, deps.origin) === 'foreign') return refuse(CLOSE.forbidden, 'origin not allowed');

	const session = await authenticate(req, deps.sessions);
	if (!session) return refuse(CLOSE.unauthenticated, 'not signed in');

	const url = new URL(req.url ?? '/', 'http://localhost');
	const room = parseRoom(roomPart(url.pathname));
	if (!room) return refuse(CLOSE.badRoom, 'bad room name');

	const schema = url.searchParams.get('schema');
	if (schema !== null) {
		if (!/^\d{1,6}$/.test(schema)) return refuse(CLOSE.badRoom, 'bad schema parameter');
		if (Number(schema) < SCHEMA_VERSION) return refuse(CLOSE.staleClient, 'stale client: reload');
	}

	const { id, role } = session.user;
	const access = await deps.authoriser.decide({ id, role }, room);
	if (!access) return refuse(CLOSE.forbidden, 'forbidden');
	return { ok: true, user: { id, role }, room, access };
}

function roomPart(pathname: string): string {
	try {
		return decodeURIComponent(pathname.slice(SYNC_PATH.length));
	} catch {
		return '';
	}
}
