import type * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import { playbookMeta } from '../playbooks/model';
import { readTemplate, validateOutline } from '../playbooks/template';
import type { TableRows } from './types';

/**
 * `playbook.<templateId>` → its `playbook_state` row (server only): the library's name, last
 * edit (stamped into `meta` by the editing browser), task and problem counts. Nothing until the
 * server has seeded the room with a name.
 */
export function projectPlaybook(room: RoomName, doc: Y.Doc): TableRows[] {
	const meta = playbookMeta(doc);
	const text = (key: string) => {
		const value = meta.get(key);
		return typeof value === 'string' ? value : null;
	};
	const scope = { template_id: room.id };
	if (text('name') === null) return [{ table: 'playbook_state', scope, rows: [] }];
	const outline = readTemplate(doc);
	return [
		{
			table: 'playbook_state',
			scope,
			rows: [
				{
					template_id: room.id,
					name: outline.name,
					updated_at: text('updatedAt'),
					updated_by: text('updatedBy'),
					updated_by_name: text('updatedByName'),
					task_count: outline.tasks.length,
					problem_count: validateOutline(outline).length
				}
			]
		}
	];
}
