import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { TASK_NODE, type TaskAttrs } from '$lib/domain/playbooks/model';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		playbookProblems: {
			/** Marks these tasks (task id → what is wrong with it); replaces the previous marks. */
			setTaskProblems: (problems: ReadonlyMap<string, readonly string[]>) => ReturnType;
		};
	}
}

interface ProblemState {
	problems: ReadonlyMap<string, readonly string[]>;
	decorations: DecorationSet;
}

const key = new PluginKey<ProblemState>('playbookProblems');

function decorate(doc: PmNode, problems: ReadonlyMap<string, readonly string[]>): DecorationSet {
	if (problems.size === 0) return DecorationSet.empty;
	const decorations: Decoration[] = [];
	doc.descendants((node, pos) => {
		if (node.type.name !== TASK_NODE) return true;
		const messages = problems.get((node.attrs as TaskAttrs).taskId);
		if (messages && messages.length > 0) {
			decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'task-has-problem', 'data-problem': 'true', title: messages.join('\n') }));
		}
		return false;
	});
	return DecorationSet.create(doc, decorations);
}

/**
 * The problems panel's marks on the tasks themselves. The page validates the live document
 * (validateOutline) and hands the result over; the marks follow the document until the next one.
 */
export const PlaybookProblems = Extension.create({
	name: 'playbookProblems',

	addCommands() {
		return {
			setTaskProblems:
				(problems) =>
				({ tr, dispatch }) => {
					if (dispatch) tr.setMeta(key, problems).setMeta('addToHistory', false);
					return true;
				}
		};
	},

	addProseMirrorPlugins() {
		return [
			new Plugin<ProblemState>({
				key,
				state: {
					init: () => ({ problems: new Map(), decorations: DecorationSet.empty }),
					apply: (tr, old) => {
						const problems = tr.getMeta(key) as ReadonlyMap<string, readonly string[]> | undefined;
						if (problems) return { problems, decorations: decorate(tr.doc, problems) };
						return tr.docChanged ? { problems: old.problems, decorations: decorate(tr.doc, old.problems) } : old;
					}
				},
				props: {
					decorations: (state) => key.getState(state)?.decorations
				}
			})
		];
	}
});
