import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseRoom } from '#protocol/rooms';
import { projectRoom } from '../projections';
import { createRandom } from '../random';
import { EXPORT_LABELS_EN, exportDocument, exportFileName, onboardingMarkdown } from './export';
import { onboardingActivity, onboardingMeta, onboardingTasks, type RichNode, type TemplateOutline } from './model';
import {
	TemplateChangeError,
	addComment,
	applyTemplateChanges,
	changeDates,
	isoWeekOf,
	pendingChanges,
	progressOf,
	readActivity,
	readComments,
	readOnboardingMeta,
	readOnboardingOutline,
	readOnboardingTasks,
	setStatus,
	setTaskDone,
	setTaskOwner,
	startOnboarding,
	type OnboardingStart,
	type Stamp
} from './onboarding';
import { ScheduleError, extractOutline } from './template';

const text = (value: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (value: string): RichNode => ({ type: 'paragraph', content: [text(value)] });
const h = (title: string): RichNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(title)] });
const task = (taskId: string, title: string, attrs: Record<string, unknown> = {}): RichNode => ({
	type: 'playbookTask',
	attrs: { taskId, ownerRole: 'associate', offsetDays: 0, required: true, ...attrs },
	content: [text(title)]
});
const outline = (...content: RichNode[]): TemplateOutline => extractOutline('Standard onboarding', { type: 'doc', content });

const TEMPLATE = outline(
	p('Welcome {{client.name}}, kick-off {{kickoff}}.'),
	h('Kick-off'),
	task('call', 'Call {{client.name}}', { offsetDays: 1, ownerRole: 'director' }),
	task('pack', 'Send the pack', { after: 'call', offsetDays: 2 }),
	h('Go live'),
	p('Live on {{go_live}}, led by {{director.name}}.'),
	task('sign', 'Client signs off', { ownerRole: 'client', after: 'pack', offsetDays: 5, required: false })
);

const dana = { id: 'u-dana', name: 'Dana' };
const ali = { id: 'u-ali', name: 'Ali' };
let counter = 0;
const stamp = (by = dana, at = '2027-01-04T09:00:00.000Z'): Stamp => ({ by, at, id: `id-${++counter}` });

const START: OnboardingStart = {
	name: 'Acme onboarding',
	clientId: 'c-acme',
	clientName: 'Acme',
	templateId: 't-1',
	outline: TEMPLATE,
	baseAt: '2027-01-01T00:00:00.000Z',
	kickoff: '2027-02-26',
	goLive: '2027-03-31',
	director: dana,
	associate: ali,
	clientContact: 'Chris (Acme)'
};

function started(start: OnboardingStart = START): Y.Doc {
	const doc = new Y.Doc();
	startOnboarding(doc, start, stamp());
	return doc;
}

describe('starting an onboarding', () => {
	it('writes meta, filled sections, scheduled tasks with owners, and the first activity', () => {
		const doc = started();
		const meta = readOnboardingMeta(doc);
		expect(meta).toMatchObject({ name: 'Acme onboarding', templateName: 'Standard onboarding', kickoff: '2027-02-26', status: 'active', baseAt: '2027-01-01T00:00:00.000Z' });
		expect(meta.base).toEqual(TEMPLATE);
		const tasks = readOnboardingTasks(doc);
		expect(tasks.map((t) => [t.id, t.title, t.due, t.ownerName, t.order])).toEqual([
			['call', 'Call Acme', '2027-02-27', 'Dana', 0],
			['pack', 'Send the pack', '2027-03-01', 'Ali', 1],
			['sign', 'Client signs off', '2027-03-06', 'Chris (Acme)', 2]
		]);
		const sections = readOnboardingOutline(doc);
		expect(sections.map((s) => s.id)).toEqual(['intro', 'kick-off', 'go-live']);
		expect(JSON.stringify(sections)).toContain('Welcome Acme, kick-off 2027-02-26.');
		expect(JSON.stringify(sections)).toContain('Live on 2027-03-31, led by Dana.');
		expect(readActivity(doc)).toMatchObject([{ kind: 'started', by: 'u-dana' }]);
		expect(readComments(doc, 'call')).toEqual([]);
	});

	it('refuses a template whose tasks cannot be scheduled and writes nothing', () => {
		const doc = new Y.Doc();
		const cyclic = outline(task('a', 'A', { after: 'b' }), task('b', 'B', { after: 'a' }));
		expect(() => startOnboarding(doc, { ...START, outline: cyclic }, stamp())).toThrow(ScheduleError);
		expect(() => startOnboarding(doc, { ...START, kickoff: '2027-02-30' }, stamp())).toThrow(ScheduleError);
		expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
	});

	it('starts once: a second start leaves the room alone', () => {
		const doc = started();
		startOnboarding(doc, { ...START, name: 'Other' }, stamp());
		expect(readOnboardingMeta(doc).name).toBe('Acme onboarding');
	});
});

describe('working a project', () => {
	it('ticks, reassigns, comments and records each in the activity', () => {
		const doc = started();
		setTaskDone(doc, 'call', true, stamp(ali));
		setTaskDone(doc, 'call', true, stamp(ali)); // already done: nothing more
		setTaskOwner(doc, 'pack', { id: 'u-bo', name: 'Bo' }, stamp());
		addComment(doc, 'pack', '  Waiting for the address  ', stamp(ali));
		expect(() => addComment(doc, 'pack', '   ', stamp())).toThrow(RangeError);
		expect(() => setTaskDone(doc, 'nope', true, stamp())).toThrow(RangeError);
		const [call, pack] = readOnboardingTasks(doc);
		expect(call).toMatchObject({ done: true, doneBy: 'u-ali', doneByName: 'Ali' });
		expect(pack).toMatchObject({ ownerId: 'u-bo', ownerName: 'Bo' });
		expect(readComments(doc, 'pack')).toMatchObject([{ text: 'Waiting for the address', byName: 'Ali' }]);
		expect(readActivity(doc).map((a) => a.kind)).toEqual(['started', 'task-done', 'task-owner', 'comment']);
		setTaskDone(doc, 'call', false, stamp());
		expect(readOnboardingTasks(doc)[0]).toMatchObject({ done: false, doneAt: null, doneBy: null });
		setStatus(doc, 'done', stamp());
		expect(readOnboardingMeta(doc).status).toBe('done');
	});

	it('moves unfinished tasks with a new kick-off and fills the text again', () => {
		const doc = started();
		setTaskDone(doc, 'call', true, stamp());
		changeDates(doc, { kickoff: '2027-12-30' }, stamp());
		const tasks = readOnboardingTasks(doc);
		// Done: keeps its date and still anchors the next one.
		expect(tasks.map((t) => t.due)).toEqual(['2027-02-27', '2027-03-01', '2027-03-06']);
		const doc2 = started();
		changeDates(doc2, { kickoff: '2027-12-30', goLive: null }, stamp());
		expect(readOnboardingTasks(doc2).map((t) => t.due)).toEqual(['2027-12-31', '2028-01-02', '2028-01-07']);
		expect(JSON.stringify(readOnboardingOutline(doc2))).toContain('kick-off 2027-12-30.');
		expect(JSON.stringify(readOnboardingOutline(doc2))).toContain('Live on {{go_live}}');
		expect(() => changeDates(doc2, { kickoff: 'tomorrow' }, stamp())).toThrow(ScheduleError);
	});

	it('counts progress, overdue and due this week, leaving removed tasks out', () => {
		const doc = started();
		setTaskDone(doc, 'call', true, stamp());
		const tasks = readOnboardingTasks(doc);
		// 2027-03-03 is a Wednesday: its ISO week runs 03-01 to 03-07.
		expect(isoWeekOf('2027-03-03')).toEqual({ monday: '2027-03-01', sunday: '2027-03-07' });
		expect(isoWeekOf('2027-03-07')).toEqual({ monday: '2027-03-01', sunday: '2027-03-07' });
		expect(progressOf(tasks, '2027-03-03')).toEqual({ done: 1, total: 3, requiredDone: 1, requiredTotal: 2, overdue: 1, dueThisWeek: 2 });
		expect(progressOf(tasks.map((t) => (t.id === 'sign' ? { ...t, removed: true } : t)), '2027-03-03')).toMatchObject({ total: 2, dueThisWeek: 1 });
	});
});

describe('taking template changes', () => {
	const NOW = outline(
		p('Welcome {{client.name}}!'),
		h('Kick-off'),
		task('call', 'Call {{client.name}} today', { offsetDays: 3, ownerRole: 'director' }),
		task('brief', 'Brief the team', { after: 'call', offsetDays: 1 }),
		task('pack', 'Send the pack', { after: 'call', offsetDays: 2 }),
		h('Launch'),
		p('Live on {{go_live}}, led by {{director.name}}.')
	);

	it('lists what changed since the base', () => {
		expect(pendingChanges(started(), NOW).map((c) => c.id)).toEqual([
			'section-text-changed:intro',
			'section-renamed:go-live',
			'task-changed:call:title',
			'task-changed:call:offsetDays',
			'task-added:brief',
			'task-removed:sign'
		]);
		expect(pendingChanges(started(), TEMPLATE)).toEqual([]);
	});

	it('takes the chosen changes, dismisses the rest and moves the base', () => {
		const doc = started();
		setTaskDone(doc, 'pack', true, stamp());
		const result = applyTemplateChanges(doc, NOW, '2027-02-01T00:00:00.000Z', ['task-changed:call:offsetDays', 'task-added:brief', 'task-removed:sign', 'section-renamed:go-live'], stamp());
		expect(result.taken).toEqual(['section-renamed:go-live', 'task-changed:call:offsetDays', 'task-added:brief', 'task-removed:sign']);
		expect(result.dismissed).toEqual(['section-text-changed:intro', 'task-changed:call:title']);
		const tasks = readOnboardingTasks(doc);
		expect(tasks.map((t) => [t.id, t.title, t.due, t.removed, t.sectionId])).toEqual([
			// Offset 1 → 3: due moves; title change dismissed.
			['call', 'Call Acme', '2027-03-01', false, 'kick-off'],
			// New: anchored on call's new due date.
			['brief', 'Brief the team', '2027-03-02', false, 'kick-off'],
			// Done: keeps its date.
			['pack', 'Send the pack', '2027-03-01', false, 'kick-off'],
			// Removed, under the renamed section.
			['sign', 'Client signs off', '2027-03-06', true, 'launch']
		]);
		const sections = readOnboardingOutline(doc);
		expect(sections.map((s) => [s.id, s.title])).toEqual([
			['intro', ''],
			['kick-off', 'Kick-off'],
			['launch', 'Launch']
		]);
		// Text change dismissed: the old welcome stays.
		expect(JSON.stringify(sections[0])).toContain('kick-off 2027-02-26');
		expect(readOnboardingMeta(doc).base).toEqual(NOW);
		expect(readOnboardingMeta(doc).baseAt).toBe('2027-02-01T00:00:00.000Z');
		expect(pendingChanges(doc, NOW)).toEqual([]);
		expect(readActivity(doc).at(-1)).toMatchObject({ kind: 'template-changes', detail: '4 taken, 2 dismissed' });
		// The new task can be commented on.
		addComment(doc, 'brief', 'ok', stamp());
		expect(readComments(doc, 'brief')).toHaveLength(1);
	});

	it('keeps a done task that the template removed', () => {
		const doc = started();
		setTaskDone(doc, 'sign', true, stamp());
		applyTemplateChanges(doc, NOW, null, ['task-removed:sign'], stamp());
		expect(readOnboardingTasks(doc).find((t) => t.id === 'sign')).toMatchObject({ removed: false, done: true });
	});

	it('refuses unknown change ids and selections that break the schedule, writing nothing', () => {
		const doc = started();
		const before = Y.encodeStateAsUpdate(doc);
		expect(() => applyTemplateChanges(doc, NOW, null, ['task-added:nope'], stamp())).toThrow(TemplateChangeError);
		// Swapping who follows whom: taking one half alone would make a cycle.
		const swapped = outline(h('Kick-off'), task('call', 'Call {{client.name}}', { offsetDays: 1, ownerRole: 'director', after: 'pack' }), task('pack', 'Send the pack', { offsetDays: 2 }), h('Go live'), p('Live on {{go_live}}, led by {{director.name}}.'), task('sign', 'Client signs off', { ownerRole: 'client', after: 'pack', offsetDays: 5, required: false }));
		expect(() => applyTemplateChanges(doc, swapped, null, ['task-changed:call:after'], stamp())).toThrow(TemplateChangeError);
		expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
		applyTemplateChanges(doc, swapped, null, ['task-changed:call:after', 'task-changed:pack:after'], stamp());
		expect(readOnboardingTasks(doc).map((t) => [t.id, t.due])).toEqual([
			['call', '2027-03-01'],
			['pack', '2027-02-28'],
			// Follows pack, whose date moved.
			['sign', '2027-03-05']
		]);
	});

	it('adds a section and the tasks in it, or keeps a removed section when declined', () => {
		const doc = started();
		const next = outline(p('Welcome {{client.name}}, kick-off {{kickoff}}.'), h('Kick-off'), task('call', 'Call {{client.name}}', { offsetDays: 1, ownerRole: 'director' }), task('pack', 'Send the pack', { after: 'call', offsetDays: 2 }), task('sign', 'Client signs off', { ownerRole: 'client', after: 'pack', offsetDays: 5, required: false }), h('Training'), p('Train them.'), task('train', 'Train', { offsetDays: 10 }));
		const ids = pendingChanges(doc, next).map((c) => c.id);
		expect(ids).toEqual(['section-added:training', 'section-removed:go-live', 'task-changed:sign:sectionId', 'task-added:train']);
		applyTemplateChanges(doc, next, null, ['section-added:training', 'task-added:train'], stamp());
		expect(readOnboardingOutline(doc).map((s) => [s.id, s.blocks.map((b) => (b.kind === 'task' ? b.taskId : 'text'))])).toEqual([
			['intro', ['text']],
			['kick-off', ['call', 'pack']],
			// A declined removal stays where it stood: after the section it followed.
			['go-live', ['text', 'sign']],
			['training', ['text', 'train']]
		]);
		expect(readOnboardingTasks(doc).map((t) => t.id)).toEqual(['call', 'pack', 'sign', 'train']);
		// Taking the move and the removal as well: sign joins kick-off, go-live goes.
		const again = started();
		applyTemplateChanges(again, next, null, ['section-removed:go-live', 'task-changed:sign:sectionId'], stamp());
		expect(readOnboardingOutline(again).map((s) => [s.id, s.blocks.map((b) => (b.kind === 'task' ? b.taskId : 'text'))])).toEqual([
			['intro', ['text']],
			['kick-off', ['call', 'pack', 'sign']]
		]);
		expect(readOnboardingTasks(doc).find((t) => t.id === 'train')?.due).toBe('2027-03-08');
	});
});

describe('export', () => {
	it('writes Markdown with facts, sections, prose, tasks with checkbox, owner, due and comments', () => {
		const doc = started();
		setTaskDone(doc, 'call', true, stamp(ali, '2027-02-27T10:00:00.000Z'));
		addComment(doc, 'pack', 'Address *confirmed*', stamp(ali, '2027-02-28T10:00:00.000Z'));
		const md = onboardingMarkdown(doc);
		expect(md).toContain('# Acme onboarding');
		expect(md).toContain('- **Kick-off:** 2027-02-26');
		expect(md).toContain('Welcome Acme, kick-off 2027-02-26.');
		expect(md).toContain('## Kick-off');
		expect(md).toContain('- [x] Call Acme — Dana (director) · due 2027-02-27 · required · done 2027-02-27 by Ali');
		expect(md).toContain('- [ ] Send the pack — Ali (associate) · due 2027-03-01 · required');
		expect(md).toContain('  - Ali, 2027-02-28: Address \\*confirmed\\*');
		expect(md).toContain('- [ ] Client signs off — Chris (Acme) (client) · due 2027-03-06 · optional');
		expect(exportFileName(exportDocument(doc).meta, 'pdf')).toBe('Acme - Acme onboarding.pdf');
	});

	it('speaks the reader’s language', () => {
		const doc = started();
		const fr = { ...EXPORT_LABELS_EN, kickoff: 'Lancement', due: 'échéance', optional: 'facultative', roles: { ...EXPORT_LABELS_EN.roles, client: 'client·e' } };
		const md = onboardingMarkdown(doc, fr);
		expect(md).toContain('- **Lancement:** 2027-02-26');
		expect(md).toContain('- [ ] Client signs off — Chris (Acme) (client·e) · échéance 2027-03-06 · facultative');
	});
});

describe('projection', () => {
	it('projects the state row and the tasks that are not removed', () => {
		const doc = started();
		const room = parseRoom('onboarding.o-1')!;
		expect(projectRoom(room, new Y.Doc())).toEqual([
			{ table: 'onboarding_task', scope: { onboarding_id: 'o-1' }, rows: [] },
			{ table: 'onboarding_state', scope: { onboarding_id: 'o-1' }, rows: [] }
		]);
		applyTemplateChanges(doc, outline(h('Kick-off'), task('call', 'Call', { offsetDays: 1 })), null, ['task-removed:pack', 'task-removed:sign'], stamp());
		const [state, tasks] = projectRoom(room, doc);
		expect(state!.rows).toEqual([
			{
				onboarding_id: 'o-1',
				name: 'Acme onboarding',
				client_id: 'c-acme',
				client_name: 'Acme',
				template_id: 't-1',
				template_name: 'Standard onboarding',
				director_id: 'u-dana',
				director_name: 'Dana',
				kickoff: '2027-02-26',
				go_live: '2027-03-31',
				status: 'active',
				base_at: null,
				version: expect.any(Number)
			}
		]);
		expect(tasks!.rows.map((r) => r.task_id)).toEqual(['call']);
	});

	it('versions the state row by what the room holds: equal on replicas with the same updates, behind on one that lacks a change', () => {
		const room = parseRoom('onboarding.o-1')!;
		const version = (doc: Y.Doc) => projectRoom(room, doc)[0]!.rows[0]!.version as number;
		const server = started();
		const device = new Y.Doc();
		Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
		const kept = version(device);
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBe(version(server));
		// Each kind of change moves it on: a tick, an owner, a comment, a status.
		const changes: ((doc: Y.Doc) => void)[] = [
			(doc) => setTaskDone(doc, 'pack', true, stamp()),
			(doc) => setTaskOwner(doc, 'pack', { id: 'u-eve', name: 'Eve' }, stamp()),
			(doc) => addComment(doc, 'pack', 'Sent', stamp()),
			(doc) => setStatus(doc, 'done', stamp())
		];
		for (const change of changes) {
			const before = version(server);
			change(server);
			expect(version(server)).toBeGreaterThan(before);
		}
		expect(version(device)).toBe(kept);
		// Unticking sets the key again: still a change, never back to an earlier version.
		const ticked = version(server);
		setTaskDone(server, 'pack', false, stamp());
		expect(version(server)).toBeGreaterThan(ticked);
		// Once the device has the server's updates (in any order), it holds the same version.
		Y.applyUpdate(device, Y.encodeStateAsUpdate(server, Y.encodeStateVector(device)));
		expect(version(device)).toBe(version(server));
	});

	it('projects nothing of dates a bad peer broke, rather than failing the store', () => {
		const doc = started();
		const room = parseRoom('onboarding.o-1')!;
		onboardingTasks(doc).get('pack')!.set('due', 'next week');
		onboardingMeta(doc).set('goLive', 42);
		const [state, tasks] = projectRoom(room, doc);
		expect(state!.rows[0]).toMatchObject({ go_live: null });
		expect(tasks!.rows.map((r) => r.task_id)).toEqual(['call', 'sign']);
		onboardingMeta(doc).set('kickoff', '2027-02-30');
		expect(projectRoom(room, doc).map((t) => t.rows)).toEqual([[], []]);
	});
});

describe('convergence', () => {
	/**
	 * Several replicas of one project tick, untick, reassign, comment and change its status at
	 * once, exchanging updates in random order with some held back (offline) until the end: every
	 * replica ends identical, nothing a replica appended is lost, and the projection agrees.
	 */
	it('converges under concurrent ticks, owners and comments (seeded schedules)', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const random = createRandom(seed);
			const origin = started();
			const peers = Array.from({ length: random.int(2, 5) }, () => {
				const doc = new Y.Doc();
				Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
				return doc;
			});
			const inbox = peers.map(() => [] as Uint8Array[]);
			peers.forEach((doc, index) =>
				doc.on('update', (update: Uint8Array, origin: unknown) => {
					if (origin === 'remote') return;
					peers.forEach((_, other) => other !== index && inbox[other]!.push(update));
				})
			);
			const offline = new Set(peers.map((_, i) => i).filter(() => random.chance(0.4)));
			const comments: string[] = [];
			for (let step = 0; step < 60; step++) {
				const i = random.int(0, peers.length - 1);
				const doc = peers[i]!;
				const taskId = random.pick(['call', 'pack', 'sign']);
				const who = random.pick([dana, ali]);
				const at = `2027-03-0${random.int(1, 9)}T10:00:00.000Z`;
				const action = random.int(0, 4);
				if (action <= 1) setTaskDone(doc, taskId, random.chance(0.6), { by: who, at, id: `s${seed}-${step}` });
				else if (action === 2) setTaskOwner(doc, taskId, random.pick([{ id: 'u-bo', name: 'Bo' }, { id: ali.id, name: ali.name }, { id: null, name: null }]), { by: who, at, id: `s${seed}-${step}` });
				else if (action === 3) {
					const body = `comment ${seed}-${step}`;
					comments.push(body);
					addComment(doc, taskId, body, { by: who, at, id: `s${seed}-${step}` });
				} else setStatus(doc, random.pick(['active', 'done']), { by: who, at, id: `s${seed}-${step}` });
				// Deliver some waiting updates to online peers, in random order.
				const j = random.int(0, peers.length - 1);
				if (!offline.has(j) && inbox[j]!.length > 0) {
					for (const update of random.shuffle(inbox[j]!.splice(0, random.int(1, inbox[j]!.length)))) Y.applyUpdate(peers[j]!, update, 'remote');
				}
			}
			// Everyone reconnects: deliver everything, in random order.
			peers.forEach((doc, j) => {
				for (const update of random.shuffle(inbox[j]!.splice(0))) Y.applyUpdate(doc, update, 'remote');
			});
			const room = parseRoom('onboarding.o-1')!;
			const states = peers.map((doc) => JSON.stringify({ tasks: readOnboardingTasks(doc), activity: onboardingActivity(doc).toJSON(), meta: onboardingMeta(doc).toJSON(), comments: ['call', 'pack', 'sign'].map((id) => readComments(doc, id)) }));
			for (const state of states) expect(state, `seed ${seed}`).toBe(states[0]);
			const projections = peers.map((doc) => JSON.stringify(projectRoom(room, doc)));
			for (const projection of projections) expect(projection, `seed ${seed}`).toBe(projections[0]);
			// Every comment survived, and the projection says what the tasks say.
			const all = ['call', 'pack', 'sign'].flatMap((id) => readComments(peers[0]!, id).map((c) => c.text));
			expect(all.sort()).toEqual([...comments].sort());
			const tasks = readOnboardingTasks(peers[0]!);
			const rows = projectRoom(room, peers[0]!)[1]!.rows;
			expect(rows.map((r) => [r.task_id, r.done, r.owner_id])).toEqual(tasks.map((t) => [t.id, t.done, t.ownerId]));
		}
	});
});
