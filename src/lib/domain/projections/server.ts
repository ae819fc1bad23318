import type { RoomKind } from '#protocol/rooms';
import { projectQa } from '../qa/room';
import { projectOnboarding } from './onboarding';
import { projectPlaybook } from './playbook';
import type { Projection } from './types';

/**
 * The room kinds the sync server projects into its own store after every write of the room
 * (server/sync/project.ts): the kinds clients edit whose tables the server's API or jobs query.
 * Not `tickets` or `kb-published`: only the server writes those, and their services project a
 * room in the same call that writes it. A kind here needs its migration in the server's store.
 */
export const SERVER_PROJECTIONS: Partial<Record<RoomKind, Projection>> = {
	qa: projectQa,
	onboarding: projectOnboarding,
	playbook: projectPlaybook
};
