import { mergeAttributes, Node } from '@tiptap/core';

export const CALLOUT_TONES = ['info', 'tip', 'warning'] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		callout: {
			/** Wraps the selected blocks in a callout, or unwraps them when already in one. */
			toggleCallout: (tone?: CalloutTone) => ReturnType;
		};
	}
}

/**
 * A highlighted block ("Note", "Tip", "Warning") around other blocks: what agents must not miss
 * in an article. Stored in the Yjs body as a `callout` element with a `tone` attribute.
 */
export const Callout = Node.create({
	name: 'callout',
	group: 'block',
	content: 'block+',
	defining: true,

	addAttributes() {
		return {
			tone: {
				default: 'info' satisfies CalloutTone,
				parseHTML: (element: HTMLElement) => {
					const tone = element.getAttribute('data-tone');
					return (CALLOUT_TONES as readonly string[]).includes(tone ?? '') ? tone : 'info';
				},
				renderHTML: (attributes: { tone: CalloutTone }) => ({ 'data-tone': attributes.tone })
			}
		};
	},

	parseHTML() {
		return [{ tag: 'aside[data-callout]' }];
	},

	renderHTML({ HTMLAttributes }) {
		return ['aside', mergeAttributes(HTMLAttributes, { 'data-callout': '', class: 'callout' }), 0];
	},

	addCommands() {
		return {
			toggleCallout:
				(tone = 'info') =>
				({ commands }) =>
					commands.toggleWrap(this.name, { tone })
		};
	}
});
