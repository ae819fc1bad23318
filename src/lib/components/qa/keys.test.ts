import { describe, expect, it } from 'vitest';
import { answerForKey, isSubmitKey, valueLabel } from './keys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});

describe('review keyboard', () => {
	it('maps 0 and 1 to fail and pass on a binary category, and nothing else', () => {
		const binary = { scale: 'binary', allowNA: false } as const;
		expect(answerForKey(press('0'), binary)).toBe(0);
		expect(answerForKey(press('1'), binary)).toBe(1);
		expect(answerForKey(press('2'), binary)).toBeNull();
		expect(answerForKey(press('n'), binary)).toBeNull();
	});

	it('maps 1..n on an n-point scale', () => {
		const five = { scale: '5', allowNA: true } as const;
		expect([1, 2, 3, 4, 5].map((v) => answerForKey(press(String(v)), five))).toEqual([1, 2, 3, 4, 5]);
		expect(answerForKey(press('0'), five)).toBeNull();
		expect(answerForKey(press('6'), five)).toBeNull();
		expect(answerForKey(press('4'), { scale: '3', allowNA: false })).toBeNull();
	});

	it('maps n (either case) to N/A only where the category allows it', () => {
		expect(answerForKey(press('n'), { scale: '4', allowNA: true })).toBe('na');
		expect(answerForKey(press('N'), { scale: 'binary', allowNA: true })).toBe('na');
		expect(answerForKey(press('n'), { scale: '4', allowNA: false })).toBeNull();
	});

	it('ignores chords, so shortcuts like Ctrl+1 stay the browser’s', () => {
		expect(answerForKey(press('1', { ctrlKey: true }), { scale: '5', allowNA: true })).toBeNull();
		expect(answerForKey(press('n', { altKey: true }), { scale: '5', allowNA: true })).toBeNull();
	});

	it('submits on Ctrl+Enter or ⌘+Enter only', () => {
		expect(isSubmitKey(press('Enter', { ctrlKey: true }))).toBe(true);
		expect(isSubmitKey(press('Enter', { metaKey: true }))).toBe(true);
		expect(isSubmitKey(press('Enter'))).toBe(false);
		expect(isSubmitKey(press('Enter', { ctrlKey: true, altKey: true }))).toBe(false);
	});

	it('labels binary values fail / pass and scale values by number', () => {
		const words = { fail: 'Fail', pass: 'Pass' };
		expect(valueLabel({ scale: 'binary' }, 0, words)).toBe('Fail');
		expect(valueLabel({ scale: 'binary' }, 1, words)).toBe('Pass');
		expect(valueLabel({ scale: '4' }, 3, words)).toBe('3');
	});
});
