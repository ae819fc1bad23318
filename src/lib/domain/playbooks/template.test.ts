import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_OFFSET_DAYS, playbookBody, playbookMeta, type RichNode, type TemplateOutline, type TemplateTask } from './model';
import {
	ScheduleError,
	addDays,
	diffOutlines,
	extractOutline,
	fillRich,
	fillText,
	findCycles,
	isIsoDate,
	readTemplate,
	richFromFragment,
	scheduleTasks,
	slugify,
	validateOutline,
	variablesIn,
	wouldCycle
} from './template';

// Rich-text shorthands (the shape ProseMirror's toJSON gives).
const text = (value: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const h = (level: number, title: string): RichNode => ({ type: 'heading', attrs: { level }, content: [text(title)] });
const task = (taskId: string, title: string, attrs: Record<string, unknown> = {}): RichNode => ({
	type: 'playbookTask',
	attrs: { taskId, ownerRole: 'associate', offsetDays: 0, required: true, ...attrs },
	content: title ? [text(title)] : undefined
});
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const outlineOf = (...content: RichNode[]) => extractOutline('T', doc(...content));

/** Writes a rich document into a fragment as y-prosemirror does (null attributes omitted). */
function writeRich(fragment: Y.XmlFragment, nodes: RichNode[]): void {
	const build = (node: RichNode): Y.XmlElement | Y.XmlText => {
		if (node.type === 'text') {
			const t = new Y.XmlText();
			const attributes = Object.fromEntries((node.marks ?? []).map((mark) => [mark.type, mark.attrs ?? {}]));
			t.insert(0, node.text ?? '', attributes);
			return t;
		}
		const element = new Y.XmlElement(node.type);
		// Attributes keep their ProseMirror types (numbers, booleans), as y-prosemirror stores them.
		for (const [key, value] of Object.entries(node.attrs ?? {})) if (value !== null) element.setAttribute(key, value as string);
		element.insert(0, (node.content ?? []).map(build));
		return element;
	};
	fragment.insert(fragment.length, nodes.map(build));
}

const tt = (taskId: string, offsetDays: number, after: string | null = null): TemplateTask => ({
	taskId,
	offsetDays,
	after,
	title: taskId,
	sectionId: 's',
	ownerRole: 'associate',
	required: true
});

describe('rich text from a template room', () => {
	it('reads elements, attributes, marks and inline nodes like ProseMirror’s JSON', () => {
		const ydoc = new Y.Doc();
		writeRich(playbookBody(ydoc), [
			h(2, 'Kick-off'),
			p(text('Call '), text('{{client.name}}', [{ type: 'bold' }]), text(' today', [{ type: 'link', attrs: { href: 'https://x.test' } }])),
			task('t1', 'Send the welcome pack', { after: null, offsetDays: 2 })
		]);
		const rich = richFromFragment(playbookBody(ydoc));
		expect(rich).toEqual(
			doc(
				h(2, 'Kick-off'),
				p(text('Call '), text('{{client.name}}', [{ type: 'bold' }]), text(' today', [{ type: 'link', attrs: { href: 'https://x.test' } }])),
				{ type: 'playbookTask', attrs: { taskId: 't1', ownerRole: 'associate', offsetDays: 2, required: true }, content: [text('Send the welcome pack')] }
			)
		);
	});

	it('reads a template room into its outline, name from meta', () => {
		const ydoc = new Y.Doc();
		playbookMeta(ydoc).set('name', 'Standard');
		writeRich(playbookBody(ydoc), [p(text('Hello')), h(1, 'Kick-off'), task('a', 'First', { offsetDays: 1, ownerRole: 'director' })]);
		const outline = readTemplate(ydoc);
		expect(outline.name).toBe('Standard');
		expect(outline.sections.map((s) => s.id)).toEqual(['intro', 'kick-off']);
		expect(outline.tasks).toEqual([{ taskId: 'a', title: 'First', sectionId: 'kick-off', ownerRole: 'director', offsetDays: 1, after: null, required: true }]);
	});
});

describe('outline extraction', () => {
	it('makes a section at each level-1/2 heading, intro only when something precedes them', () => {
		const o = outlineOf(h(1, 'Kick-off'), p(text('x')), h(3, 'Detail'), h(2, 'Go live'));
		expect(o.sections.map((s) => [s.id, s.title])).toEqual([
			['kick-off', 'Kick-off'],
			['go-live', 'Go live']
		]);
		// A level-3 heading is prose of its section.
		expect(o.sections[0]!.blocks).toEqual([{ kind: 'text', doc: doc(p(text('x')), h(3, 'Detail')) }]);
	});

	it('groups prose between tasks and drops empty paragraphs', () => {
		const o = outlineOf(h(2, 'S'), p(text('one')), p(), p(text('two')), task('a', 'A'), p(text(' ')), task('b', 'B'), p(text('three')));
		expect(o.sections[0]!.blocks).toEqual([
			{ kind: 'text', doc: doc(p(text('one')), p(text('two'))) },
			{ kind: 'task', taskId: 'a' },
			{ kind: 'task', taskId: 'b' },
			{ kind: 'text', doc: doc(p(text('three'))) }
		]);
	});

	it('gives sections stable ids: the slug, numbered among equal slugs, intro reserved', () => {
		const o = outlineOf(p(text('before')), h(2, 'Intro'), h(2, 'Training'), h(2, 'Training!'), h(2, ''), h(2, 'Éléments clés'));
		expect(o.sections.map((s) => s.id)).toEqual(['intro', 'intro-2', 'training', 'training-2', 'section', 'elements-cles']);
		// An edit elsewhere (a section added before) does not move the others' ids.
		const later = outlineOf(h(2, 'New'), p(text('before')), h(2, 'Intro'), h(2, 'Training'), h(2, 'Training!'));
		expect(later.sections.map((s) => s.id)).toEqual(['new', 'intro-2', 'training', 'training-2']);
		expect(slugify('  --  ')).toBe('section');
	});

	it('reads tasks leniently: defaults, numbers written as strings, titles as plain text', () => {
		const o = outlineOf(
			h(2, 'S'),
			{ type: 'playbookTask', attrs: { taskId: 'a' }, content: [text('  Call '), text('them', [{ type: 'bold' }])] },
			task('b', 'B', { offsetDays: '-3', required: 'false', ownerRole: 'client', after: 'a' }),
			task('c', 'C', { offsetDays: 'soon', ownerRole: 'boss' })
		);
		expect(o.tasks.map(({ taskId, title, offsetDays, required, ownerRole, after }) => ({ taskId, title, offsetDays, required, ownerRole, after }))).toEqual([
			{ taskId: 'a', title: 'Call them', offsetDays: 0, required: true, ownerRole: 'associate', after: null },
			{ taskId: 'b', title: 'B', offsetDays: -3, required: false, ownerRole: 'client', after: 'a' },
			{ taskId: 'c', title: 'C', offsetDays: Number.NaN, required: true, ownerRole: 'associate', after: null }
		]);
	});

	it('lifts tasks nested in other blocks out after that block’s prose', () => {
		const o = outlineOf(h(2, 'S'), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('item'))] }, task('a', 'A')] });
		expect(o.sections[0]!.blocks).toEqual([
			{ kind: 'text', doc: doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(text('item'))] }] }) },
			{ kind: 'task', taskId: 'a' }
		]);
		expect(outlineOf({ type: 'blockquote', content: [task('a', 'A')] }).sections[0]!.blocks).toEqual([{ kind: 'task', taskId: 'a' }]);
	});
});

describe('validation', () => {
	it('accepts a sound template', () => {
		expect(validateOutline(outlineOf(h(2, 'S {{client.name}}'), task('a', 'A on {{kickoff}}'), task('b', 'B', { after: 'a', offsetDays: -MAX_OFFSET_DAYS })))).toEqual([]);
	});

	it('reports each kind of problem with the task or section it concerns', () => {
		const o = outlineOf(
			h(2, 'Setup {{client.nmae}}'),
			task('a', 'A', { after: 'c' }),
			task('b', '  ', { offsetDays: 1.5 }),
			task('c', 'C {{golive}}', { after: 'a', offsetDays: MAX_OFFSET_DAYS + 1 }),
			task('d', 'D', { after: 'zz' }),
			task('a', 'A again'),
			task('e', 'E', { after: 'e' })
		);
		expect(validateOutline(o)).toEqual([
			{ kind: 'empty-title', taskId: 'b' },
			{ kind: 'bad-offset', taskId: 'b', value: 1.5 },
			{ kind: 'bad-offset', taskId: 'c', value: MAX_OFFSET_DAYS + 1 },
			{ kind: 'unknown-variable', name: 'golive', where: 'c' },
			{ kind: 'unknown-dependency', taskId: 'd', after: 'zz' },
			{ kind: 'duplicate-task-id', taskId: 'a' },
			{ kind: 'cycle', taskIds: ['a', 'c'] },
			{ kind: 'cycle', taskIds: ['e'] },
			{ kind: 'unknown-variable', name: 'client.nmae', where: 'setup-client-nmae' }
		]);
	});

	it('reports a non-numeric offset and unknown variables in prose', () => {
		const o = outlineOf(p(text('Dear {{client}}')), task('a', 'A', { offsetDays: 'soon' }));
		const problems = validateOutline(o);
		expect(problems).toContainEqual({ kind: 'unknown-variable', name: 'client', where: 'intro' });
		expect(problems.find((x) => x.kind === 'bad-offset')).toMatchObject({ taskId: 'a' });
	});

	it('finds each cycle once, from its first task in document order', () => {
		expect(findCycles([tt('x', 0, 'y'), tt('y', 0, 'z'), tt('z', 0, 'x'), tt('w', 0, 'x')]).map((c) => c)).toEqual([['x', 'y', 'z']]);
		expect(findCycles([tt('w', 0, 'z'), tt('z', 0, 'y'), tt('y', 0, 'z')])).toEqual([['z', 'y']]);
		expect(findCycles([tt('a', 0), tt('b', 0, 'a')])).toEqual([]);
	});

	it('tells the editor when a dependency would close a cycle', () => {
		const tasks = [tt('a', 0), tt('b', 0, 'a'), tt('c', 0, 'b')];
		expect(wouldCycle(tasks, 'a', 'c')).toBe(true);
		expect(wouldCycle(tasks, 'a', 'a')).toBe(true);
		expect(wouldCycle(tasks, 'c', 'a')).toBe(false);
		expect(wouldCycle(tasks, 'a', null)).toBe(false);
		expect(wouldCycle(tasks, 'a', 'unknown')).toBe(false);
		// An existing cycle elsewhere does not make it loop forever.
		expect(wouldCycle([tt('x', 0, 'y'), tt('y', 0, 'x')], 'a', 'x')).toBe(false);
	});
});

describe('variables', () => {
	it('lists the variables used, in order, once each, known or not', () => {
		expect(variablesIn('{{kickoff}} then {{ go_live }}, {{kickoff}} and {{who}} {{}} {not}')).toEqual(['kickoff', 'go_live', 'who', '']);
	});

	it('fills known variables with values and leaves the rest as written', () => {
		const values = { 'client.name': 'Acme', kickoff: '2027-01-04', go_live: null, 'director.name': 'Dana' };
		expect(fillText('Welcome {{client.name}} ({{ director.name }}) on {{kickoff}}, live {{go_live}} {{who}}', values)).toBe(
			'Welcome Acme (Dana) on 2027-01-04, live {{go_live}} {{who}}'
		);
		const rich = doc(p(text('Hi '), text('{{client.name}}', [{ type: 'bold' }])));
		expect(fillRich(rich, values)).toEqual(doc(p(text('Hi '), text('Acme', [{ type: 'bold' }]))));
		// The original is untouched.
		expect(rich.content![0]!.content![1]!.text).toBe('{{client.name}}');
	});
});

describe('dates and scheduling', () => {
	it('checks and adds calendar dates across month, year and leap boundaries', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
		expect(isIsoDate('2027-13-01')).toBe(false);
		expect(isIsoDate('2027-1-01')).toBe(false);
		expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
		expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
		expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
		expect(addDays('2027-03-28', 1)).toBe('2027-03-29'); // a DST change in Europe: still one day
		expect(addDays('2027-01-01', 730)).toBe('2028-12-31'); // 2028 has 366 days
		expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('2027-02-01', 0.5)).toThrow(RangeError);
	});

	it('schedules each task from its anchor, chained, negative offsets included', () => {
		const due = scheduleTasks([tt('c', 2, 'b'), tt('a', 3), tt('b', -10, 'a'), tt('d', -1)], '2028-02-27');
		expect(Object.fromEntries(due)).toEqual({ a: '2028-03-01', b: '2028-02-20', c: '2028-02-22', d: '2028-02-26' });
	});

	it('keeps fixed due dates and anchors followers on them', () => {
		const due = scheduleTasks([tt('a', 3), tt('b', 1, 'a')], '2027-01-01', new Map([['a', '2027-06-30']]));
		expect(Object.fromEntries(due)).toEqual({ a: '2027-06-30', b: '2027-07-01' });
	});

	it('refuses cycles, self-dependencies, unknown anchors, bad offsets and bad kick-offs', () => {
		const problemsOf = (fn: () => unknown) => {
			try {
				fn();
			} catch (error) {
				expect(error).toBeInstanceOf(ScheduleError);
				return (error as ScheduleError).problems;
			}
			throw new Error('did not throw');
		};
		expect(problemsOf(() => scheduleTasks([tt('a', 1, 'b'), tt('b', 1, 'a')], '2027-01-01'))).toEqual([{ kind: 'cycle', taskIds: ['a', 'b'] }]);
		expect(problemsOf(() => scheduleTasks([tt('a', 1, 'a')], '2027-01-01'))).toEqual([{ kind: 'cycle', taskIds: ['a'] }]);
		expect(problemsOf(() => scheduleTasks([tt('a', 1, 'x')], '2027-01-01'))).toEqual([{ kind: 'unknown-dependency', taskId: 'a', after: 'x' }]);
		expect(problemsOf(() => scheduleTasks([tt('a', 0.5)], '2027-01-01'))).toEqual([{ kind: 'bad-offset', taskId: 'a', value: 0.5 }]);
		expect(problemsOf(() => scheduleTasks([tt('a', 1)], '2027-02-30'))).toEqual([]);
	});
});

describe('template changes', () => {
	const base: TemplateOutline = outlineOf(
		p(text('Welcome')),
		h(2, 'Kick-off'),
		p(text('Meet the client')),
		task('a', 'Call', { offsetDays: 1 }),
		task('b', 'Pack', { after: 'a' }),
		h(2, 'Training'),
		task('c', 'Train'),
		h(2, 'Old'),
		p(text('gone soon'))
	);

	it('finds nothing between equal outlines', () => {
		expect(diffOutlines(base, base)).toEqual([]);
	});

	it('reports every kind of change with stable ids', () => {
		const now = outlineOf(
			p(text('Welcome!')),
			h(2, 'Kick-off'),
			p(text('Meet the client')),
			task('a', 'Call them', { offsetDays: 2, ownerRole: 'director' }),
			task('d', 'New one', { after: 'a' }),
			h(2, 'Training sessions'),
			task('c', 'Train', { required: false }),
			h(2, 'Go live'),
			task('b', 'Pack', { after: null })
		);
		const changes = diffOutlines(base, now);
		expect(changes.map((c) => c.id)).toEqual([
			'section-text-changed:intro',
			'section-renamed:training',
			'section-added:go-live',
			'section-removed:old',
			'task-changed:a:title',
			'task-changed:a:ownerRole',
			'task-changed:a:offsetDays',
			'task-added:d',
			'task-changed:c:required',
			'task-changed:b:after',
			'task-changed:b:sectionId'
		]);
		expect(changes.find((c) => c.kind === 'section-renamed')).toMatchObject({ sectionId: 'training', toSectionId: 'training-sessions', from: 'Training', to: 'Training sessions' });
		expect(changes.find((c) => c.id === 'task-changed:a:offsetDays')).toMatchObject({ from: 1, to: 2 });
		expect(changes.find((c) => c.kind === 'task-added')).toMatchObject({ task: { taskId: 'd', sectionId: 'kick-off', after: 'a' } });
		// The same pair of outlines gives the same ids.
		expect(diffOutlines(base, now).map((c) => c.id)).toEqual(changes.map((c) => c.id));
	});

	it('reports removed tasks, and a renamed task-less section at the same place as renamed', () => {
		const now = outlineOf(p(text('Welcome')), h(2, 'Kick-off'), p(text('Meet the client')), task('a', 'Call', { offsetDays: 1 }), h(2, 'Training'), task('c', 'Train'), h(2, 'Later'), p(text('gone soon')));
		expect(diffOutlines(base, now).map((c) => c.id)).toEqual(['section-renamed:old', 'task-removed:b']);
	});
});
