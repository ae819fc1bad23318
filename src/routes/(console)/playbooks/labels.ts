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

/** Tasks done out of all, as a progress bar shows them: the fraction and "3/8 · 38%" (no tasks: 0 of 0). */
export function taskProgress(done: number, total: number): { value: number; text: string } {
	const value = total === 0 ? 0 : done / total;
	return { value, text: m.pbp_progress_numbers({ done, total, percent: Math.round(value * 100) }) };
}
