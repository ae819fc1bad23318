import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { onboardingComments, onboardingMeta, onboardingOutline, onboardingTasks, type TaskComment } from '$lib/domain/playbooks/model';
import { addComment, progressOf, readActivity, readComments, readMeta, readOutline, readTasks, setTaskDone, setTaskOwner } from './project-doc';
import { isoWeekRange } from '../../overview';

const director = { id: 'dir1', name: 'Dana Director' };
const associate = { id: 'as1', name: 'Ari Associate' };

/** A room as the server seeds it: meta, outline, two tasks, their comment lists. */
function seeded(): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		const meta = onboardingMeta(doc);
		for (const [key, value] of Object.entries({
			name: 'Onboarding',
			clientId: 'c1',
			clientName: 'Acme',
			templateId: 't1',
			templateName: 'Standard',
			directorId: director.id,
			directorName: director.name,
			kickoff: '2026-12-01',
			goLive: '2027-01-15',
			status: 'active'
		}))
			meta.set(key, value);
		onboardingOutline(doc).set('outline', [{ id: 'kick-off', title: 'Kick-off', blocks: [{ kind: 'task', taskId: 'a' }] }]);
		const tasks = onboardingTasks(doc);
		for (const [id, order, due, required] of [
			['a', 0, '2026-12-01', true],
			['b', 1, '2026-12-08', false]
		] as const) {
			const task = new Y.Map<unknown>();
			tasks.set(id, task);
			for (const [key, value] of Object.entries({
				id,
				title: `Task ${id}`,
				sectionId: 'kick-off',
				order,
				ownerRole: 'associate',
				ownerId: null,
				ownerName: null,
				offsetDays: 0,
				after: null,
				due,
				required,
				done: false,
				doneAt: null,
				doneBy: null,
				doneByName: null,
				removed: false
			}))
				task.set(key, value);
			onboardingComments(doc).set(id, new Y.Array<TaskComment>());
		}
	});
	return doc;
}

function replicaOf(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
	const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
	const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
	Y.applyUpdate(b, toB);
	Y.applyUpdate(a, toA);
}

describe('onboarding room reading and writing', () => {
	it('reads meta, outline and tasks in order; an empty doc reads as nothing', () => {
		expect(readMeta(new Y.Doc())).toBeNull();
		expect(readTasks(new Y.Doc())).toEqual([]);
		const doc = seeded();
		expect(readMeta(doc)).toMatchObject({ clientId: 'c1', kickoff: '2026-12-01', status: 'active' });
		expect(readOutline(doc)[0]!.title).toBe('Kick-off');
		expect(readTasks(doc).map((task) => task.id)).toEqual(['a', 'b']);
	});

	it('an offline tick merges with a director changing the owner of the same task', () => {
		const server = seeded();
		const offline = replicaOf(server);
		const online = replicaOf(server);
		expect(setTaskDone(offline, 'a', true, associate, '2026-12-02T09:00:00Z')).toBe(true);
		expect(setTaskOwner(online, 'a', { id: 'as2', name: 'Bo' }, director, '2026-12-02T09:01:00Z')).toBe(true);
		exchange(online, offline);
		for (const doc of [online, offline]) {
			const task = readTasks(doc).find((t) => t.id === 'a')!;
			expect(task).toMatchObject({ done: true, doneBy: 'as1', doneByName: 'Ari Associate', ownerId: 'as2', ownerName: 'Bo' });
			expect(readActivity(doc).map((entry) => entry.kind).sort()).toEqual(['task-done', 'task-owner']);
		}
	});

	it('ticking twice writes once; a removed task is not ticked; unticking clears who and when', () => {
		const doc = seeded();
		expect(setTaskDone(doc, 'a', true, associate, '2026-12-02T09:00:00Z')).toBe(true);
		expect(setTaskDone(doc, 'a', true, associate, '2026-12-02T09:00:01Z')).toBe(false);
		expect(readActivity(doc)).toHaveLength(1);
		expect(setTaskDone(doc, 'a', false, director, '2026-12-02T10:00:00Z')).toBe(true);
		expect(readTasks(doc)[0]).toMatchObject({ done: false, doneAt: null, doneBy: null });
		onboardingTasks(doc).get('b')!.set('removed', true);
		expect(setTaskDone(doc, 'b', true, associate, '2026-12-02T09:00:00Z')).toBe(false);
		expect(setTaskDone(doc, 'missing', true, associate, '2026-12-02T09:00:00Z')).toBe(false);
	});

	it('comments from two peers at once both survive; empty and over-long ones are refused', () => {
		const server = seeded();
		const one = replicaOf(server);
		const two = replicaOf(server);
		expect(addComment(one, 'a', '  Called the client  ', director, '2026-12-02T09:00:00Z')).toBe(true);
		expect(addComment(two, 'a', 'Sent the forms', associate, '2026-12-02T09:00:00Z')).toBe(true);
		expect(addComment(two, 'a', '   ', associate, '2026-12-02T09:00:00Z')).toBe(false);
		expect(addComment(two, 'a', 'x'.repeat(2001), associate, '2026-12-02T09:00:00Z')).toBe(false);
		exchange(one, two);
		const texts = (doc: Y.Doc) => readComments(doc).get('a')!.map((c) => c.text).sort();
		expect(texts(one)).toEqual(['Called the client', 'Sent the forms']);
		expect(texts(two)).toEqual(texts(one));
	});

	it('counts progress, overdue and due this week over tasks not removed', () => {
		const doc = seeded();
		// Today Wednesday 2026-12-09: week 12-07 … 12-13; task a (12-01) overdue, b (12-08) due this week and overdue.
		expect(isoWeekRange('2026-12-09')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
		expect(progressOf(readTasks(doc), '2026-12-09')).toEqual({ done: 0, total: 2, requiredDone: 0, requiredTotal: 1, overdue: 2, dueThisWeek: 1 });
		setTaskDone(doc, 'a', true, associate, '2026-12-09T08:00:00Z');
		onboardingTasks(doc).get('b')!.set('removed', true);
		expect(progressOf(readTasks(doc), '2026-12-09')).toEqual({ done: 1, total: 1, requiredDone: 1, requiredTotal: 1, overdue: 0, dueThisWeek: 0 });
	});
});
