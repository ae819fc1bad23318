import type * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import { isStarted, readOnboardingMeta, readOnboardingTasks } from '../playbooks/onboarding';
import type { TableRows } from './types';

/**
 * `onboarding.<id>` → one `onboarding_state` row and one `onboarding_task` row per task not
 * removed: the overview's progress, overdue and due-this-week counts are SQL over these (in the
 * browser, offline too, and on the server for GET /api/onboardings). Nothing until the server
 * has seeded the room.
 */
export function projectOnboarding(room: RoomName, doc: Y.Doc): TableRows[] {
	const scope = { onboarding_id: room.id };
	if (!isStarted(doc)) {
		return [
			{ table: 'onboarding_task', scope, rows: [] },
			{ table: 'onboarding_state', scope, rows: [] }
		];
	}
	const meta = readOnboardingMeta(doc);
	const tasks = readOnboardingTasks(doc, { removed: false });
	return [
		{
			table: 'onboarding_state',
			scope,
			rows: [
				{
					onboarding_id: room.id,
					name: meta.name,
					client_id: meta.clientId,
					client_name: meta.clientName,
					template_id: meta.templateId,
					template_name: meta.templateName,
					director_id: meta.directorId,
					director_name: meta.directorName,
					kickoff: meta.kickoff,
					go_live: meta.goLive,
					status: meta.status,
					base_at: meta.baseAt
				}
			]
		},
		{
			table: 'onboarding_task',
			scope,
			rows: tasks
				.filter((task) => task.due !== '')
				.map((task, position) => ({
					onboarding_id: room.id,
					task_id: task.id,
					title: task.title,
					section_id: task.sectionId,
					position,
					owner_role: task.ownerRole,
					owner_id: task.ownerId,
					owner_name: task.ownerName,
					due: task.due,
					required: task.required,
					done: task.done,
					done_at: task.doneAt
				}))
		}
	];
}
