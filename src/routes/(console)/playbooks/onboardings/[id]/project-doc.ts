import * as Y from 'yjs';
import {
	ONBOARDING_STATUSES,
	OWNER_ROLES,
	onboardingActivity,
	onboardingComments,
	onboardingMeta,
	onboardingOutline,
	onboardingTasks,
	type ActivityEntry,
	type ActivityKind,
	type OnboardingStatus,
	type OnboardingTask,
	type OwnerRole,
	type Section,
	type TaskComment
} from '$lib/domain/playbooks/model';
import { isoWeekRange } from '../../overview';

/**
 * The project page's reading of and writing into an onboarding room (`onboarding.<id>`, shapes
 * in src/lib/domain/playbooks/model.ts). Reads tolerate a room that is still loading (empty
 * maps) and values of the wrong type (skipped); writes touch only the keys they change, so a
 * tick made offline merges with a director's owner or due-date change of the same task.
 */

export interface ProjectMeta {
	name: string;
	clientId: string;
	clientName: string;
	templateId: string;
	templateName: string;
	directorId: string | null;
	directorName: string | null;
	kickoff: string;
	goLive: string | null;
	status: OnboardingStatus;
	baseAt: string | null;
}

export interface Actor {
	id: string;
	name: string;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Null until the server's seed (meta with a client) has reached this doc. */
export function readMeta(doc: Y.Doc): ProjectMeta | null {
	const meta = onboardingMeta(doc);
	const clientId = str(meta.get('clientId'));
	if (!clientId) return null;
	const status = str(meta.get('status'));
	return {
		name: str(meta.get('name')) ?? '',
		clientId,
		clientName: str(meta.get('clientName')) ?? clientId,
		templateId: str(meta.get('templateId')) ?? '',
		templateName: str(meta.get('templateName')) ?? '',
		directorId: str(meta.get('directorId')),
		directorName: str(meta.get('directorName')),
		kickoff: str(meta.get('kickoff')) ?? '',
		goLive: str(meta.get('goLive')),
		status: ONBOARDING_STATUSES.includes(status as OnboardingStatus) ? (status as OnboardingStatus) : 'active',
		baseAt: str(meta.get('baseAt'))
	};
}

/** The sections the page renders (variables filled), in order. */
export function readOutline(doc: Y.Doc): Section[] {
	const sections = onboardingOutline(doc).get('outline');
	return Array.isArray(sections) ? (sections as Section[]) : [];
}

function readTask(id: string, map: Y.Map<unknown>): OnboardingTask | null {
	const due = str(map.get('due'));
	const title = str(map.get('title'));
	if (due === null || title === null) return null;
	const ownerRole = str(map.get('ownerRole'));
	const offset = map.get('offsetDays');
	const order = map.get('order');
	return {
		id,
		title,
		sectionId: str(map.get('sectionId')) ?? '',
		order: typeof order === 'number' ? order : 0,
		ownerRole: OWNER_ROLES.includes(ownerRole as OwnerRole) ? (ownerRole as OwnerRole) : 'director',
		ownerId: str(map.get('ownerId')),
		ownerName: str(map.get('ownerName')),
		offsetDays: typeof offset === 'number' ? offset : 0,
		after: str(map.get('after')),
		due,
		required: map.get('required') !== false,
		done: map.get('done') === true,
		doneAt: str(map.get('doneAt')),
		doneBy: str(map.get('doneBy')),
		doneByName: str(map.get('doneByName')),
		removed: map.get('removed') === true
	};
}

/** Every task of the room (removed ones too), in outline order. */
export function readTasks(doc: Y.Doc): OnboardingTask[] {
	const tasks: OnboardingTask[] = [];
	for (const [id, map] of onboardingTasks(doc)) {
		if (!(map instanceof Y.Map)) continue;
		const task = readTask(id, map);
		if (task) tasks.push(task);
	}
	return tasks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function readComments(doc: Y.Doc): Map<string, TaskComment[]> {
	const out = new Map<string, TaskComment[]>();
	for (const [taskId, list] of onboardingComments(doc)) {
		if (list instanceof Y.Array) out.set(taskId, list.toArray());
	}
	return out;
}

/** Newest first. */
export function readActivity(doc: Y.Doc): ActivityEntry[] {
	return onboardingActivity(doc).toArray().slice().reverse();
}

let counter = 0;
/** Ids of comments and activity entries: unique per device and moment, never reused. */
export function entryId(): string {
	counter = (counter + 1) % 1_000_000;
	const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => (byte % 36).toString(36)).join('');
	return `${Date.now().toString(36)}${counter.toString(36)}${random}`;
}

function activity(doc: Y.Doc, actor: Actor, at: string, kind: ActivityKind, taskId: string | null, detail: string): void {
	onboardingActivity(doc).push([{ id: entryId(), at, by: actor.id, byName: actor.name, kind, taskId, detail }]);
}

function taskMap(doc: Y.Doc, taskId: string): Y.Map<unknown> | null {
	const map = onboardingTasks(doc).get(taskId);
	return map instanceof Y.Map ? map : null;
}

/** Ticks or unticks a task (no-op when it already is, or is removed); records it in the activity. */
export function setTaskDone(doc: Y.Doc, taskId: string, done: boolean, actor: Actor, at: string): boolean {
	const map = taskMap(doc, taskId);
	if (!map || map.get('removed') === true || (map.get('done') === true) === done) return false;
	doc.transact(() => {
		map.set('done', done);
		map.set('doneAt', done ? at : null);
		map.set('doneBy', done ? actor.id : null);
		map.set('doneByName', done ? actor.name : null);
		activity(doc, actor, at, done ? 'task-done' : 'task-reopened', taskId, str(map.get('title')) ?? '');
	});
	return true;
}

/** Names a task's owner (a user, or for client tasks a free-text contact); null: unassigned. */
export function setTaskOwner(
	doc: Y.Doc,
	taskId: string,
	owner: { id: string | null; name: string | null },
	actor: Actor,
	at: string
): boolean {
	const map = taskMap(doc, taskId);
	if (!map || (map.get('ownerId') === owner.id && map.get('ownerName') === owner.name)) return false;
	doc.transact(() => {
		map.set('ownerId', owner.id);
		map.set('ownerName', owner.name);
		activity(doc, actor, at, 'task-owner', taskId, owner.name ?? '');
	});
	return true;
}

export const MAX_COMMENT_LENGTH = 2000;

/** Appends a comment to a task; refuses empty or over-long text (returns false, writes nothing). */
export function addComment(doc: Y.Doc, taskId: string, text: string, actor: Actor, at: string): boolean {
	const body = text.trim();
	if (!body || body.length > MAX_COMMENT_LENGTH || !taskMap(doc, taskId)) return false;
	const comments = onboardingComments(doc);
	doc.transact(() => {
		// The server creates each task's list when it seeds the room; a list made here (an older
		// room) could lose to another peer's made at the same time, so it is the fallback only.
		let list = comments.get(taskId);
		if (!(list instanceof Y.Array)) {
			list = new Y.Array<TaskComment>();
			comments.set(taskId, list);
		}
		list.push([{ id: entryId(), at, by: actor.id, byName: actor.name, text: body }]);
		activity(doc, actor, at, 'comment', taskId, body.length > 80 ? `${body.slice(0, 79)}…` : body);
	});
	return true;
}

// -- Dates ---------------------------------------------------------------------------------------

/** Not done, not removed, and due before today (today in the client's time zone). */
export const isOverdue = (task: OnboardingTask, today: string): boolean => !task.done && !task.removed && task.due < today;

export interface Progress {
	done: number;
	total: number;
	requiredDone: number;
	requiredTotal: number;
	overdue: number;
	dueThisWeek: number;
}

/** Counts over the tasks that are not removed. */
export function progressOf(tasks: readonly OnboardingTask[], today: string): Progress {
	const week = isoWeekRange(today);
	const live = tasks.filter((task) => !task.removed);
	const required = live.filter((task) => task.required);
	return {
		done: live.filter((task) => task.done).length,
		total: live.length,
		requiredDone: required.filter((task) => task.done).length,
		requiredTotal: required.length,
		overdue: live.filter((task) => isOverdue(task, today)).length,
		dueThisWeek: live.filter((task) => !task.done && task.due >= week.from && task.due <= week.to).length
	};
}
