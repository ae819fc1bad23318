import type { Language, Role } from '$lib/domain/access';
import { seesAllClients } from '$lib/domain/access';
import { userInput, userPatch, type User, type UserInput, type UserPatch } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { ApiError } from '$lib/ui/api';
import { describeError, firstIssuePerField, zodIssues } from '$lib/ui/errors';

/**
 * The invite and edit user forms: fields, validation with the shared schemas and errors.
 * Client assignments only mean something for roles that do not see every client.
 */

export type UserField = 'email' | 'name' | 'role' | 'languages' | 'clientIds';

const FIELD_MESSAGES: Record<UserField, () => string> = {
	email: () => m.user_error_email(),
	name: () => m.user_error_name(),
	role: () => m.user_error_role(),
	languages: () => m.user_error_languages(),
	clientIds: () => m.user_error_clients()
};

function isUserField(field: string): field is UserField {
	return field in FIELD_MESSAGES;
}

export class UserForm {
	email = $state('');
	name = $state('');
	role = $state<Role>('hero');
	languages = $state<Language[]>([]);
	clientIds = $state<string[]>([]);
	submitting = $state(false);
	fieldErrors = $state<Partial<Record<UserField, string>>>({});
	formError = $state<string | null>(null);

	constructor(initial?: User) {
		if (initial) {
			this.email = initial.email;
			this.name = initial.name;
			this.role = initial.role;
			this.languages = [...initial.languages];
			this.clientIds = [...initial.clientIds];
		}
	}

	/** Whether the role is limited to the clients assigned to it. */
	get usesAssignments(): boolean {
		return !seesAllClients(this.role);
	}

	invite(save: (input: UserInput) => Promise<void>): Promise<boolean> {
		return this.#submit(
			userInput.safeParse({
				email: this.email,
				name: this.name,
				role: this.role,
				languages: this.languages,
				clientIds: this.usesAssignments ? this.clientIds : []
			}),
			save
		);
	}

	update(save: (patch: UserPatch) => Promise<void>): Promise<boolean> {
		return this.#submit(
			userPatch.safeParse({
				name: this.name,
				role: this.role,
				languages: this.languages,
				...(this.usesAssignments ? { clientIds: this.clientIds } : {})
			}),
			save
		);
	}

	async #submit<T>(
		parsed: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
		save: (data: T) => Promise<void>
	): Promise<boolean> {
		this.formError = null;
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
				error instanceof ApiError && error.status === 409
					? m.user_error_email_taken()
					: describeError(error);
			return false;
		} finally {
			this.submitting = false;
		}
	}

	#showIssues(byField: Record<string, string>): void {
		const errors: Partial<Record<UserField, string>> = {};
		for (const [field, message] of Object.entries(byField)) {
			if (isUserField(field)) errors[field] = FIELD_MESSAGES[field]();
			else this.formError ??= message;
		}
		this.fieldErrors = errors;
	}
}
