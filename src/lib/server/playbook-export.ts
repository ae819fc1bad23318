import type { ExportLabels } from '#domain/playbooks/export';
import { m } from '$lib/paraglide/messages.js';

/** The words of an onboarding export in the request's language (Paraglide's locale for this request). */
export function exportLabels(): ExportLabels {
	return {
		client: m.pb_export_client(),
		template: m.pb_export_template(),
		director: m.pb_export_director(),
		kickoff: m.pb_export_kickoff(),
		goLive: m.pb_export_go_live(),
		status: m.pb_export_status(),
		statuses: { active: m.pb_export_status_active(), done: m.pb_export_status_done(), cancelled: m.pb_export_status_cancelled() },
		roles: { director: m.pb_export_role_director(), associate: m.pb_export_role_associate(), client: m.pb_export_role_client() },
		due: m.pb_export_due(),
		required: m.pb_export_required(),
		optional: m.pb_export_optional(),
		done: m.pb_export_done(),
		by: m.pb_export_by(),
		unassigned: m.pb_export_unassigned(),
		otherTasks: m.pb_export_other_tasks()
	};
}
