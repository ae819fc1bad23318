import type { Section } from '$lib/domain/access';
import { isTypingTarget } from './keyboard';

/**
 * Global keyboard shortcuts of the console: `?` (help), Ctrl/Cmd+K (palette) and the two-key
 * "go to" sequences `g` + letter. Single-key shortcuts never fire while typing or while a
 * dialog is open; Ctrl/Cmd+K works everywhere, as in other tools with a palette.
 */

export const SECTION_KEYS: Record<Section, string> = {
	clients: 'c',
	kb: 'k',
	playbooks: 'p',
	qa: 'q',
	schedule: 's',
	forecasts: 'f',
	billing: 'b',
	admin: 'a'
};

/** How long after `g` the second key is awaited. */
const SEQUENCE_MS = 1500;

export interface ShortcutActions {
	sections: () => readonly Section[];
	openHelp: () => void;
	togglePalette: () => void;
	goToSection: (section: Section) => void;
}

export class Shortcuts {
	#awaitingSecondKey = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #actions: ShortcutActions;

	constructor(actions: ShortcutActions) {
		this.#actions = actions;
	}

	/** True between `g` and the next key, so the UI can hint that a letter is expected. */
	get pendingGo(): boolean {
		return this.#awaitingSecondKey;
	}

	readonly onkeydown = (event: KeyboardEvent): void => {
		if (event.defaultPrevented || event.isComposing) return;

		if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			this.#actions.togglePalette();
			return;
		}
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		if (isTypingTarget(event.target) || insideDialog(event.target)) return;

		if (this.#awaitingSecondKey) {
			this.#reset();
			const section = this.#sectionFor(event.key);
			if (section) {
				event.preventDefault();
				this.#actions.goToSection(section);
			}
			return;
		}
		if (event.key === '?') {
			event.preventDefault();
			this.#actions.openHelp();
		} else if (event.key === 'g') {
			this.#awaitingSecondKey = true;
			this.#timer = setTimeout(() => this.#reset(), SEQUENCE_MS);
		}
	};

	#sectionFor(key: string): Section | undefined {
		return this.#actions.sections().find((section) => SECTION_KEYS[section] === key.toLowerCase());
	}

	#reset(): void {
		clearTimeout(this.#timer);
		this.#awaitingSecondKey = false;
	}

	destroy(): void {
		clearTimeout(this.#timer);
	}
}

function insideDialog(target: EventTarget | null): boolean {
	return target instanceof Element && target.closest('dialog[open]') !== null;
}
