import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRandom } from '$lib/domain/random';
import { diffText, transformIndex, type TextDelta } from './text-diff';

const apply = (text: string, { index, remove, insert }: ReturnType<typeof diffText>) =>
	text.slice(0, index) + insert + text.slice(index + remove);

describe('diffText', () => {
	it('finds the one splice, placed by the caret among repeated characters', () => {
		expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
		expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
		expect(diffText('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
		expect(diffText('hello world', 'hello brave world', 12)).toEqual({ index: 6, remove: 0, insert: 'brave ' });
		expect(diffText('hello world', 'hello', 5)).toEqual({ index: 5, remove: 6, insert: '' });
		expect(diffText('abc', 'aXc', 2)).toEqual({ index: 1, remove: 1, insert: 'X' });
		expect(diffText('', 'x', 1)).toEqual({ index: 0, remove: 0, insert: 'x' });
		expect(diffText('same', 'same', 2)).toEqual({ index: 2, remove: 0, insert: '' });
	});

	it('always turns before into after', () => {
		const random = createRandom(7);
		for (let i = 0; i < 2000; i++) {
			const before = Array.from({ length: random.int(0, 12) }, () => random.pick(['a', 'b', '\n'])).join('');
			const at = random.int(0, before.length);
			const cut = random.int(0, before.length - at);
			const insert = Array.from({ length: random.int(0, 3) }, () => random.pick(['a', 'b'])).join('');
			const after = before.slice(0, at) + insert + before.slice(at + cut);
			expect(apply(before, diffText(before, after, at + insert.length))).toBe(after);
		}
	});
});

describe('transformIndex', () => {
	const delta = (fn: (text: Y.Text) => void, initial = 'abcdef'): TextDelta => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, initial);
		let seen: TextDelta = [];
		text.observe((event) => (seen = event.delta as TextDelta));
		doc.transact(() => fn(text));
		return seen;
	};

	it('moves a caret through inserts and deletes before it, not after it', () => {
		expect(transformIndex(3, delta((t) => t.insert(1, 'XY')))).toBe(5);
		expect(transformIndex(3, delta((t) => t.insert(4, 'XY')))).toBe(3);
		expect(transformIndex(3, delta((t) => t.insert(3, 'XY')))).toBe(3);
		expect(transformIndex(3, delta((t) => t.insert(3, 'XY')), true)).toBe(5);
		expect(transformIndex(4, delta((t) => t.delete(0, 2)))).toBe(2);
		expect(transformIndex(3, delta((t) => t.delete(1, 4)))).toBe(1);
		expect(transformIndex(2, delta((t) => t.delete(3, 2)))).toBe(2);
		expect(
			transformIndex(
				5,
				delta((t) => {
					t.delete(0, 1);
					t.insert(2, 'Z');
				})
			)
		).toBe(5);
	});
});
