import type { Language, Role } from '$lib/domain/access';
import { seesAllClients } from '$lib/domain/access';
import { userInput, userPatch, type User, type UserInput, type UserPatch } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { FormState } from '$lib/ui/form-state.svelte';

/**
 * The invite and edit user forms over the shared schemas. Client assignments only mean
 * something for roles that do not see every client.
 */

export type UserField = 'email' | 'name' | 'role' | 'languages' | 'clientIds';

export class UserForm extends FormState<UserField> {
	email = $state('');
	name = $state('');
	role = $state<Role>('hero');
	languages = $state<Language[]>([]);
	clientIds = $state<string[]>([]);

	constructor(initial?: User) {
		super(
			{
				email: () => m.user_error_email(),
				name: () => m.user_error_name(),
				role: () => m.user_error_role(),
				languages: () => m.user_error_languages(),
				clientIds: () => m.user_error_clients()
			},
			() => m.user_error_email_taken()
		);
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
		const input = {
			email: this.email,
			name: this.name,
			role: this.role,
			languages: this.languages,
			clientIds: this.usesAssignments ? this.clientIds : []
		};
		return this.submitParsed(userInput.safeParse(input), save);
	}

	update(save: (patch: UserPatch) => Promise<void>): Promise<boolean> {
		const patch = {
			name: this.name,
			role: this.role,
			languages: this.languages,
			...(this.usesAssignments ? { clientIds: this.clientIds } : {})
		};
		return this.submitParsed(userPatch.safeParse(patch), save);
	}
}
