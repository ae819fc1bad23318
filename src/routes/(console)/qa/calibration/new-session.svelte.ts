import { MAX_CALIBRATION_TICKETS, type CalibrationOptions } from '$lib/domain/qa/calibration-session';
import { api } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';
import { filterByQuery } from '$lib/ui/match';

type OptionsLoad = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; options: CalibrationOptions };

/**
 * The new-session form: a client, a name, tickets picked from the client's recent ones (in the
 * order picked, at most MAX_CALIBRATION_TICKETS) and at least two participants.
 */
export class NewSessionForm {
	clientId = $state('');
	name = $state('');
	ticketFilter = $state('');
	tickets = $state<string[]>([]);
	participants = $state<string[]>([]);
	error = $state<string | null>(null);
	submitting = $state(false);
	#load = $state<OptionsLoad>({ kind: 'idle' });
	readonly #fetch: typeof fetch;

	constructor(fetchFn: typeof fetch = fetch) {
		this.#fetch = fetchFn;
	}

	get load(): OptionsLoad {
		return this.#load;
	}

	readonly options: CalibrationOptions | null = $derived(this.#load.kind === 'ready' ? this.#load.options : null);

	readonly shownTickets = $derived(filterByQuery(this.options?.tickets ?? [], this.ticketFilter, (t) => `${t.subject} ${t.language} ${t.channel}`));

	readonly ready: boolean = $derived(
		this.name.trim() !== '' && this.tickets.length > 0 && this.participants.length >= 2 && this.options?.scorecard != null && !this.submitting
	);

	async selectClient(clientId: string): Promise<void> {
		this.clientId = clientId;
		this.tickets = [];
		this.participants = [];
		this.error = null;
		this.#load = { kind: 'loading' };
		try {
			const options = await api<CalibrationOptions>(this.#fetch, `/api/qa/calibrations/options?clientId=${encodeURIComponent(clientId)}`);
			if (this.clientId === clientId) this.#load = { kind: 'ready', options };
		} catch (failure) {
			if (this.clientId === clientId) this.#load = { kind: 'failed', message: describeError(failure) };
		}
	}

	toggleTicket(id: string, on: boolean): void {
		if (on && !this.tickets.includes(id) && this.tickets.length < MAX_CALIBRATION_TICKETS) this.tickets = [...this.tickets, id];
		if (!on) this.tickets = this.tickets.filter((t) => t !== id);
	}

	toggleParticipant(id: string, on: boolean): void {
		if (on && !this.participants.includes(id)) this.participants = [...this.participants, id];
		if (!on) this.participants = this.participants.filter((p) => p !== id);
	}

	/** Creates the session; its id, or null when refused (the reason in `error`). */
	async create(): Promise<string | null> {
		if (!this.ready) return null;
		this.submitting = true;
		this.error = null;
		try {
			const body = { clientId: this.clientId, name: this.name, ticketIds: this.tickets, participantIds: this.participants };
			return (await api<{ id: string }>(this.#fetch, '/api/qa/calibrations', { method: 'POST', body })).id;
		} catch (failure) {
			this.error = describeError(failure);
			return null;
		} finally {
			this.submitting = false;
		}
	}
}
