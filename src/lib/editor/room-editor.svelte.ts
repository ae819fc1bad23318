import { Editor, type AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { untrack } from 'svelte';
import type * as Y from 'yjs';
import type { PresenceUser } from '$lib/sync/presence';
import type { SyncedRoom } from '$lib/sync/room';
import { refuseLargePastes } from './paste-limit';

export interface RoomEditorOptions {
	room: SyncedRoom;
	/** The document's nodes and marks, with StarterKit's own undo off: Yjs undoes (only this user's edits). */
	schema: () => AnyExtension[];
	/** Where in the room the document lives. */
	fragment: (doc: Y.Doc) => Y.XmlFragment;
	/** Who types here: their caret's name and colour for the others, the same as the room's presence. */
	user: PresenceUser;
	editable: boolean;
	/** The textbox's accessible name. */
	label: string;
	/** A paste was refused (too large); say so. */
	onrefused: (reason: string) => void;
	/** The user changed the document here (not: others' changes arriving, the editor opening). */
	onedit?: () => void;
}

/**
 * A Tiptap editor bound to a room: the one way the article and template editors mount theirs.
 * Created once the room holds what this device stored, so it never starts from an empty document
 * it would then have to merge; live collaboration on the room's fragment with the other people's
 * carets and Yjs undo; a labelled textbox; pastes over the limit refused. Construct it while a
 * component initialises (its editable state follows `options().editable`) and render it with
 * EditorFrame, which mounts it (`mount` returns the cleanup that destroys the editor).
 */
export class RoomEditor {
	#editor = $state.raw<Editor | null>(null);
	/** Bumped on every transaction, so toolbars re-read what is active. */
	#revision = $state(0);
	readonly #options: () => RoomEditorOptions;

	constructor(options: () => RoomEditorOptions) {
		this.#options = options;
		$effect(() => {
			const { editable } = this.#options();
			// Without an "update" event: making the editor editable is not an edit.
			this.#editor?.setEditable(editable, false);
		});
	}

	get editor(): Editor | null {
		return this.#editor;
	}

	get revision(): number {
		return this.#revision;
	}

	mount(element: HTMLElement): () => void {
		const options = untrack(this.#options);
		let created: Editor | null = null;
		let cancelled = false;
		void options.room.loaded.then(() => {
			if (cancelled) return;
			created = new Editor({
				element,
				extensions: [...options.schema(), ...collaboration(options.fragment(options.room.doc), options.room, options.user)],
				editable: untrack(this.#options).editable,
				editorProps: {
					attributes: { 'aria-label': options.label, 'aria-multiline': 'true', role: 'textbox' },
					handlePaste: refuseLargePastes(options.onrefused)
				},
				// Transactions are dispatched from effects too (a command): the count is not their dependency.
				onTransaction: () => untrack(() => (this.#revision += 1)),
				onUpdate: ({ transaction }) => {
					const sync = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
					if (!sync?.isChangeOrigin || sync.isUndoRedoOperation) options.onedit?.();
				}
			});
			this.#editor = created;
		});
		return () => {
			cancelled = true;
			created?.destroy();
			this.#editor = null;
		};
	}
}

/** Live collaboration on `fragment` (with Yjs undo), and other people's carets from the room's awareness. */
function collaboration(fragment: Y.XmlFragment, room: SyncedRoom, user: PresenceUser): AnyExtension[] {
	return [
		Collaboration.configure({ fragment }),
		// The caret extension sets the awareness `user` field: give it the same user (with its id)
		// as the room's presence, so the people list and the carets agree.
		CollaborationCaret.configure({ provider: { awareness: room.awareness }, user })
	];
}
