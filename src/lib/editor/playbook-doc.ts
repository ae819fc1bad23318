import type { Node as PmNode } from '@tiptap/pm/model';
import { MAX_OFFSET_DAYS, TASK_NODE, type TaskAttrs } from '$lib/domain/playbooks/model';

/** The template editor's view of tasks in a ProseMirror document: ids, offsets, dependencies. */

// Lowercase, no look-alikes (no l, o, 0, 1): the alphabet of the server's ids.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A task id: 10 random characters (50 bits), unique within any template. */
export function newTaskId(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	let out = '';
	for (const byte of bytes) out += ALPHABET[byte >> 3];
	return out;
}

/**
 * An offset as the user typed it: a whole number of days within ±MAX_OFFSET_DAYS, or null.
 * "3", "-2", "+7" are offsets; "1.5", "2e1", "", "abc" are not.
 */
export function parseOffset(text: string): number | null {
	const trimmed = text.trim();
	if (!/^[+-]?\d{1,4}$/.test(trimmed)) return null;
	const value = Number(trimmed);
	return Math.abs(value) <= MAX_OFFSET_DAYS ? value : null;
}

export const DEFAULT_TASK: Omit<TaskAttrs, 'taskId'> = { ownerRole: 'director', offsetDays: 0, after: null, required: true };

/** A task of the document as the editor sees it: id, title (plain text), dependency. */
export interface TaskRef {
	taskId: string;
	title: string;
	after: string | null;
}

const tasksCache = new WeakMap<PmNode, TaskRef[]>();

/** Every task of a ProseMirror document, in document order (cached per document version). */
export function tasksIn(doc: PmNode): TaskRef[] {
	const cached = tasksCache.get(doc);
	if (cached) return cached;
	const tasks: TaskRef[] = [];
	doc.descendants((node) => {
		if (node.type.name !== TASK_NODE) return true;
		const attrs = node.attrs as TaskAttrs;
		tasks.push({ taskId: attrs.taskId, title: node.textContent, after: attrs.after ?? null });
		return false;
	});
	tasksCache.set(doc, tasks);
	return tasks;
}
