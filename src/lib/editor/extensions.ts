import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ARTICLE_BODY } from '$lib/domain/kb';
import type { PresenceUser } from '$lib/sync/presence';
import { Callout } from './callout';

/**
 * The article schema: what the knowledge base can hold. Changing it (a node added, renamed or
 * given new attributes) means raising SCHEMA_VERSION in src/lib/protocol/rooms.ts, so that
 * older tabs are refused (4426) instead of dropping content they do not know.
 */
export function articleSchema(): AnyExtension[] {
	return [
		// Yjs brings its own undo (only this user's edits); ProseMirror's history would fight it.
		StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } }),
		TaskList,
		TaskItem.configure({ nested: true }),
		TableKit.configure({ table: { resizable: false } }),
		Image.configure({ inline: false, allowBase64: false }),
		Callout
	];
}

/** The schema plus live collaboration: the body fragment of `doc`, and other people's carets. */
export function collaborativeExtensions(doc: Y.Doc, awareness: Awareness, user: PresenceUser): AnyExtension[] {
	return [
		...articleSchema(),
		Collaboration.configure({ fragment: doc.getXmlFragment(ARTICLE_BODY) }),
		// The caret extension sets the awareness `user` field: give it the same user (with its id)
		// as the room's presence, so the people list and the carets agree.
		CollaborationCaret.configure({ provider: { awareness }, user })
	];
}
