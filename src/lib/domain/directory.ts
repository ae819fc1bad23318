import { z } from 'zod';
import { INDUSTRIES, LANGUAGES, ROLES, UI_LOCALES, type Role } from './access';

/** Shapes of users and clients as the API returns them and the browser stores them. */

export interface Client {
	id: string;
	name: string;
	industry: (typeof INDUSTRIES)[number];
	languages: (typeof LANGUAGES)[number][];
	timeZone: string;
}

export interface User {
	id: string;
	email: string;
	name: string;
	role: Role;
	languages: (typeof LANGUAGES)[number][];
	locale: (typeof UI_LOCALES)[number];
	active: boolean;
	clientIds: string[];
	createdAt: string;
}

/** The signed-in user, as `GET /api/me` returns it. */
export type Me = Omit<User, 'createdAt' | 'active'>;

function isTimeZone(value: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

const languages = z
	.array(z.enum(LANGUAGES))
	.max(LANGUAGES.length)
	.transform((list) => [...new Set(list)]);

export const clientInput = z.object({
	name: z.string().trim().min(2, 'Name must have at least 2 characters').max(80),
	industry: z.enum(INDUSTRIES),
	languages: languages.refine((list) => list.length > 0, 'Pick at least one language'),
	timeZone: z.string().refine(isTimeZone, 'Unknown time zone')
});
export type ClientInput = z.infer<typeof clientInput>;

export const clientPatch = clientInput.partial();
export type ClientPatch = z.infer<typeof clientPatch>;

export const userInput = z.object({
	email: z.email('Enter a valid email address').transform((email) => email.toLowerCase()),
	name: z.string().trim().min(1, 'Name is required').max(120),
	role: z.enum(ROLES),
	languages: languages.default([]),
	clientIds: z.array(z.string().min(1)).default([]),
	/** Optional initial password; when absent the server generates one and returns it once. */
	password: z.string().min(10, 'Password must have at least 10 characters').max(200).optional()
});
export type UserInput = z.infer<typeof userInput>;

export const userPatch = z.object({
	name: z.string().trim().min(1).max(120).optional(),
	role: z.enum(ROLES).optional(),
	languages: languages.optional(),
	clientIds: z.array(z.string().min(1)).optional(),
	active: z.boolean().optional()
});
export type UserPatch = z.infer<typeof userPatch>;

export const loginInput = z.object({
	email: z.string().trim().min(1, 'Email is required').max(320),
	password: z.string().min(1, 'Password is required').max(200)
});

export const mePatch = z.object({ locale: z.enum(UI_LOCALES) });

export function toMe({ id, email, name, role, languages, locale, clientIds }: User): Me {
	return { id, email, name, role, languages, locale, clientIds };
}
