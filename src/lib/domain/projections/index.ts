import type * as Y from 'yjs';
import type { RoomKind, RoomName } from '#protocol/rooms';
import { projectKbPublished } from './kb-published';
import { projectQa } from '../qa/room';
import { projectNotes } from './notes';
import { projectOnboarding } from './onboarding';
import { projectTickets } from './tickets';
import type { Projection, TableRows } from './types';

export type { Projection, SqlValue, TableRows } from './types';

/**
 * The projection of each room kind that has one. A kind without an entry is kept in the room
 * log only (editors bind to its Y.Doc directly). Add a kind here together with the migration
 * that creates its tables, in the browser's and, when jobs read them, the server's store.
 */
export const PROJECTIONS: Partial<Record<RoomKind, Projection>> = {
	notes: projectNotes,
	'kb-published': projectKbPublished,
	tickets: projectTickets,
	qa: projectQa,
	onboarding: projectOnboarding
};

/** The rows `room` projects to now; [] for kinds without a projection. */
export function projectRoom(room: RoomName, doc: Y.Doc): TableRows[] {
	return PROJECTIONS[room.kind]?.(room, doc) ?? [];
}
