import { articleMeta } from '$lib/domain/kb';
import { roomName } from '$lib/protocol/rooms';
import { canEditIn, editStateOf, type EditState } from '$lib/sync/edit-state';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import type { SyncedRoom } from '$lib/sync/room';
import { RoomView, YValue } from '$lib/sync/views.svelte';

/** Same bound as an article's category when it is created (articleInput). */
export const MAX_CATEGORY = 80;

/**
 * An article's draft room (`kb.<articleId>`) while its page is open: state, title, category,
 * presence.
 */
export class ArticleDraft {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #title: YValue<string>;
	readonly #category: YValue<string>;

	constructor(registry: RoomRegistry, articleId: string) {
		this.#lease = registry.open(roomName('kb', articleId));
		this.view = new RoomView(this.#lease.room);
		const meta = articleMeta(this.#lease.room.doc);
		this.#title = new YValue(meta, () => {
			const title = meta.get('title');
			return typeof title === 'string' ? title : '';
		});
		this.#category = new YValue(meta, () => {
			const category = meta.get('category');
			return typeof category === 'string' ? category : '';
		});
	}

	get room(): SyncedRoom {
		return this.#lease.room;
	}

	get title(): string {
		return this.#title.current;
	}

	/** Titles are whole values: the last one typed wins, as in any form field. */
	setTitle(title: string): void {
		articleMeta(this.room.doc).set('title', title);
	}

	/** The category, '' for none (stored as null, as when the article was created). */
	get category(): string {
		return this.#category.current;
	}

	/**
	 * A whole value like the title, at most MAX_CATEGORY characters; blank means none. Writes
	 * nothing when the value is unchanged, so committing a field (blur) adds no empty change.
	 */
	setCategory(category: string): void {
		const value = category.slice(0, MAX_CATEGORY);
		const next = value.trim() === '' ? null : value;
		const meta = articleMeta(this.room.doc);
		if ((meta.get('category') ?? null) !== next) meta.set('category', next);
	}

	readonly state: EditState = $derived.by(() => editStateOf(this.view));
	readonly editable: boolean = $derived(canEditIn(this.state));

	destroy(): void {
		this.#lease.release();
	}
}
