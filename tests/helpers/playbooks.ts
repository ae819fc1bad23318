import { expect } from 'vitest';
import type { RichNode, TemplateOutline, TemplateProblem } from '../../src/lib/domain/playbooks/model';
import { playbookBody } from '../../src/lib/domain/playbooks/model';
import { appendRich, heading, paragraph, stampTemplate, taskNode } from '../../src/lib/domain/playbooks/rooms';
import type { OwnerRole } from '../../src/lib/domain/playbooks/model';
import type { ApiClient } from './server';
import { eventually, TestPeer } from '../sync/helpers';

/** Playbook templates in integration tests: created through the API, written by a director's peer. */

export async function createTemplate(api: ApiClient, name: string): Promise<string> {
	const response = await api.post('/api/playbooks', { name });
	expect(response.status, await response.clone().text()).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

export async function outlineOf(api: ApiClient, id: string): Promise<{ outline: TemplateOutline; problems: TemplateProblem[] }> {
	const response = await api.get(`/api/playbooks/${id}/outline`);
	expect(response.status).toBe(200);
	return (await response.json()) as { outline: TemplateOutline; problems: TemplateProblem[] };
}

export const t = (taskId: string, title: string, ownerRole: OwnerRole, offsetDays: number, after: string | null = null, required = true): RichNode =>
	taskNode({ taskId, ownerRole, offsetDays, after, required }, title);
export { heading, paragraph };

/**
 * Replaces a template's body as a director's browser would (through a real sync connection),
 * stamps the edit, and waits until the server's outline has it.
 */
export async function writeTemplate(url: string, cookie: string, api: ApiClient, id: string, blocks: RichNode[], by = { id: 'someone', name: 'Someone' }): Promise<void> {
	const peer = new TestPeer(url, `playbook.${id}`, cookie);
	try {
		await eventually(() => expect(peer.provider.synced).toBe(true));
		const name = peer.doc.getMap('meta').get('name') as string;
		peer.doc.transact(() => {
			const body = playbookBody(peer.doc);
			body.delete(0, body.length);
			appendRich(body, blocks);
			stampTemplate(peer.doc, { name, at: new Date().toISOString(), by });
		});
		await eventually(() => expect(peer.allSaved()).toBe(true));
	} finally {
		peer.destroy();
	}
	const taskIds = blocks.filter((b) => b.type === 'playbookTask').map((b) => b.attrs?.taskId);
	await eventually(async () => expect((await outlineOf(api, id)).outline.tasks.map((task) => task.taskId)).toEqual(taskIds));
}
