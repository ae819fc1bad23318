import { scaleValues, type Category } from '$lib/domain/qa/scorecard';
import { NA } from '$lib/domain/qa/scoring';

/**
 * The review form's keyboard, as pure functions: a digit picks that value on the focused
 * category's scale (binary: 0 fail, 1 pass; n-point: 1..n), `n` picks N/A where allowed. Tab and
 * Shift+Tab are the browser's own (each category is one tab stop); Ctrl/⌘+Enter submits.
 */

interface Key {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/** The answer a key press gives `category`, or null when the key means nothing for it. */
export function answerForKey(event: Key, category: Pick<Category, 'scale' | 'allowNA'>): number | typeof NA | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	if (event.key === 'n' || event.key === 'N') return category.allowNA ? NA : null;
	if (!/^\d$/.test(event.key)) return null;
	const value = Number(event.key);
	return scaleValues(category.scale).includes(value) ? value : null;
}

/** Ctrl+Enter (⌘+Enter on a Mac) submits the review, from anywhere on the screen. */
export function isSubmitKey(event: Key): boolean {
	return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** The label of a scale value: binary categories say fail / pass, scales their number. */
export function valueLabel(category: Pick<Category, 'scale'>, value: number, words: { fail: string; pass: string }): string {
	if (category.scale !== 'binary') return String(value);
	return value === 0 ? words.fail : words.pass;
}
