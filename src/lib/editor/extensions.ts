import type { AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
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
