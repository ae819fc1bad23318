import type * as Y from 'yjs';
import { noteBody, noteMeta, readNoteMeta, stampNote, type NoteAuthor, type NoteMeta } from '$lib/domain/notes';
import { roomName } from '$lib/protocol/rooms';
import { canEditIn, editStateOf, type EditState } from '$lib/sync/edit-state';
import type { PresencePeer } from '$lib/sync/presence';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import { bindTextarea, cursorIndex } from '$lib/sync/textarea';
import { RoomView, YValue } from '$lib/sync/views.svelte';

export interface NotesPeer extends PresencePeer {
	/** 1-based line of their caret, when they published one. */
	line: number | null;
}

/** Author stamps of a burst of typing are coalesced to one per this many ms (deletions: always). */
const STAMP_EVERY_MS = 5000;

/**
 * A client's account notes (`notes.<clientId>`) for the notes panel: holds the room while the
 * panel lives, binds the textarea, stamps edits with their author, and derives what to show.
 */
export class NotesEditor {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #author: NoteAuthor;
	readonly #meta: YValue<NoteMeta>;
	readonly #body: YValue<string>;
	#lastStamp = 0;
	#trailing: ReturnType<typeof setTimeout> | null = null;

	constructor(registry: RoomRegistry, clientId: string, author: NoteAuthor) {
		this.#lease = registry.open(roomName('notes', clientId));
		this.#author = author;
		this.view = new RoomView(this.#lease.room);
		const doc = this.#lease.room.doc;
		this.#meta = new YValue(noteMeta(doc), () => readNoteMeta(doc));
		// Re-read on every change of the body: remote carets are positions inside it.
		this.#body = new YValue(noteBody(doc), () => noteBody(doc).toString());
	}

	get doc(): Y.Doc {
		return this.#lease.room.doc;
	}

	get meta(): NoteMeta {
		return this.#meta.current;
	}

	readonly state: EditState = $derived.by(() => editStateOf(this.view));

	readonly editable: boolean = $derived(canEditIn(this.state));

	readonly peers: NotesPeer[] = $derived.by(() => {
		const body = this.#body.current;
		const text = noteBody(this.doc);
		return this.view.presence.map((peer) => {
			const head = (peer.cursor as { head?: unknown } | null)?.head;
			const index = head === undefined ? null : cursorIndex(text, head);
			const line = index === null ? null : body.slice(0, index).split('\n').length;
			return { ...peer, line };
		});
	});

	/** A Svelte attachment for the notes textarea. */
	readonly attach = (textarea: HTMLTextAreaElement): (() => void) =>
		bindTextarea(textarea, noteBody(this.doc), {
			onLocalChange: ({ inserted }) => this.#stamp(inserted),
			onCursor: (cursor) => this.#lease.room.setCursor(cursor)
		});

	/**
	 * Stamps the note's author and time inside the edit's transaction. Typing is coalesced (a
	 * stamp now and one at the end of a burst); an edit that only deletes is always stamped, so
	 * it ticks this device's clock and "changes waiting" sees it until the server has it.
	 */
	#stamp(inserted: boolean): void {
		const now = Date.now();
		const mine = this.#meta.current.updatedBy === this.#author.id;
		if (!inserted || !mine || now - this.#lastStamp >= STAMP_EVERY_MS) {
			this.#lastStamp = now;
			stampNote(this.doc, this.#author, now);
			return;
		}
		this.#trailing ??= setTimeout(() => {
			this.#trailing = null;
			if (this.#lease.room.destroyed) return;
			this.#lastStamp = Date.now();
			this.doc.transact(() => stampNote(this.doc, this.#author, this.#lastStamp));
		}, this.#lastStamp + STAMP_EVERY_MS - now);
	}

	destroy(): void {
		if (this.#trailing) {
			// The end of a burst still gets its stamp (the room stays open through its grace period).
			clearTimeout(this.#trailing);
			this.#trailing = null;
			this.doc.transact(() => stampNote(this.doc, this.#author, Date.now()));
		}
		this.#lease.release();
	}
}
