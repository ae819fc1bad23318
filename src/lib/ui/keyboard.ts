/** Helpers shared by the keyboard shortcuts and the command palette. */

/** True when a key press is meant for a text field, so single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	if (target instanceof HTMLInputElement) {
		return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
			target.type
		);
	}
	return target.closest('[contenteditable=""], [contenteditable="true"], [role="textbox"]') !== null;
}

export function isMac(): boolean {
	return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

/** The label of the palette's modifier key on this platform. */
export function modKeyLabel(): string {
	return isMac() ? '⌘' : 'Ctrl';
}
