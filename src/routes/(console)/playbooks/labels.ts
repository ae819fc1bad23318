import type { ActivityKind, OnboardingStatus, OwnerRole } from '$lib/domain/playbooks/model';
import { m } from '$lib/paraglide/messages.js';

/** Words for the playbook model's codes, in the user's language. */

export const ownerRoleLabel = (role: OwnerRole): string =>
	({ director: m.pbp_role_director, associate: m.pbp_role_associate, client: m.pbp_role_client })[role]();

export const statusLabel = (status: OnboardingStatus): string =>
	({ active: m.pbp_status_active, done: m.pbp_status_done, cancelled: m.pbp_status_cancelled })[status]();

export const activityLabel = (kind: ActivityKind): string =>
	({
		started: m.pbp_activity_started,
		'task-done': m.pbp_activity_task_done,
		'task-reopened': m.pbp_activity_task_reopened,
		'task-owner': m.pbp_activity_task_owner,
		'task-due': m.pbp_activity_task_due,
		comment: m.pbp_activity_comment,
		'template-changes': m.pbp_activity_template_changes,
		status: m.pbp_activity_status
	})[kind]();
