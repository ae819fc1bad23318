import { mergeAttributes, Node } from '@tiptap/core';
import type { Node as PmNode, Slice } from '@tiptap/pm/model';
import { Fragment, Slice as PmSlice } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { OWNER_ROLES, TASK_NODE, type OwnerRole, type TaskAttrs } from '$lib/domain/playbooks/model';
import { DEFAULT_TASK, newTaskId, parseOffset, tasksIn } from './playbook-doc';
import { TaskView } from './playbook-task-view';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		playbookTask: {
			/** Inserts a new task (fresh id) after the block holding the selection, and puts the caret in its title. */
			insertPlaybookTask: (attrs?: Partial<Omit<TaskAttrs, 'taskId'>>) => ReturnType;
		};
	}
}

/**
 * A pasted task whose id the document already has is a copy: it gets a new id (and a
 * dependency on another copied task follows that task's new id). A task cut and pasted
 * elsewhere keeps its id, so what depends on it still does.
 */
export function renewPastedIds(fragment: Fragment, existing: Set<string>): Fragment {
	const renamed = new Map<string, string>();
	const collect = (nodes: Fragment) =>
		nodes.forEach((node) => {
			const id = (node.attrs as Partial<TaskAttrs>).taskId;
			if (node.type.name === TASK_NODE && id && existing.has(id)) renamed.set(id, newTaskId());
			else collect(node.content);
		});
	collect(fragment);
	if (renamed.size === 0) return fragment;
	const rewrite = (nodes: Fragment): Fragment => {
		const out: PmNode[] = [];
		nodes.forEach((node) => {
			if (node.type.name !== TASK_NODE) return void out.push(node.copy(rewrite(node.content)));
			const attrs = node.attrs as TaskAttrs;
			const after = attrs.after && renamed.has(attrs.after) ? renamed.get(attrs.after)! : attrs.after;
			out.push(node.type.create({ ...attrs, taskId: renamed.get(attrs.taskId) ?? attrs.taskId, after }, node.content, node.marks));
		});
		return Fragment.from(out);
	};
	return rewrite(fragment);
}

const pasteKey = new PluginKey('playbookTaskPaste');

/**
 * A checklist task of a playbook template: a block whose inline content is the title, with the
 * attributes of TaskAttrs (model.ts). Stored in the Yjs body as a `playbookTask` element; the
 * node view (playbook-task-view.ts) adds the owner, offset, dependency and required controls.
 */
export const PlaybookTask = Node.create({
	name: TASK_NODE,
	group: 'block',
	content: 'inline*',
	defining: true,

	addAttributes() {
		return {
			taskId: {
				default: '',
				parseHTML: (element: HTMLElement) => element.getAttribute('data-task-id') || newTaskId(),
				renderHTML: (attrs: { taskId: string }) => ({ 'data-task-id': attrs.taskId })
			},
			ownerRole: {
				default: DEFAULT_TASK.ownerRole,
				parseHTML: (element: HTMLElement) => {
					const role = element.getAttribute('data-owner-role');
					return (OWNER_ROLES as readonly string[]).includes(role ?? '') ? role : DEFAULT_TASK.ownerRole;
				},
				renderHTML: (attrs: { ownerRole: OwnerRole }) => ({ 'data-owner-role': attrs.ownerRole })
			},
			offsetDays: {
				default: DEFAULT_TASK.offsetDays,
				parseHTML: (element: HTMLElement) => parseOffset(element.getAttribute('data-offset-days') ?? '') ?? 0,
				renderHTML: (attrs: { offsetDays: number }) => ({ 'data-offset-days': String(attrs.offsetDays) })
			},
			after: {
				default: DEFAULT_TASK.after,
				parseHTML: (element: HTMLElement) => element.getAttribute('data-after') || null,
				renderHTML: (attrs: { after: string | null }) => (attrs.after ? { 'data-after': attrs.after } : {})
			},
			required: {
				default: DEFAULT_TASK.required,
				parseHTML: (element: HTMLElement) => element.getAttribute('data-required') !== 'false',
				renderHTML: (attrs: { required: boolean }) => ({ 'data-required': String(attrs.required) })
			}
		};
	},

	parseHTML() {
		return [{ tag: 'div[data-playbook-task]' }];
	},

	renderHTML({ HTMLAttributes }) {
		return ['div', mergeAttributes(HTMLAttributes, { 'data-playbook-task': '', class: 'playbook-task' }), 0];
	},

	addNodeView() {
		return (props) => new TaskView(props);
	},

	addCommands() {
		return {
			insertPlaybookTask:
				(attrs = {}) =>
				({ state, tr, dispatch }) => {
					const { $from } = state.selection;
					// After the top-level block holding the selection (or at the start of an empty doc).
					const at = $from.depth === 0 ? $from.pos : $from.after(1);
					const node = state.schema.nodes[TASK_NODE]!.create({ ...DEFAULT_TASK, ...attrs, taskId: newTaskId() });
					if (dispatch) {
						tr.insert(at, node);
						tr.setSelection(TextSelection.create(tr.doc, at + 1));
						tr.scrollIntoView();
					}
					return true;
				}
		};
	},

	addKeyboardShortcuts() {
		return {
			// Enter in a task: a new task below (same owner role), or, in an empty one, a paragraph.
			Enter: ({ editor }) => {
				const { selection } = editor.state;
				const { $from, empty } = selection;
				if (!empty || $from.parent.type.name !== this.name) return false;
				const task = $from.parent;
				if (task.content.size === 0) {
					return editor.commands.setNode('paragraph');
				}
				const attrs = task.attrs as TaskAttrs;
				const fresh = { ...DEFAULT_TASK, ownerRole: attrs.ownerRole, required: attrs.required, taskId: newTaskId() };
				if ($from.parentOffset === 0) {
					// At the start of a title: a new empty task above; this one keeps its id and title.
					return editor.commands.command(({ tr }) => {
						tr.insert($from.before(), task.type.create(fresh));
						return true;
					});
				}
				return editor
					.chain()
					.command(({ tr }) => {
						tr.split($from.pos, 1, [{ type: task.type, attrs: fresh }]);
						return true;
					})
					.scrollIntoView()
					.run();
			},
			'Mod-Alt-k': ({ editor }) => editor.commands.insertPlaybookTask()
		};
	},

	addProseMirrorPlugins() {
		return [
			new Plugin({
				key: pasteKey,
				props: {
					transformPasted: (slice: Slice, view) => {
						const existing = new Set(tasksIn(view.state.doc).map((task) => task.taskId));
						return new PmSlice(renewPastedIds(slice.content, existing), slice.openStart, slice.openEnd);
					}
				}
			})
		];
	}
});
