import { CLOSE } from '#protocol/rooms';
import type { Queryable } from '../db/store';
import type { Logger } from '../log';
import { currentRole, type Authoriser } from './authorise';
import type { ConnectionsByUser } from './connection';

/**
 * Re-decides every live connection of a user whose access changed (deactivated, new role, lost
 * a client): a deactivated account is closed with 4401, a connection the table now refuses with
 * 4403, and one whose access changed but remains (read-write ↔ read-only) with 4500, so the
 * provider reconnects on its own and is admitted with the new access. Never rejects.
 */
export async function reauthorise(
	userId: string,
	db: Queryable,
	authoriser: Authoriser,
	connections: ConnectionsByUser,
	logger: Logger
): Promise<void> {
	const live = connections.of(userId);
	if (live.length === 0) return;
	try {
		const role = await currentRole(db, userId);
		for (const connection of live) {
			if (!role) {
				connection.close(CLOSE.unauthenticated, 'account deactivated');
				continue;
			}
			const access = await authoriser.decide({ id: userId, role }, connection.room);
			if (!access) connection.close(CLOSE.forbidden, 'access revoked');
			else if (access !== connection.access) connection.close(CLOSE.reauthorise, 'access changed');
		}
		logger.debug(`sync: re-authorised ${live.length} connections of user ${userId}`);
	} catch (error) {
		// Fail closed: if we cannot decide, the connections go and reconnect through admission.
		logger.error(`sync: could not re-authorise user ${userId}; closing their connections`, error);
		for (const connection of live) connection.close(CLOSE.reauthorise, 'access changed');
	}
}
