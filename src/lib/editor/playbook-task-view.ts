import type { Editor, NodeViewRendererProps } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { MAX_OFFSET_DAYS, OWNER_ROLES, type OwnerRole, type TaskAttrs } from '$lib/domain/playbooks/model';
import { m } from '$lib/paraglide/messages.js';
import { wouldCycle } from '$lib/domain/playbooks/template';
import { parseOffset, tasksIn, type TaskRef } from './playbook-doc';

const ROLE_LABEL: Record<OwnerRole, () => string> = {
	director: () => m.pbe_role_director(),
	associate: () => m.pbe_role_associate(),
	client: () => m.pbe_role_client()
};

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/**
 * A task in the template editor: the title is edited inline (the content hole), the controls
 * strip beside it edits the attributes. Values the document must not hold are refused here
 * with a message and never written: an offset that is not a whole number of days, a
 * dependency that would make a loop.
 */
export class TaskView implements NodeView {
	readonly dom: HTMLElement;
	readonly contentDOM: HTMLElement;
	#node: PmNode;
	readonly #editor: Editor;
	readonly #getPos: () => number | undefined;
	readonly #controls: HTMLElement;
	readonly #owner: HTMLSelectElement;
	readonly #offset: HTMLInputElement;
	readonly #after: HTMLSelectElement;
	readonly #required: HTMLInputElement;
	readonly #message: HTMLElement;
	#afterSignature = '';

	constructor(props: NodeViewRendererProps) {
		this.#node = props.node;
		this.#editor = props.editor;
		this.#getPos = props.getPos;

		this.dom = element('div', { class: 'playbook-task', 'data-playbook-task': '' });
		const box = element('span', { class: 'task-box', contenteditable: 'false', 'aria-hidden': 'true' });
		this.contentDOM = element('div', { class: 'task-title', 'data-placeholder': m.pbe_task_title_placeholder() });

		this.#owner = element('select', { class: 'task-owner', 'aria-label': m.pbe_task_owner(), 'data-field': 'owner' });
		for (const role of OWNER_ROLES) this.#owner.append(element('option', { value: role }, ROLE_LABEL[role]()));
		this.#owner.addEventListener('change', () => this.#write({ ownerRole: this.#owner.value as OwnerRole }));

		this.#offset = element('input', {
			class: 'task-offset',
			type: 'text',
			inputmode: 'numeric',
			size: '4',
			'aria-label': m.pbe_task_offset({ max: String(MAX_OFFSET_DAYS) }),
			'data-field': 'offset'
		});
		this.#offset.addEventListener('input', () => this.#checkOffset());
		this.#offset.addEventListener('change', () => this.#commitOffset());
		this.#offset.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') {
				event.preventDefault();
				this.#commitOffset();
			} else if (event.key === 'Escape') {
				this.#offset.value = String(this.#attrs.offsetDays);
				this.#say(null);
			}
		});

		this.#after = element('select', { class: 'task-after', 'aria-label': m.pbe_task_after(), 'data-field': 'after' });
		this.#after.addEventListener('change', () => this.#chooseAfter());

		this.#required = element('input', { type: 'checkbox', 'data-field': 'required' });
		this.#required.addEventListener('change', () => this.#write({ required: this.#required.checked }));

		this.#message = element('p', { class: 'task-message', role: 'alert', 'data-testid': 'task-message' });
		this.#message.hidden = true;

		this.#controls = element(
			'div',
			{ class: 'task-controls', contenteditable: 'false' },
			element('span', { class: 'task-label' }, m.pbe_task_owner()),
			this.#owner,
			element('span', { class: 'task-label' }, m.pbe_task_due()),
			this.#offset,
			element('span', { class: 'task-label' }, m.pbe_task_days_after()),
			this.#after,
			element('label', { class: 'task-required' }, this.#required, m.pbe_task_required()),
			this.#message
		);
		this.dom.append(box, element('div', { class: 'task-main' }, this.contentDOM, this.#controls));

		this.#render();
		this.#editor.on('transaction', this.#refresh);
		this.#editor.on('update', this.#refresh);
	}

	get #attrs(): TaskAttrs {
		return this.#node.attrs as TaskAttrs;
	}

	update(node: PmNode): boolean {
		if (node.type !== this.#node.type) return false;
		this.#node = node;
		this.#render();
		return true;
	}

	/** Events inside the controls are the controls' own; ProseMirror handles the title. */
	stopEvent(event: Event): boolean {
		return event.target instanceof globalThis.Node && this.#controls.contains(event.target);
	}

	ignoreMutation(mutation: ViewMutationRecord): boolean {
		if (mutation.type === 'selection') return false;
		return !this.contentDOM.contains(mutation.target);
	}

	destroy(): void {
		this.#editor.off('transaction', this.#refresh);
		this.#editor.off('update', this.#refresh);
	}

	readonly #refresh = (): void => {
		this.#renderAfter();
		this.#renderEditable();
	};

	#render(): void {
		const attrs = this.#attrs;
		this.dom.dataset.taskId = attrs.taskId;
		this.#owner.value = attrs.ownerRole;
		if (document.activeElement !== this.#offset) {
			this.#offset.value = String(attrs.offsetDays);
			this.#offset.removeAttribute('aria-invalid');
		}
		this.#required.checked = attrs.required;
		this.#renderAfter();
		this.#renderEditable();
	}

	#renderEditable(): void {
		const disabled = !this.#editor.isEditable;
		for (const control of [this.#owner, this.#offset, this.#after, this.#required]) control.disabled = disabled;
	}

	/** The dependency choices: the kick-off, then every other task in document order. */
	#renderAfter(): void {
		const attrs = this.#attrs;
		const others = tasksIn(this.#editor.state.doc).filter((task) => task.taskId !== attrs.taskId);
		const known = attrs.after === null || others.some((task) => task.taskId === attrs.after);
		const signature = JSON.stringify([attrs.after, known, others.map((task) => [task.taskId, task.title])]);
		if (signature === this.#afterSignature) return;
		this.#afterSignature = signature;
		const options = [element('option', { value: '' }, m.pbe_task_after_kickoff())];
		others.forEach((task, index) => {
			options.push(element('option', { value: task.taskId }, `${index + 1}. ${task.title.trim() || m.pbe_task_untitled()}`));
		});
		if (!known && attrs.after) options.push(element('option', { value: attrs.after }, m.pbe_task_after_unknown()));
		this.#after.replaceChildren(...options);
		this.#after.value = attrs.after ?? '';
	}

	#checkOffset(): number | null {
		const value = parseOffset(this.#offset.value);
		if (value === null) {
			this.#offset.setAttribute('aria-invalid', 'true');
			this.#say(m.pbe_task_offset_invalid({ max: String(MAX_OFFSET_DAYS), current: String(this.#attrs.offsetDays) }), 'offset');
		} else {
			this.#offset.removeAttribute('aria-invalid');
			this.#say(null);
		}
		return value;
	}

	#commitOffset(): void {
		const value = this.#checkOffset();
		if (value !== null && value !== this.#attrs.offsetDays) this.#write({ offsetDays: value });
		if (value !== null) this.#offset.value = String(value);
	}

	#chooseAfter(): void {
		const chosen = this.#after.value || null;
		const tasks: TaskRef[] = tasksIn(this.#editor.state.doc);
		if (chosen && wouldCycle(tasks, this.#attrs.taskId, chosen)) {
			const title = tasks.find((task) => task.taskId === chosen)?.title.trim() || m.pbe_task_untitled();
			this.#after.value = this.#attrs.after ?? '';
			this.#say(m.pbe_task_after_cycle({ title }), 'cycle');
			return;
		}
		this.#say(null);
		this.#write({ after: chosen });
	}

	#say(text: string | null, kind = ''): void {
		this.#message.textContent = text ?? '';
		this.#message.hidden = text === null;
		this.#message.dataset.kind = kind;
	}

	#write(changes: Partial<TaskAttrs>): void {
		const pos = this.#getPos();
		if (typeof pos !== 'number' || !this.#editor.isEditable) return;
		const { view } = this.#editor;
		view.dispatch(view.state.tr.setNodeMarkup(pos, undefined, { ...this.#attrs, ...changes }));
	}
}
