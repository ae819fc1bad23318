import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Role } from '#domain/access';
import { ServiceError } from '#server/errors';
import type { SessionUser } from '#server/auth/sessions';

/**
 * The small toolkit every API endpoint uses: parse and validate the body, require a role, and
 * turn known errors into JSON answers with a message (never a stack trace).
 */

export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
	let raw: unknown;
	try {
		raw = await request.json();
	} catch {
		throw new ServiceError(400, 'The request body is not valid JSON.');
	}
	return validate(raw, schema);
}

/**
 * For endpoints whose body fields are all optional (publish's message): no body at all reads as
 * `{}`, so a bare POST works; a body that is there must be valid JSON like anywhere else.
 */
export async function readOptionalBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
	const text = await request.text();
	if (text.trim() === '') return validate({}, schema);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw new ServiceError(400, 'The request body is not valid JSON.');
	}
	return validate(raw, schema);
}

/** The query string through its schema (`?q=&clientId=`): a bad one is a 400 naming the field. */
export function readQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
	return validate(Object.fromEntries(url.searchParams), schema);
}

/** A route parameter through its schema (`/revisions/[n]`): a bad one is a 400 naming it. */
export function readParam<S extends z.ZodType>(name: string, value: string | undefined, schema: S): z.output<S> {
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw new ServiceError(400, `${name}: ${parsed.error.issues[0]?.message ?? 'Invalid value'}`);
	return parsed.data;
}

function validate<S extends z.ZodType>(raw: unknown, schema: S): z.output<S> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
		throw new ValidationError(`${where}${first?.message ?? 'Invalid input'}`, parsed.error.issues);
	}
	return parsed.data;
}

export class ValidationError extends ServiceError {
	constructor(
		message: string,
		readonly issues: z.core.$ZodIssue[]
	) {
		super(400, message);
	}
}

export function requireUser(locals: App.Locals): SessionUser {
	if (!locals.user) throw new ServiceError(401, 'Sign in first.');
	return locals.user;
}

export function requireRole(locals: App.Locals, ...roles: Role[]): SessionUser {
	const user = requireUser(locals);
	if (!roles.includes(user.role)) throw new ServiceError(403, 'Your role may not do this.');
	return user;
}

type Handler = (event: RequestEvent) => Promise<Response> | Response;

/** Wraps an endpoint so ServiceErrors become JSON answers and anything else a bare 500. */
export function endpoint(handler: Handler): Handler {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			if (error instanceof ValidationError) {
				return json(
					{ ...error.details, message: error.message, issues: error.issues.map((i) => ({ path: i.path, message: i.message })) },
					{ status: 400 }
				);
			}
			if (ServiceError.is(error)) {
				return json({ ...error.details, message: error.message }, { status: error.status, headers: error.headers });
			}
			event.locals.app.log.error(`${event.request.method} ${event.url.pathname}`, error);
			return json({ message: 'Internal error.' }, { status: 500 });
		}
	};
}
