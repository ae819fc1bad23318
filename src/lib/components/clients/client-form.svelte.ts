import type { Industry, Language } from '$lib/domain/access';
import { clientInput, type Client, type ClientInput } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { ApiError } from '$lib/ui/api';
import { describeError, firstIssuePerField, zodIssues } from '$lib/ui/errors';

/**
 * The create/edit client form: the fields, validation with the shared `clientInput` schema
 * (the server runs the same), and errors per field or for the whole form.
 */

export type ClientField = 'name' | 'industry' | 'languages' | 'timeZone';

const FIELD_MESSAGES: Record<ClientField, () => string> = {
	name: () => m.client_error_name(),
	industry: () => m.client_error_industry(),
	languages: () => m.client_error_languages(),
	timeZone: () => m.client_error_time_zone()
};

function isClientField(field: string): field is ClientField {
	return field in FIELD_MESSAGES;
}

export class ClientForm {
	name = $state('');
	industry = $state<Industry>('ecommerce');
	languages = $state<Language[]>([]);
	timeZone = $state('Europe/Paris');
	submitting = $state(false);
	fieldErrors = $state<Partial<Record<ClientField, string>>>({});
	formError = $state<string | null>(null);

	constructor(initial?: Client) {
		if (initial) {
			this.name = initial.name;
			this.industry = initial.industry;
			this.languages = [...initial.languages];
			this.timeZone = initial.timeZone;
		}
	}

	/** Validates, then calls `save`; returns whether it succeeded. */
	async submit(save: (input: ClientInput) => Promise<void>): Promise<boolean> {
		this.formError = null;
		const parsed = clientInput.safeParse({
			name: this.name,
			industry: this.industry,
			languages: this.languages,
			timeZone: this.timeZone
		});
		if (!parsed.success) {
			this.#showIssues(firstIssuePerField(zodIssues(parsed.error.issues)));
			return false;
		}
		this.fieldErrors = {};
		this.submitting = true;
		try {
			await save(parsed.data);
			return true;
		} catch (error) {
			if (error instanceof ApiError && error.issues.length > 0) {
				this.#showIssues(firstIssuePerField(error.issues));
			}
			this.formError =
				error instanceof ApiError && error.status === 409 ? m.client_error_name_taken() : describeError(error);
			return false;
		} finally {
			this.submitting = false;
		}
	}

	#showIssues(byField: Record<string, string>): void {
		const errors: Partial<Record<ClientField, string>> = {};
		for (const [field, message] of Object.entries(byField)) {
			if (isClientField(field)) errors[field] = FIELD_MESSAGES[field]();
			else this.formError ??= message;
		}
		this.fieldErrors = errors;
	}
}
