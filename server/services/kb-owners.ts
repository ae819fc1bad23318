import { ROLES, type Role } from '#domain/access';
import { decideRoomAccess, ROOM_ACCESS } from '#protocol/room-access';
import type { Store } from '../db/store';
import { ServiceError } from '../errors';
import type { Viewer } from './clients';

/** Someone who may own an article: an active user who may write its draft. */
export interface OwnerCandidate {
	id: string;
	name: string;
	role: Role;
}

/** Roles that write every client's drafts, and roles that write only their assigned clients'. */
const WRITES_ALL = ROLES.filter((role) => ROOM_ACCESS.kb[role] === 'rw');
const WRITES_ASSIGNED = ROLES.filter((role) => ROOM_ACCESS.kb[role] === 'rw if assigned');

/**
 * Who an article's owner may be, for whoever may change it: the active users who may write the
 * article's draft room — directors, and associates assigned to the article's client — sorted by
 * name. The same access rule as KbService.setVerification: the role is checked before any
 * lookup (403), then the article (404), then the viewer's assignment (403).
 *
 * The PATCH itself accepts any active director or associate; this list is the narrower choice
 * that makes sense (an owner who cannot open the draft cannot keep it right).
 */
export async function ownerCandidates(store: Store, viewer: Viewer, articleId: string): Promise<OwnerCandidate[]> {
	if (!ROOM_ACCESS.kb[viewer.role].startsWith('rw')) throw new ServiceError(403, 'Your role may not write articles.');
	const { rows: articles } = await store.query<{ client_id: string; assigned: boolean }>(
		`select k.client_id,
		        exists (select 1 from client_assignment a where a.user_id = $2 and a.client_id = k.client_id) as assigned
		   from kb_article k where k.id = $1`,
		[articleId, viewer.id]
	);
	const article = articles[0];
	if (!article) throw new ServiceError(404, 'No such article.');
	if (decideRoomAccess(viewer.role, 'kb', article.assigned) !== 'read-write') {
		throw new ServiceError(403, "This article's client is not assigned to you.");
	}
	const { rows } = await store.query<OwnerCandidate>(
		`select u.id, u.name, u.role from app_user u
		  where u.active
		    and (u.role = any($2::text[])
		         or (u.role = any($3::text[])
		             and exists (select 1 from client_assignment a where a.user_id = u.id and a.client_id = $1)))
		  order by lower(u.name), u.name, u.id`,
		[article.client_id, WRITES_ALL, WRITES_ASSIGNED]
	);
	return rows.map((row) => ({ id: row.id, name: row.name, role: row.role }));
}
