import * as Y from 'yjs';
import { diffText, transformIndex, type TextDelta } from './text-diff';

/**
 * Binds a <textarea> to a Y.Text, both ways:
 * - each input becomes one splice of the Y.Text (diffText, caret-aware), in a transaction with
 *   `origin`, inside which `onLocalChange` may stamp metadata;
 * - each remote change rewrites the field and moves the caret and selection through the change's
 *   delta, so a person typing is never thrown elsewhere by someone else's edit;
 * - while an IME composition is in progress, remote changes are held and applied after it (and
 *   the composed text is placed through them), since rewriting the field would break it;
 * - undo/redo (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y) undo this person's own changes only.
 * Returns the cleanup. Works as a Svelte attachment: `{@attach (el) => bindTextarea(el, …)}`.
 */

export interface TextareaCursor {
	anchor: unknown;
	head: unknown;
}

export interface TextareaBindingOptions {
	origin?: unknown;
	/**
	 * Runs inside every local edit's transaction (and after undo/redo, in a transaction of its
	 * own); `inserted` is false for an edit that only deleted (undo/redo count as such).
	 */
	onLocalChange?: (change: { inserted: boolean }) => void;
	/** The caret as relative positions (JSON), or null on blur; publish it throttled. */
	onCursor?: (cursor: TextareaCursor | null) => void;
}

export function bindTextarea(el: HTMLTextAreaElement, text: Y.Text, options: TextareaBindingOptions = {}): () => void {
	const doc = text.doc;
	if (!doc) throw new Error('bindTextarea needs a Y.Text that belongs to a Y.Doc');
	const origin = options.origin ?? Symbol('textarea');
	const undo = new Y.UndoManager(text, { trackedOrigins: new Set([origin]) });
	let shown = text.toString();
	let composing = false;
	let held: TextDelta[] = [];
	el.value = shown;

	const render = (delta: TextDelta | null, caret?: number) => {
		const direction = el.selectionDirection;
		let start = el.selectionStart;
		let end = el.selectionEnd;
		if (delta) {
			start = transformIndex(start, delta);
			end = start === end ? start : transformIndex(end, delta);
		}
		el.value = shown = text.toString();
		if (caret !== undefined) start = end = caret;
		el.setSelectionRange(start, end, direction);
	};

	const commit = () => {
		const value = el.value;
		if (value === shown && held.length === 0) return;
		const splice = diffText(shown, value, el.selectionEnd);
		let start = splice.index;
		let end = splice.index + splice.remove;
		for (const delta of held) {
			start = transformIndex(start, delta);
			end = transformIndex(end, delta);
		}
		if (end > start || splice.insert.length > 0) {
			doc.transact(() => {
				if (end > start) text.delete(start, end - start);
				if (splice.insert.length > 0) text.insert(start, splice.insert);
				options.onLocalChange?.({ inserted: splice.insert.length > 0 });
			}, origin);
		}
		if (held.length > 0) {
			held = [];
			render(null, start + splice.insert.length);
		} else {
			shown = value;
		}
	};

	const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
		if (transaction.origin === origin) return;
		if (composing) held.push(event.delta as TextDelta);
		else render(event.delta as TextDelta);
		publishCursor();
	};

	const publishCursor = () => {
		if (!options.onCursor || document.activeElement !== el) return;
		options.onCursor({
			anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, el.selectionStart)),
			head: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, el.selectionEnd))
		});
	};

	const onInput = () => {
		if (!composing) commit();
		publishCursor();
	};
	const onCompositionStart = () => (composing = true);
	const onCompositionEnd = () => {
		composing = false;
		commit();
	};
	const onKeydown = (event: KeyboardEvent) => {
		if (!(event.ctrlKey || event.metaKey) || event.altKey || composing || el.readOnly || el.disabled) return;
		const key = event.key.toLowerCase();
		const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey && event.ctrlKey);
		if (key !== 'z' && !redo) return;
		event.preventDefault();
		const changed = redo ? undo.redo() : undo.undo();
		// Undoing an insertion only deletes, which no state vector shows: stamp it too.
		if (changed && options.onLocalChange) doc.transact(() => options.onLocalChange?.({ inserted: false }), origin);
	};
	const onBlur = () => options.onCursor?.(null);

	text.observe(onRemote);
	el.addEventListener('input', onInput);
	el.addEventListener('compositionstart', onCompositionStart);
	el.addEventListener('compositionend', onCompositionEnd);
	el.addEventListener('keydown', onKeydown);
	el.addEventListener('select', publishCursor);
	el.addEventListener('keyup', publishCursor);
	el.addEventListener('mouseup', publishCursor);
	el.addEventListener('focus', publishCursor);
	el.addEventListener('blur', onBlur);
	return () => {
		text.unobserve(onRemote);
		el.removeEventListener('input', onInput);
		el.removeEventListener('compositionstart', onCompositionStart);
		el.removeEventListener('compositionend', onCompositionEnd);
		el.removeEventListener('keydown', onKeydown);
		el.removeEventListener('select', publishCursor);
		el.removeEventListener('keyup', publishCursor);
		el.removeEventListener('mouseup', publishCursor);
		el.removeEventListener('focus', publishCursor);
		el.removeEventListener('blur', onBlur);
		undo.destroy();
	};
}

/** Where a published cursor position (relative position JSON) is in `text` now, or null. */
export function cursorIndex(text: Y.Text, position: unknown): number | null {
	const doc = text.doc;
	if (!doc || typeof position !== 'object' || position === null) return null;
	try {
		const absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(position), doc);
		return absolute && absolute.type === text ? absolute.index : null;
	} catch {
		return null;
	}
}
