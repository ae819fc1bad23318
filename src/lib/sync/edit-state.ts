import type { Access } from '$lib/protocol/messages';
import type { RoomStatus } from './room';

/**
 * What an editor bound to a room says about it, most important first: the final refusals, then
 * loading, read-only, offline, edits the server has not confirmed, and finally "saved". Shared
 * by every editor (account notes, articles) so they speak alike.
 */
export type EditState =
	| 'forbidden'
	| 'signed-out'
	| 'stale'
	| 'failed'
	| 'loading'
	| 'read-only'
	| 'offline'
	| 'connecting'
	| 'waiting'
	| 'syncing'
	| 'saved';

/** States that end editing for good; shown as an alert. */
export const FINAL_EDIT_STATES: readonly EditState[] = ['forbidden', 'signed-out', 'stale', 'failed'];

export function editStateOf(room: {
	status: RoomStatus;
	access: Access | null;
	pending: number;
	synced: boolean;
}): EditState {
	const { status, access, pending, synced } = room;
	if (status === 'forbidden' || status === 'signed-out' || status === 'stale' || status === 'failed') return status;
	if (status === 'loading') return 'loading';
	if (access === 'read-only') return 'read-only';
	if (status === 'offline') return 'offline';
	if (pending > 0) return 'waiting';
	if (status === 'connecting') return 'connecting';
	return synced ? 'saved' : 'syncing';
}

/** Whether the user may type: not refused, loaded, and not read-only. */
export function canEditIn(state: EditState): boolean {
	return !FINAL_EDIT_STATES.includes(state) && state !== 'loading' && state !== 'read-only';
}

/** The colour family of a state's badge. */
export function editStateTone(state: EditState): 'bad' | 'good' | 'muted' | 'busy' {
	if (FINAL_EDIT_STATES.includes(state)) return 'bad';
	if (state === 'saved') return 'good';
	return state === 'read-only' ? 'muted' : 'busy';
}
