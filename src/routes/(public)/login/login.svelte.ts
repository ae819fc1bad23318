import { loginInput, type Me } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { ApiError, api } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';

/** The sign-in form: fields, the one error shown above them, and the request. */

export interface LoginSuccess {
	user: Me;
	redirect: string;
}

export class LoginForm {
	email = $state('');
	password = $state('');
	submitting = $state(false);
	error = $state<string | null>(null);
	fieldErrors = $state<{ email?: string; password?: string }>({});

	async submit(fetchFn: typeof fetch): Promise<LoginSuccess | null> {
		const parsed = loginInput.safeParse({ email: this.email, password: this.password });
		this.error = null;
		if (!parsed.success) {
			const fields = parsed.error.issues.map((issue) => issue.path[0]);
			this.fieldErrors = {
				email: fields.includes('email') ? m.login_email_required() : undefined,
				password: fields.includes('password') ? m.login_password_required() : undefined
			};
			return null;
		}
		this.fieldErrors = {};
		this.submitting = true;
		try {
			return await api<LoginSuccess>(fetchFn, '/api/auth/login', {
				method: 'POST',
				body: parsed.data
			});
		} catch (error) {
			this.error = loginErrorMessage(error);
			return null;
		} finally {
			this.submitting = false;
		}
	}
}

function loginErrorMessage(error: unknown): string {
	if (error instanceof ApiError && error.status === 401) return m.login_error_credentials();
	if (error instanceof ApiError && error.status === 429) {
		if (error.retryAfterSeconds === null) return m.login_error_rate_limited();
		const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
		return m.login_error_rate_limited_minutes({ minutes });
	}
	return describeError(error);
}
