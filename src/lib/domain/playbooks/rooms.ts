import * as Y from 'yjs';
import { TASK_NODE, playbookBody, playbookMeta, type RichNode, type TaskAttrs } from './model';

/**
 * Writing template rooms on the server (new templates, duplicates, the demo): rich JSON into the
 * body fragment as y-prosemirror stores it, and the starter outline of a new template.
 */

/** Inserts rich blocks into a fragment as y-prosemirror would: one element per node, null attributes left out, text runs with marks as attributes. */
export function insertRich(fragment: Y.XmlFragment, index: number, nodes: readonly RichNode[]): void {
	fragment.insert(index, nodes.map(toY));
}

export const appendRich = (fragment: Y.XmlFragment, nodes: readonly RichNode[]): void => insertRich(fragment, fragment.length, nodes);

function toY(node: RichNode): Y.XmlElement | Y.XmlText {
	if (node.type === 'text') {
		const text = new Y.XmlText();
		const marks = Object.fromEntries((node.marks ?? []).map((mark) => [mark.type, mark.attrs ?? {}]));
		text.insert(0, node.text ?? '', marks);
		return text;
	}
	const element = new Y.XmlElement(node.type);
	// Attributes keep their ProseMirror types (numbers, booleans); Yjs types them as strings only.
	for (const [key, value] of Object.entries(node.attrs ?? {})) if (value !== null && value !== undefined) element.setAttribute(key, value as string);
	element.insert(0, (node.content ?? []).map(toY));
	return element;
}

export const richText = (text: string): RichNode => ({ type: 'text', text });
export const paragraph = (text: string): RichNode => ({ type: 'paragraph', content: text ? [richText(text)] : [] });
export const heading = (level: 1 | 2 | 3, text: string): RichNode => ({ type: 'heading', attrs: { level }, content: [richText(text)] });
export const taskNode = (attrs: Omit<TaskAttrs, 'after'> & { after?: string | null }, title: string): RichNode => ({
	type: TASK_NODE,
	attrs: { taskId: attrs.taskId, ownerRole: attrs.ownerRole, offsetDays: attrs.offsetDays, after: attrs.after ?? null, required: attrs.required },
	content: [richText(title)]
});

export interface TemplateStamp {
	name: string;
	at: string;
	by: { id: string; name: string };
}

/** Names a template room and stamps its last edit (as the editing browser does). */
export function stampTemplate(doc: Y.Doc, stamp: TemplateStamp): void {
	const meta = playbookMeta(doc);
	if (meta.get('name') !== stamp.name) meta.set('name', stamp.name);
	meta.set('updatedAt', stamp.at);
	meta.set('updatedBy', stamp.by.id);
	meta.set('updatedByName', stamp.by.name);
}

/**
 * A new template's first content: a line of introduction and a "Kick-off" section with one
 * task, so the editor opens on the shape of a playbook. Seeds once (a room with a name is left
 * alone). Run inside one transaction.
 */
export function seedTemplateDoc(doc: Y.Doc, stamp: TemplateStamp, taskId: string): void {
	if (playbookMeta(doc).has('name')) return;
	stampTemplate(doc, stamp);
	const body = playbookBody(doc);
	if (body.length > 0) return;
	appendRich(body, [
		paragraph('Welcome {{client.name}}: from kick-off on {{kickoff}} to go-live on {{go_live}}.'),
		heading(2, 'Kick-off'),
		taskNode({ taskId, ownerRole: 'director', offsetDays: 0, required: true }, 'Kick-off call with {{client.name}}')
	]);
}

/** Copies a template's body and meta into an empty room, under a new name and stamp. */
export function copyTemplateDoc(from: Y.Doc, to: Y.Doc, stamp: TemplateStamp): void {
	if (playbookMeta(to).has('name')) return;
	playbookMeta(from).forEach((value, key) => {
		if (!(value instanceof Y.AbstractType)) playbookMeta(to).set(key, value);
	});
	stampTemplate(to, stamp);
	const body = playbookBody(to);
	// insert() is typed without Y.XmlHook; y-prosemirror never writes hooks.
	body.insert(0, playbookBody(from).toArray().map((child) => child.clone() as Y.XmlElement | Y.XmlText));
}
