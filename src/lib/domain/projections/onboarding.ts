import * as Y from 'yjs';
import type { RoomName } from '#protocol/rooms';
import { isStarted, readOnboardingMeta, readOnboardingTasks } from '../playbooks/onboarding';
import { isIsoDate } from '../playbooks/template';
import type { TableRows } from './types';

/**
 * `onboarding.<id>` → one `onboarding_state` row and one `onboarding_task` row per task not
 * removed: the overview's progress, overdue and due-this-week counts are SQL over these (in the
 * browser, offline too, and on the server for GET /api/onboardings). Nothing until the server
 * has seeded the room. `version` (roomVersion) tells the overview whether the device holds the
 * room as the server does.
 */
export function projectOnboarding(room: RoomName, doc: Y.Doc): TableRows[] {
	const scope = { onboarding_id: room.id };
	const meta = readOnboardingMeta(doc);
	// A room the server has not seeded (or whose dates a bad peer broke) projects nothing rather
	// than failing the store's `date` columns, and with them the transaction of the room's log.
	if (!isStarted(doc) || !isIsoDate(meta.kickoff)) {
		return [
			{ table: 'onboarding_task', scope, rows: [] },
			{ table: 'onboarding_state', scope, rows: [] }
		];
	}
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
					go_live: isIsoDate(meta.goLive) ? meta.goLive : null,
					status: meta.status,
					base_at: meta.baseAt,
					version: roomVersion(doc)
				}
			]
		},
		{
			table: 'onboarding_task',
			scope,
			rows: tasks
				.filter((task) => isIsoDate(task.due))
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

/**
 * The number of operations a doc holds: the sum of its state vector's clocks. Equal on every peer
 * that holds the same updates, and grows with every change (onboarding rooms only add: a value
 * set on a map key is a new operation, nothing is deleted without one).
 */
export function roomVersion(doc: Y.Doc): number {
	let version = 0;
	for (const clock of Y.decodeStateVector(Y.encodeStateVector(doc)).values()) version += clock;
	return version;
}
