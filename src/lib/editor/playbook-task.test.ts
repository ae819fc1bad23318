import { getSchema } from '@tiptap/core';
import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_OFFSET_DAYS, playbookBody, playbookMeta, type TaskAttrs } from '$lib/domain/playbooks/model';
import { readTemplate, validateOutline } from '$lib/domain/playbooks/template';
import { playbookSchema } from './playbook';
import { newTaskId, parseOffset, tasksIn } from './playbook-doc';
import { renewPastedIds } from './playbook-task';

const schema = getSchema(playbookSchema());

const task = (attrs: Partial<TaskAttrs> & { taskId: string }, title: string) => ({
	type: 'playbookTask',
	attrs,
	content: title ? [{ type: 'text', text: title }] : []
});

function docOf(...content: unknown[]): PmNode {
	return schema.nodeFromJSON({ type: 'doc', content });
}

describe('the playbookTask node', () => {
	it('is in the template schema with the attributes of the model and their defaults', () => {
		const node = schema.nodes.playbookTask!.create({ taskId: 'abcdefghij' });
		expect(node.attrs).toEqual({ taskId: 'abcdefghij', ownerRole: 'director', offsetDays: 0, after: null, required: true });
		expect(node.type.spec.content).toBe('inline*');
	});

	it('round-trips through the room as the domain reads it: numbers, booleans, null dependency', () => {
		const doc = docOf(
			{ type: 'paragraph', content: [{ type: 'text', text: 'Welcome {{client.name}}' }] },
			{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kick-off' }] },
			task({ taskId: 'aaaaaaaaaa', ownerRole: 'client', offsetDays: -3, required: false }, 'Send the contract'),
			task({ taskId: 'bbbbbbbbbb', ownerRole: 'associate', offsetDays: 5, after: 'aaaaaaaaaa' }, 'Train the heroes')
		);
		const ydoc = new Y.Doc();
		playbookMeta(ydoc).set('name', 'Standard');
		prosemirrorToYXmlFragment(doc, playbookBody(ydoc));
		const outline = readTemplate(ydoc);
		expect(outline.tasks.map(({ sectionId: _s, ...rest }) => rest)).toEqual([
			{ taskId: 'aaaaaaaaaa', title: 'Send the contract', ownerRole: 'client', offsetDays: -3, after: null, required: false },
			{ taskId: 'bbbbbbbbbb', title: 'Train the heroes', ownerRole: 'associate', offsetDays: 5, after: 'aaaaaaaaaa', required: true }
		]);
		expect(validateOutline(outline)).toEqual([]);
		// And back into the editor unchanged.
		expect(schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(playbookBody(ydoc))).eq(doc)).toBe(true);
	});

	it('lists the tasks of a document in order, with their dependency', () => {
		const doc = docOf(task({ taskId: 'aaaaaaaaaa' }, 'One'), { type: 'paragraph' }, task({ taskId: 'bbbbbbbbbb', after: 'aaaaaaaaaa' }, 'Two'));
		expect(tasksIn(doc)).toEqual([
			{ taskId: 'aaaaaaaaaa', title: 'One', after: null },
			{ taskId: 'bbbbbbbbbb', title: 'Two', after: 'aaaaaaaaaa' }
		]);
		expect(tasksIn(doc)).toBe(tasksIn(doc));
	});
});

describe('task ids', () => {
	it('are 10 characters of the id alphabet, different each time', () => {
		const ids = new Set(Array.from({ length: 500 }, () => newTaskId()));
		expect(ids.size).toBe(500);
		for (const id of ids) expect(id).toMatch(/^[a-km-np-z2-9]{10}$/);
	});

	it('are renewed for pasted copies of tasks the document holds, and dependencies among the copies follow', () => {
		const pasted = Fragment.from([
			schema.nodeFromJSON(task({ taskId: 'aaaaaaaaaa' }, 'Copy of one')),
			schema.nodeFromJSON(task({ taskId: 'bbbbbbbbbb', after: 'aaaaaaaaaa' }, 'Copy of two')),
			schema.nodeFromJSON(task({ taskId: 'cccccccccc', after: 'zzzzzzzzzz' }, 'Cut elsewhere'))
		]);
		const out: TaskAttrs[] = [];
		renewPastedIds(pasted, new Set(['aaaaaaaaaa', 'bbbbbbbbbb', 'zzzzzzzzzz'])).forEach((node) => out.push(node.attrs as TaskAttrs));
		expect(out[0]!.taskId).not.toBe('aaaaaaaaaa');
		expect(out[1]!.taskId).not.toBe('bbbbbbbbbb');
		expect(out[1]!.after).toBe(out[0]!.taskId);
		// A task the document no longer holds (cut, then pasted) keeps its id and its dependency.
		expect(out[2]).toMatchObject({ taskId: 'cccccccccc', after: 'zzzzzzzzzz' });
		expect(renewPastedIds(pasted, new Set())).toBe(pasted);
	});
});

describe('offsets typed in the editor', () => {
	it('take whole numbers of days within the bound', () => {
		expect(parseOffset('3')).toBe(3);
		expect(parseOffset(' -2 ')).toBe(-2);
		expect(parseOffset('+7')).toBe(7);
		expect(parseOffset(String(MAX_OFFSET_DAYS))).toBe(MAX_OFFSET_DAYS);
		expect(parseOffset(String(-MAX_OFFSET_DAYS))).toBe(-MAX_OFFSET_DAYS);
	});

	it('refuse anything else', () => {
		for (const text of ['', ' ', '1.5', '1,5', '2e1', 'abc', '3 days', '--1', String(MAX_OFFSET_DAYS + 1), '99999', '0x10', 'Infinity']) {
			expect(parseOffset(text), text).toBeNull();
		}
	});
});
