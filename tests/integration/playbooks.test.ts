import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnboardingSummary, PlaybookSummary } from '../../src/lib/domain/playbooks/model';
import { readTemplate } from '../../src/lib/domain/playbooks/template';
import { CLOSE } from '../../src/lib/protocol/rooms';
import { createTemplate, heading, outlineOf, paragraph, t, writeTemplate } from '../helpers/playbooks';
import { ApiClient, startServer, type RunningServer } from '../helpers/server';
import { eventually, signIn, TestPeer, type Session } from '../sync/helpers';

/**
 * Playbook templates through the real built server: the library's walls per role, creating
 * (a seeded starter room), duplicating, archiving, and the outline with its problems as
 * directors edit the room.
 */

let server: RunningServer;
const who = {} as Record<'admin' | 'director' | 'associate' | 'hero', Session>;

beforeAll(async () => {
	server = await startServer({ env: { SEED_DEMO: '1' } });
	for (const role of ['admin', 'director', 'associate', 'hero'] as const) who[role] = await signIn(server.url, `${role}@demo.test`);
});
afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

const list = async (query = '') => {
	const response = await who.director.api.get(`/api/playbooks${query}`);
	expect(response.status).toBe(200);
	return (await response.json()) as PlaybookSummary[];
};

describe('the demo workspace', () => {
	it('has three templates and onboardings in progress, one template changed since', async () => {
		const names = (await list()).map((p) => p.name);
		for (const name of ['Standard onboarding', 'Regulated client (banking/insurance)', 'Chat-only quick start']) expect(names).toContain(name);
		const response = await who.director.api.get('/api/onboardings');
		const projects = (await response.json()) as OnboardingSummary[];
		expect(projects.length).toBeGreaterThanOrEqual(3);
		expect(projects.some((o) => o.done > 0 && o.done < o.total)).toBe(true);
		expect(projects.some((o) => o.overdue > 0)).toBe(true);
		expect(projects.some((o) => o.templateChanged)).toBe(true);
		const theirs = (await (await who.associate.api.get('/api/onboardings')).json()) as OnboardingSummary[];
		expect(theirs.length).toBeGreaterThan(0);
		expect(theirs.every((o) => who.associate.me.clientIds.includes(o.clientId))).toBe(true);
	});
});

describe('walls', () => {
	it('lets only directors list, create, duplicate, archive and read templates', async () => {
		const id = await createTemplate(who.director.api, 'Walls');
		for (const role of ['admin', 'associate', 'hero'] as const) {
			const { api } = who[role];
			expect((await api.get('/api/playbooks')).status, role).toBe(403);
			expect((await api.post('/api/playbooks', { name: 'X' })).status, role).toBe(403);
			expect((await api.post(`/api/playbooks/${id}/duplicate`)).status, role).toBe(403);
			expect((await api.patch(`/api/playbooks/${id}`, { archived: true })).status, role).toBe(403);
			expect((await api.get(`/api/playbooks/${id}/outline`)).status, role).toBe(403);
		}
		expect((await new ApiClient(server.url).get('/api/playbooks')).status).toBe(401);
		expect((await list()).find((p) => p.id === id)?.archived).toBe(false);
	});

	it('lets only directors open a template room', async () => {
		const id = await createTemplate(who.director.api, 'Room walls');
		for (const role of ['associate', 'hero', 'admin'] as const) {
			const peer = new TestPeer(server.url, `playbook.${id}`, who[role].cookie);
			try {
				await eventually(() => expect(peer.closes).toContain(CLOSE.forbidden));
			} finally {
				peer.destroy();
			}
		}
	});
});

describe('the library', () => {
	it('creates a template seeded with a starter outline and lists it', async () => {
		const before = await list();
		const id = await createTemplate(who.director.api, '  Launch kit ');
		expect(id).toMatch(/^[a-z0-9]{16}$/);
		const row = (await list()).find((p) => p.id === id)!;
		expect(row).toMatchObject({ id, name: 'Launch kit', archived: false, taskCount: 1, onboardings: 0, updatedByName: who.director.me.name });
		expect(Object.keys(row).slice(0, 3)).toEqual(['id', 'name', 'updatedAt']);
		expect(Date.parse(row.updatedAt)).not.toBeNaN();
		expect((await list()).length).toBe(before.length + 1);
		const { outline, problems } = await outlineOf(who.director.api, id);
		expect(problems).toEqual([]);
		expect(outline.name).toBe('Launch kit');
		expect(outline.sections.map((s) => s.id)).toEqual(['intro', 'kick-off']);
		expect(outline.tasks).toHaveLength(1);
		expect(outline.tasks[0]).toMatchObject({ ownerRole: 'director', offsetDays: 0, after: null, required: true, sectionId: 'kick-off' });
		expect(outline.tasks[0]!.taskId).toMatch(/^[a-z0-9]{10}$/);
		// A director's peer sees the same room.
		const peer = new TestPeer(server.url, `playbook.${id}`, who.director.cookie);
		try {
			await eventually(() => expect(peer.provider.synced).toBe(true));
			expect(readTemplate(peer.doc)).toEqual(outline);
		} finally {
			peer.destroy();
		}
	});

	it('refuses bad input and creates nothing', async () => {
		const before = await list('?archived=1');
		for (const body of [{ name: '' }, { name: '   ' }, { name: 'x'.repeat(121) }, {}, { name: 3 }]) {
			const response = await who.director.api.post('/api/playbooks', body);
			expect(response.status, JSON.stringify(body)).toBe(400);
			expect(((await response.json()) as { message: string }).message).toMatch(/name/i);
		}
		expect((await who.director.api.post('/api/playbooks', 'not json')).status).toBe(400);
		expect(await list('?archived=1')).toHaveLength(before.length);
		expect((await who.director.api.get('/api/playbooks/nosuchtemplate00/outline')).status).toBe(404);
		expect((await who.director.api.patch('/api/playbooks/nosuchtemplate00', { archived: true })).status).toBe(404);
		expect((await who.director.api.post('/api/playbooks/nosuchtemplate00/duplicate')).status).toBe(404);
	});

	it('duplicates a template: its text and tasks under a new name', async () => {
		const id = await createTemplate(who.director.api, 'Original');
		await writeTemplate(server.url, who.director.cookie, who.director.api, id, [
			paragraph('Hello {{client.name}}'),
			heading(2, 'Setup'),
			t('aaaaaaaaaa', 'Open the account', 'associate', 2),
			t('bbbbbbbbbb', 'Check it', 'director', 1, 'aaaaaaaaaa')
		]);
		const response = await who.director.api.post(`/api/playbooks/${id}/duplicate`);
		expect(response.status).toBe(201);
		const { id: copy } = (await response.json()) as { id: string };
		const original = await outlineOf(who.director.api, id);
		const duplicated = await outlineOf(who.director.api, copy);
		expect(duplicated.outline).toEqual({ ...original.outline, name: 'Original (copy)' });
		const named = (await (await who.director.api.post(`/api/playbooks/${id}/duplicate`, { name: 'Second' })).json()) as { id: string };
		expect((await list()).find((p) => p.id === named.id)).toMatchObject({ name: 'Second', taskCount: 2 });
	});

	it('archives and restores; archived templates are listed only when asked', async () => {
		const id = await createTemplate(who.director.api, 'Old kit');
		const archived = await who.director.api.patch(`/api/playbooks/${id}`, { archived: true });
		expect(archived.status).toBe(200);
		expect(await archived.json()).toMatchObject({ id, archived: true });
		expect((await list()).some((p) => p.id === id)).toBe(false);
		expect((await list('?archived=1')).find((p) => p.id === id)?.archived).toBe(true);
		expect((await who.director.api.patch(`/api/playbooks/${id}`, { archived: 'yes' })).status).toBe(400);
		expect((await who.director.api.get('/api/playbooks?archived=maybe')).status).toBe(400);
		await who.director.api.patch(`/api/playbooks/${id}`, { archived: false });
		expect((await list()).find((p) => p.id === id)?.archived).toBe(false);
	});

	it('reports the problems of what directors write, live, and the last editor', async () => {
		const id = await createTemplate(who.director.api, 'Problems');
		await writeTemplate(
			server.url,
			who.director.cookie,
			who.director.api,
			id,
			[
				heading(2, 'Setup {{client.nam}}'),
				t('cccccccccc', 'First', 'associate', 1, 'dddddddddd'),
				t('dddddddddd', 'Second', 'associate', 1, 'cccccccccc'),
				t('eeeeeeeeee', '', 'client', 1.5),
				t('ffffffffff', 'Fourth', 'director', 0, 'gggggggggg')
			],
			{ id: who.director.me.id, name: 'Dana' }
		);
		const { problems } = await outlineOf(who.director.api, id);
		expect(problems).toEqual([
			{ kind: 'empty-title', taskId: 'eeeeeeeeee' },
			{ kind: 'bad-offset', taskId: 'eeeeeeeeee', value: 1.5 },
			{ kind: 'unknown-dependency', taskId: 'ffffffffff', after: 'gggggggggg' },
			{ kind: 'cycle', taskIds: ['cccccccccc', 'dddddddddd'] },
			{ kind: 'unknown-variable', name: 'client.nam', where: 'setup-client-nam' }
		]);
		expect((await list()).find((p) => p.id === id)).toMatchObject({ taskCount: 4, updatedByName: 'Dana' });
	});
});
