import type { TemplateOutline, TemplateProblem } from '$lib/domain/playbooks/model';
import { playbookBody, playbookMeta } from '$lib/domain/playbooks/model';
import { readTemplate, validateOutline } from '$lib/domain/playbooks/template';
import { roomName } from '$lib/protocol/rooms';
import { canEditIn, editStateOf, type EditState } from '$lib/sync/edit-state';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import type { SyncedRoom } from '$lib/sync/room';
import { Throttle } from '$lib/sync/throttle';
import { RoomView, YValue } from '$lib/sync/views.svelte';
import { stampLastEdit } from './last-edit';

/** How often the editing browser stamps "last edited by" into the template's meta. */
export const STAMP_EVERY_MS = 2000;

export interface LastEdit {
	at: string;
	name: string;
}

/**
 * A template room (`playbook.<templateId>`) while its editor is open: state, name, last edit,
 * presence, and the live outline with its problems. Every edit made here is stamped into
 * `meta` (`updatedAt`, `updatedBy`, `updatedByName`), at most every STAMP_EVERY_MS, so the
 * library shows who last edited it and when.
 */
export class TemplateDraft {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #name: YValue<string>;
	readonly #lastEdit: YValue<LastEdit | null>;
	/** Bumped by every change of the body: the outline is read again from the room. */
	#bodyVersion = $state(0);
	readonly #stamp: Throttle<[]>;

	constructor(registry: RoomRegistry, templateId: string, me: { id: string; name: string }) {
		this.#lease = registry.open(roomName('playbook', templateId));
		this.view = new RoomView(this.#lease.room);
		const doc = this.#lease.room.doc;
		const meta = playbookMeta(doc);
		this.#name = new YValue(meta, () => {
			const name = meta.get('name');
			return typeof name === 'string' ? name : '';
		});
		this.#lastEdit = new YValue(meta, () => {
			const at = meta.get('updatedAt');
			const name = meta.get('updatedByName');
			return typeof at === 'string' ? { at, name: typeof name === 'string' ? name : '' } : null;
		});
		playbookBody(doc).observeDeep(this.#onBody);
		this.#stamp = new Throttle(STAMP_EVERY_MS, () => {
			doc.transact(() => stampLastEdit(meta, me));
		});
	}

	readonly #onBody = (): void => {
		this.#bodyVersion += 1;
	};

	/**
	 * The user changed the template here (typing, a task's controls, undo, the name). Only
	 * their edits count: opening the editor, or others' edits arriving, stamps nothing.
	 */
	edited(): void {
		this.#stamp.call();
	}

	get room(): SyncedRoom {
		return this.#lease.room;
	}

	get name(): string {
		return this.#name.current;
	}

	/** Names are whole values: the last one typed wins, as in any form field. */
	setName(name: string): void {
		const meta = playbookMeta(this.room.doc);
		if (meta.get('name') === name) return;
		meta.set('name', name);
		this.edited();
	}

	get lastEdit(): LastEdit | null {
		return this.#lastEdit.current;
	}

	readonly outline: TemplateOutline = $derived.by(() => {
		void this.#bodyVersion;
		return readTemplate(this.room.doc);
	});
	readonly problems: TemplateProblem[] = $derived(validateOutline(this.outline));
	readonly state: EditState = $derived.by(() => editStateOf(this.view));
	readonly editable: boolean = $derived(canEditIn(this.state));

	destroy(): void {
		playbookBody(this.room.doc).unobserveDeep(this.#onBody);
		this.#stamp.cancel();
		this.#lease.release();
	}
}
