import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { VariableName } from '$lib/domain/playbooks/model';
import { isVariable } from '$lib/domain/playbooks/template';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		playbookVariables: {
			/** Types `{{name}}` at the selection. */
			insertVariable: (name: VariableName) => ReturnType;
		};
	}
}

/** `{{ name }}` in text; the name is what the template fills in when a project starts. */
const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function decorate(doc: PmNode, unknownTitle: (name: string) => string): DecorationSet {
	const decorations: Decoration[] = [];
	doc.descendants((node, pos) => {
		if (!node.isText || !node.text) return true;
		for (const match of node.text.matchAll(PATTERN)) {
			const name = match[1] ?? '';
			const from = pos + match.index;
			const known = isVariable(name);
			decorations.push(
				Decoration.inline(from, from + match[0].length, {
					class: known ? 'pb-variable' : 'pb-variable pb-variable-unknown',
					'data-variable': name,
					...(known ? {} : { title: unknownTitle(name) })
				})
			);
		}
		return false;
	});
	return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>('playbookVariables');

/**
 * Variables in a template's text: `{{client.name}}` and the others of model.ts VARIABLES are
 * highlighted, any other `{{…}}` is marked as unknown (the problems panel says why).
 */
export const PlaybookVariables = Extension.create<{ unknownTitle: (name: string) => string }>({
	name: 'playbookVariables',

	addOptions() {
		return { unknownTitle: (name: string) => name };
	},

	addCommands() {
		return {
			insertVariable:
				(name) =>
				({ commands }) =>
					commands.insertContent(`{{${name}}}`)
		};
	},

	addProseMirrorPlugins() {
		const { unknownTitle } = this.options;
		return [
			new Plugin<DecorationSet>({
				key,
				state: {
					init: (_config, state) => decorate(state.doc, unknownTitle),
					apply: (tr, old) => (tr.docChanged ? decorate(tr.doc, unknownTitle) : old)
				},
				props: {
					decorations: (state) => key.getState(state)
				}
			})
		];
	}
});
