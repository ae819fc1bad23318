import { articleMeta } from '$lib/domain/kb';
import { roomName } from '$lib/protocol/rooms';
import { canEditIn, editStateOf, type EditState } from '$lib/sync/edit-state';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import type { SyncedRoom } from '$lib/sync/room';
import { RoomView, YValue } from '$lib/sync/views.svelte';

/** An article's draft room (`kb.<articleId>`) while its page is open: state, title, presence. */
export class ArticleDraft {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #title: YValue<string>;

	constructor(registry: RoomRegistry, articleId: string) {
		this.#lease = registry.open(roomName('kb', articleId));
		this.view = new RoomView(this.#lease.room);
		const meta = articleMeta(this.#lease.room.doc);
		this.#title = new YValue(meta, () => {
			const title = meta.get('title');
			return typeof title === 'string' ? title : '';
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

	readonly state: EditState = $derived.by(() => editStateOf(this.view));
	readonly editable: boolean = $derived(canEditIn(this.state));

	destroy(): void {
		this.#lease.release();
	}
}
