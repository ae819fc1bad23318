import type { CsvField } from '$lib/domain/ticket-import/index';
import { m } from '$lib/paraglide/messages.js';

/** Each CSV field's name and one line of help in the UI language (the domain's are English). */
export const FIELD_LABELS: Record<CsvField, { label: () => string; help: () => string }> = {
	external_id: { label: () => m.qa_import_field_external_id(), help: () => m.qa_import_field_external_id_help() },
	created_at: { label: () => m.qa_import_field_created_at(), help: () => m.qa_import_field_created_at_help() },
	subject: { label: () => m.qa_import_field_subject(), help: () => m.qa_import_field_subject_help() },
	transcript: { label: () => m.qa_import_field_transcript(), help: () => m.qa_import_field_transcript_help() },
	description: { label: () => m.qa_import_field_description(), help: () => m.qa_import_field_description_help() },
	channel: { label: () => m.qa_import_field_channel(), help: () => m.qa_import_field_channel_help() },
	language: { label: () => m.qa_import_field_language(), help: () => m.qa_import_field_language_help() },
	first_response_at: {
		label: () => m.qa_import_field_first_response_at(),
		help: () => m.qa_import_field_first_response_at_help()
	},
	solved_at: { label: () => m.qa_import_field_solved_at(), help: () => m.qa_import_field_solved_at_help() },
	hero_email: { label: () => m.qa_import_field_hero_email(), help: () => m.qa_import_field_hero_email_help() },
	csat: { label: () => m.qa_import_field_csat(), help: () => m.qa_import_field_csat_help() },
	escalation: { label: () => m.qa_import_field_escalation(), help: () => m.qa_import_field_escalation_help() },
	tags: { label: () => m.qa_import_field_tags(), help: () => m.qa_import_field_tags_help() }
};
