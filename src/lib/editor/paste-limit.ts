import type { EditorView } from '@tiptap/pm/view';
import { m } from '$lib/paraglide/messages.js';

/**
 * The largest paste an editor takes. Everything pasted becomes one Yjs update; past the sync
 * server's message limit (4 MiB) it would be refused and the room would stop syncing. An article
 * or a template is far below this; a pasted export or log is not.
 */
export const MAX_PASTE_BYTES = 1024 * 1024;

function pastedBytes(event: ClipboardEvent): number {
	const data = event.clipboardData;
	if (!data) return 0;
	return new TextEncoder().encode(data.getData('text/html') || data.getData('text/plain')).byteLength;
}

/** A Tiptap `handlePaste` that refuses pastes over MAX_PASTE_BYTES and says why through `onrefused`. */
export function refuseLargePastes(onrefused: (reason: string) => void): (view: EditorView, event: ClipboardEvent) => boolean {
	return (_view, event) => {
		if (pastedBytes(event) <= MAX_PASTE_BYTES) return false;
		onrefused(m.editor_paste_too_large({ megabytes: String(MAX_PASTE_BYTES / 1024 / 1024) }));
		return true;
	};
}
