import * as Y from 'yjs';
import {
	addComment as addCommentTo,
	isStarted,
	MAX_COMMENT,
	readOnboardingMeta,
	setTaskDone,
	setTaskOwner,
	type OnboardingMeta,
	type Person,
	type Stamp
} from '$lib/domain/playbooks/onboarding';
import { onboardingActivity, onboardingComments, onboardingTasks, type ActivityEntry, type OnboardingTask, type TaskComment } from '$lib/domain/playbooks/model';

/**
 * The project page's side of an onboarding room (src/lib/domain/playbooks/onboarding.ts does the
 * writing): what it shows while the room is still loading, and the user's intents refused
 * quietly (returning false, writing nothing) when they no longer apply — a task removed by a
 * template change meanwhile, an empty comment.
 */

export const MAX_COMMENT_LENGTH = MAX_COMMENT;

/** Null until the server's seed has reached this doc (a room still loading, or never opened here). */
export const readMeta = (doc: Y.Doc): OnboardingMeta | null => (isStarted(doc) ? readOnboardingMeta(doc) : null);

export function readAllComments(doc: Y.Doc): Map<string, TaskComment[]> {
	const out = new Map<string, TaskComment[]>();
	onboardingComments(doc).forEach((list, taskId) => {
		if (list instanceof Y.Array) out.set(taskId, list.toArray());
	});
	return out;
}

/** Newest first. */
export const readActivityNewestFirst = (doc: Y.Doc): ActivityEntry[] => onboardingActivity(doc).toArray().reverse();

let counter = 0;
/** Ids of comments and activity entries: unique per device and moment. */
export function entryId(): string {
	counter = (counter + 1) % 1_000_000;
	const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => (byte % 36).toString(36)).join('');
	return `${Date.now().toString(36)}${counter.toString(36)}${random}`;
}

const stampOf = (actor: Person, at: string): Stamp => ({ by: actor, at, id: entryId() });

function liveTask(doc: Y.Doc, taskId: string): Y.Map<unknown> | null {
	const map = onboardingTasks(doc).get(taskId);
	return map instanceof Y.Map && map.get('removed') !== true ? map : null;
}

export function tick(doc: Y.Doc, taskId: string, done: boolean, actor: Person, at: string): boolean {
	if (!liveTask(doc, taskId)) return false;
	setTaskDone(doc, taskId, done, stampOf(actor, at));
	return true;
}

export function giveTask(doc: Y.Doc, taskId: string, owner: { id: string | null; name: string | null }, actor: Person, at: string): boolean {
	if (!liveTask(doc, taskId)) return false;
	setTaskOwner(doc, taskId, owner, stampOf(actor, at));
	return true;
}

export function comment(doc: Y.Doc, taskId: string, text: string, actor: Person, at: string): boolean {
	const body = text.trim();
	if (!liveTask(doc, taskId) || body.length === 0 || body.length > MAX_COMMENT) return false;
	addCommentTo(doc, taskId, body, stampOf(actor, at));
	return true;
}

/** Not done, not removed, and due before today (today in the client's time zone). */
export const isOverdue = (task: OnboardingTask, today: string): boolean => !task.done && !task.removed && task.due < today;
