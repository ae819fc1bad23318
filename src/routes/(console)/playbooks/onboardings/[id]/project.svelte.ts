import type * as Y from 'yjs';
import { readOnboardingOutline, readOnboardingTasks, type OnboardingMeta, type Person } from '$lib/domain/playbooks/onboarding';
import {
	onboardingActivity,
	onboardingComments,
	onboardingMeta,
	onboardingOutline,
	onboardingTasks,
	type ActivityEntry,
	type OnboardingTask,
	type Section,
	type TaskComment
} from '$lib/domain/playbooks/model';
import { roomName } from '$lib/protocol/rooms';
import { canEditIn, editStateOf, type EditState } from '$lib/sync/edit-state';
import type { RoomLease, RoomRegistry } from '$lib/sync/registry';
import { RoomView, YValue } from '$lib/sync/views.svelte';
import { comment, giveTask, readActivityNewestFirst, readAllComments, readMeta, tick } from './project-doc';

const nowIso = () => new Date().toISOString();

/**
 * One onboarding project for its page: holds the room `onboarding.<id>` while the page lives,
 * reads it reactively (works from the device's copy offline) and writes every tick, owner change
 * and comment into it, with its activity entry, as the signed-in user.
 */
export class OnboardingProject {
	readonly view: RoomView;
	readonly #lease: RoomLease;
	readonly #actor: Person;
	readonly #meta: YValue<OnboardingMeta | null>;
	readonly #outline: YValue<Section[]>;
	readonly #tasks: YValue<OnboardingTask[]>;
	readonly #comments: YValue<Map<string, TaskComment[]>>;
	readonly #activity: YValue<ActivityEntry[]>;

	constructor(registry: RoomRegistry, onboardingId: string, actor: Person) {
		this.#lease = registry.open(roomName('onboarding', onboardingId));
		this.#actor = actor;
		this.view = new RoomView(this.#lease.room);
		const doc = this.#lease.room.doc;
		this.#meta = new YValue(onboardingMeta(doc), () => readMeta(doc));
		this.#outline = new YValue(onboardingOutline(doc), () => readOnboardingOutline(doc));
		this.#tasks = new YValue(onboardingTasks(doc), () => readOnboardingTasks(doc));
		this.#comments = new YValue(onboardingComments(doc), () => readAllComments(doc));
		this.#activity = new YValue(onboardingActivity(doc), () => readActivityNewestFirst(doc));
	}

	get doc(): Y.Doc {
		return this.#lease.room.doc;
	}
	get meta(): OnboardingMeta | null {
		return this.#meta.current;
	}
	get outline(): Section[] {
		return this.#outline.current;
	}
	get tasks(): OnboardingTask[] {
		return this.#tasks.current;
	}
	get comments(): Map<string, TaskComment[]> {
		return this.#comments.current;
	}
	get activity(): ActivityEntry[] {
		return this.#activity.current;
	}

	readonly state: EditState = $derived.by(() => editStateOf(this.view));

	/** Whether ticks, owners and comments may be written now (offline included). */
	readonly editable: boolean = $derived(canEditIn(this.state) && this.meta !== null);

	// A fresh map per change of the tasks (never mutated): a plain Map is what is wanted here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly taskById: ReadonlyMap<string, OnboardingTask> = $derived(new Map(this.tasks.map((task) => [task.id, task])));

	setDone(taskId: string, done: boolean): void {
		if (this.editable) tick(this.doc, taskId, done, this.#actor, nowIso());
	}

	setOwner(taskId: string, owner: { id: string | null; name: string | null }): void {
		if (this.editable) giveTask(this.doc, taskId, owner, this.#actor, nowIso());
	}

	comment(taskId: string, text: string): boolean {
		return this.editable && comment(this.doc, taskId, text, this.#actor, nowIso());
	}

	destroy(): void {
		this.#lease.release();
	}
}
