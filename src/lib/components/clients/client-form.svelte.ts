import type { Industry, Language } from '$lib/domain/access';
import { clientInput, type Client, type ClientInput } from '$lib/domain/directory';
import { m } from '$lib/paraglide/messages.js';
import { FormState } from '$lib/ui/form-state.svelte';

/** The create/edit client form: its fields over the shared `clientInput` schema. */

export type ClientField = 'name' | 'industry' | 'languages' | 'timeZone';

export class ClientForm extends FormState<ClientField> {
	name = $state('');
	industry = $state<Industry>('ecommerce');
	languages = $state<Language[]>([]);
	timeZone = $state('Europe/Paris');

	constructor(initial?: Client) {
		super(
			{
				name: () => m.client_error_name(),
				industry: () => m.client_error_industry(),
				languages: () => m.client_error_languages(),
				timeZone: () => m.client_error_time_zone()
			},
			() => m.client_error_name_taken()
		);
		if (initial) {
			this.name = initial.name;
			this.industry = initial.industry;
			this.languages = [...initial.languages];
			this.timeZone = initial.timeZone;
		}
	}

	/** Validates, then calls `save`; returns whether it succeeded. */
	submit(save: (input: ClientInput) => Promise<void>): Promise<boolean> {
		const input = { name: this.name, industry: this.industry, languages: this.languages, timeZone: this.timeZone };
		return this.submitParsed(clientInput.safeParse(input), save);
	}
}
