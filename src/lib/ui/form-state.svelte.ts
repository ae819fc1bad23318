import { ApiError } from '$lib/ui/api';
import { describeError, firstIssuePerField, zodIssues } from '$lib/ui/errors';

type Parsed<T> =
	| { success: true; data: T }
	| { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

/**
 * What every console form shares: validation with a shared zod schema (the server runs the
 * same), a save that may fail, and errors shown per field (in the form's own words) or for the
 * whole form. Subclasses hold the fields and call `submitParsed` with their schema's result.
 */
export abstract class FormState<Field extends string> {
	submitting = $state(false);
	fieldErrors = $state<Partial<Record<Field, string>>>({});
	formError = $state<string | null>(null);

	/**
	 * @param fieldMessages what to say under each field when it is invalid
	 * @param conflictMessage what to say when the server answers 409 (a unique value taken)
	 */
	protected constructor(
		private readonly fieldMessages: Record<Field, () => string>,
		private readonly conflictMessage: () => string
	) {}

	/** Shows the validation errors, or saves; returns whether it saved. */
	protected async submitParsed<T>(parsed: Parsed<T>, save: (data: T) => Promise<void>): Promise<boolean> {
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
			if (error instanceof ApiError && error.issues.length > 0) this.#showIssues(firstIssuePerField(error.issues));
			this.formError = error instanceof ApiError && error.status === 409 ? this.conflictMessage() : describeError(error);
			return false;
		} finally {
			this.submitting = false;
		}
	}

	#showIssues(byField: Record<string, string>): void {
		const errors: Partial<Record<Field, string>> = {};
		for (const [field, message] of Object.entries(byField)) {
			if (field in this.fieldMessages) errors[field as Field] = this.fieldMessages[field as Field]();
			else this.formError ??= message;
		}
		this.fieldErrors = errors;
	}
}
