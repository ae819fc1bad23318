/**
 * Pure helpers for binding a plain-text field to a Y.Text (textarea.ts): turn a field's new
 * value into one splice, and move a caret through a remote change. No DOM, no Yjs.
 */

export interface Splice {
	index: number;
	/** Characters removed at `index` (of the old text). */
	remove: number;
	insert: string;
}

/**
 * The single splice turning `before` into `after`, where `cursor` is the caret in `after`
 * (textarea.selectionEnd after the input). The caret disambiguates repeated characters: typing
 * "a" after the first "a" of "aa" inserts at 1, not at 2, which matters when someone else is
 * editing right there.
 */
export function diffText(before: string, after: string, cursor = after.length): Splice {
	let suffix = 0;
	const maxSuffix = Math.min(before.length, after.length, Math.max(0, after.length - cursor));
	while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
	let prefix = 0;
	const maxPrefix = Math.min(before.length, after.length) - suffix;
	while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix++;
	return {
		index: prefix,
		remove: before.length - prefix - suffix,
		insert: after.slice(prefix, after.length - suffix)
	};
}

/** A Y.Text event's delta (`event.delta`): retain, insert (string here) or delete runs. */
export type TextDelta = readonly { retain?: number; insert?: unknown; delete?: number }[];

/**
 * Where position `index` of the text before `delta` ends up after it. Text inserted exactly at
 * the position goes before it when `stickRight` (a caret stays after what others type at it…
 * unless it is the start of a selection), else after it.
 */
export function transformIndex(index: number, delta: TextDelta, stickRight = false): number {
	let oldPos = 0;
	let shift = 0;
	for (const op of delta) {
		if (oldPos > index) break;
		if (op.retain !== undefined) {
			oldPos += op.retain;
		} else if (op.insert !== undefined) {
			const length = typeof op.insert === 'string' ? op.insert.length : 1;
			if (oldPos < index || (oldPos === index && stickRight)) shift += length;
		} else if (op.delete !== undefined) {
			const end = oldPos + op.delete;
			if (end <= index) shift -= op.delete;
			else if (oldPos < index) shift -= index - oldPos;
			oldPos = end;
		}
	}
	return Math.max(0, index + shift);
}
