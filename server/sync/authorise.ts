import { seesAllClients, type Role } from '#domain/access';
import type { Access } from '#protocol/messages';
import { decideRoomAccess, needsAssignment, ROOM_CLIENT } from '#protocol/room-access';
import type { RoomName } from '#protocol/rooms';
import type { Queryable } from '../db/store';

/** Rooms whose client is remembered; past this the memory starts over (it is only a shortcut). */
const MAX_REMEMBERED = 10_000;

/**
 * Applies the authorisation table (src/lib/protocol/room-access.ts) to one user and one room:
 * finds the room's client (from the name, or from the article's row), refuses rooms of clients
 * or articles that do not exist, and asks whether the user is assigned only when the user's cell
 * depends on it. At most one query per decision, none for a known room whose cell does not
 * depend on an assignment.
 *
 * Remembering works because the server store never deletes a client, an article or an onboarding
 * and never moves one to another client (retiring is a flag on the row): once a room's client is
 * found it stays right. Misses are not remembered — the client may be created a moment later.
 * Assignments change, so they are always asked.
 */
export class Authoriser {
	private readonly clientOf = new Map<string, string>();

	constructor(private readonly db: Queryable) {}

	async decide(user: { id: string; role: Role }, room: RoomName): Promise<Access | null> {
		const scope = ROOM_CLIENT[room.kind];
		if (!scope) return decideRoomAccess(user.role, room.kind, false);
		const asks = needsAssignment(user.role, room.kind) && !seesAllClients(user.role);
		const key = `${scope}:${room.id}`;
		const known = this.clientOf.get(key);
		if (known !== undefined) {
			const assigned = asks ? await isAssigned(this.db, user.id, known) : seesAllClients(user.role);
			return decideRoomAccess(user.role, room.kind, assigned);
		}
		const { rows } = await this.db.query<{ client_id: string; assigned: boolean }>(
			scope === 'article'
				? `select k.client_id, exists (select 1 from client_assignment a where a.user_id = $2 and a.client_id = k.client_id) as assigned
				     from kb_article k where k.id = $1`
				: scope === 'onboarding'
					? `select o.client_id, exists (select 1 from client_assignment a where a.user_id = $2 and a.client_id = o.client_id) as assigned
				     from onboarding o where o.id = $1`
					: `select c.id as client_id, exists (select 1 from client_assignment a where a.user_id = $2 and a.client_id = c.id) as assigned
				     from client c where c.id = $1`,
			[room.id, user.id]
		);
		const row = rows[0];
		if (!row) return null;
		if (this.clientOf.size >= MAX_REMEMBERED) this.clientOf.clear();
		this.clientOf.set(key, row.client_id);
		return decideRoomAccess(user.role, room.kind, seesAllClients(user.role) || row.assigned);
	}
}

async function isAssigned(db: Queryable, userId: string, clientId: string): Promise<boolean> {
	const { rows } = await db.query('select 1 from client_assignment where user_id = $1 and client_id = $2', [
		userId,
		clientId
	]);
	return rows.length > 0;
}

/** A user's current role, or null when the account is gone or deactivated. */
export async function currentRole(db: Queryable, userId: string): Promise<Role | null> {
	const { rows } = await db.query<{ role: Role; active: boolean }>('select role, active from app_user where id = $1', [
		userId
	]);
	return rows[0]?.active ? rows[0].role : null;
}
