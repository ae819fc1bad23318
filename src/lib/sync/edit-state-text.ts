import { m } from '$lib/paraglide/messages.js';
import type { EditState } from './edit-state';

/**
 * The words for an edit state; `forbidden` and `failed` name the thing being edited, so the
 * caller supplies them.
 */
export function editStateText(
	state: EditState,
	pending: number,
	own: { forbidden: () => string; failed: () => string }
): string {
	switch (state) {
		case 'forbidden':
			return own.forbidden();
		case 'failed':
			return own.failed();
		case 'signed-out':
			return m.edit_state_signed_out();
		case 'stale':
			return m.edit_state_stale();
		case 'loading':
			return m.edit_state_loading();
		case 'read-only':
			return m.edit_state_read_only();
		case 'offline':
			return pending > 0 ? m.edit_state_offline_waiting({ count: pending }) : m.edit_state_offline();
		case 'connecting':
			return m.edit_state_connecting();
		case 'waiting':
			return m.edit_state_waiting({ count: pending });
		case 'syncing':
			return m.edit_state_syncing();
		case 'saved':
			return m.edit_state_saved();
	}
}
