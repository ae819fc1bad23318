import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RichNode } from '$lib/domain/playbooks/model';
import { readOnboardingTasks, startOnboarding } from '$lib/domain/playbooks/onboarding';
import { extractOutline } from '$lib/domain/playbooks/template';
import { comment, giveTask, isOverdue, readActivityNewestFirst, readAllComments, readMeta, tick } from './project-doc';

const director = { id: 'dir1', name: 'Dana Director' };
const associate = { id: 'as1', name: 'Ari Associate' };

const task = (taskId: string, title: string): RichNode => ({
	type: 'playbookTask',
	attrs: { taskId, ownerRole: 'associate', offsetDays: 1, after: null, required: true },
	content: [{ type: 'text', text: title }]
});

/** A room as the server starts it. */
function started(): Y.Doc {
	const doc = new Y.Doc();
	const outline = extractOutline('Standard', {
		type: 'doc',
		content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kick-off' }] }, task('a', 'Call'), task('b', 'Send the pack')]
	});
	startOnboarding(
		doc,
		{
			name: 'Acme onboarding',
			clientId: 'c1',
			clientName: 'Acme',
			templateId: 't1',
			outline,
			baseAt: null,
			kickoff: '2026-12-01',
			goLive: null,
			director,
			associate,
			clientContact: null
		},
		{ by: director, at: '2026-11-30T10:00:00Z', id: 'start' }
	);
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

describe('the project page on an onboarding room', () => {
	it('reads nothing until the seed arrives', () => {
		expect(readMeta(new Y.Doc())).toBeNull();
		expect(readMeta(started())).toMatchObject({ clientId: 'c1', kickoff: '2026-12-01', status: 'active' });
	});

	it('an offline tick merges with a director changing the owner of the same task, and both comments survive', () => {
		const server = started();
		const offline = replicaOf(server);
		const online = replicaOf(server);
		expect(tick(offline, 'a', true, associate, '2026-12-02T09:00:00Z')).toBe(true);
		expect(comment(offline, 'a', '  Called them  ', associate, '2026-12-02T09:00:00Z')).toBe(true);
		expect(giveTask(online, 'a', { id: 'as2', name: 'Bo' }, director, '2026-12-02T09:01:00Z')).toBe(true);
		expect(comment(online, 'a', 'Thanks', director, '2026-12-02T09:01:00Z')).toBe(true);
		exchange(online, offline);
		exchange(server, online);
		for (const doc of [server, online, offline]) {
			const a = readOnboardingTasks(doc).find((t) => t.id === 'a')!;
			expect(a).toMatchObject({ done: true, doneBy: 'as1', doneByName: 'Ari Associate', ownerId: 'as2', ownerName: 'Bo' });
			expect(readAllComments(doc).get('a')!.map((c) => c.text).sort()).toEqual(['Called them', 'Thanks']);
			expect(new Set(readActivityNewestFirst(doc).map((entry) => entry.id)).size).toBe(5);
		}
		expect(readActivityNewestFirst(server).at(-1)!.kind).toBe('started');
	});

	it('refuses quietly what no longer applies: removed or unknown tasks, empty or over-long comments', () => {
		const doc = started();
		const before = Y.encodeStateVector(doc);
		doc.getMap<Y.Map<unknown>>('tasks').get('b')!.set('removed', true);
		const after = Y.encodeStateVector(doc);
		expect(tick(doc, 'b', true, associate, '2026-12-02T09:00:00Z')).toBe(false);
		expect(tick(doc, 'missing', true, associate, '2026-12-02T09:00:00Z')).toBe(false);
		expect(giveTask(doc, 'b', { id: null, name: null }, director, '2026-12-02T09:00:00Z')).toBe(false);
		expect(comment(doc, 'a', '   ', associate, '2026-12-02T09:00:00Z')).toBe(false);
		expect(comment(doc, 'a', 'x'.repeat(2001), associate, '2026-12-02T09:00:00Z')).toBe(false);
		expect(Y.encodeStateVector(doc)).toEqual(after);
		expect(after).not.toEqual(before);
	});

	it('overdue: not done, not removed, due before today', () => {
		const [a] = readOnboardingTasks(started());
		expect(a!.due).toBe('2026-12-02');
		expect(isOverdue(a!, '2026-12-02')).toBe(false);
		expect(isOverdue(a!, '2026-12-03')).toBe(true);
		expect(isOverdue({ ...a!, done: true }, '2026-12-03')).toBe(false);
		expect(isOverdue({ ...a!, removed: true }, '2026-12-03')).toBe(false);
	});
});
