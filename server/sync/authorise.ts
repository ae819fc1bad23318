import { seesAllClients, type Role } from '#domain/access';
import type { Access } from '#protocol/messages';
import { decideRoomAccess, needsAssignment, ROOM_CLIENT } from '#protocol/room-access';
import type { RoomName } from '#protocol/rooms';
import type { Queryable } from '../db/store';

/**
 * Applies the authorisation table (src/lib/protocol/room-access.ts) to one user and one room:
 * finds the room's client (from the name, or from the article's row), refuses rooms of clients
 * or articles that do not exist, and asks the database about the assignment only when the
 * user's cell depends on it.
 */
export async function authorise(db: Queryable, user: { id: string; role: Role }, room: RoomName): Promise<Access | null> {
	const scope = ROOM_CLIENT[room.kind];
	let clientId: string | null = null;
	if (scope === 'article') {
		const { rows } = await db.query<{ client_id: string }>('select client_id from kb_article where id = $1', [room.id]);
		clientId = rows[0]?.client_id ?? null;
		if (!clientId) return null;
	} else if (scope === 'name') {
		const { rows } = await db.query('select 1 from client where id = $1', [room.id]);
		if (rows.length === 0) return null;
		clientId = room.id;
	}
	let assigned = false;
	if (clientId && needsAssignment(user.role, room.kind)) {
		assigned = seesAllClients(user.role) || (await isAssigned(db, user.id, clientId));
	}
	return decideRoomAccess(user.role, room.kind, assigned);
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
