import type { CalibrationSession } from '$lib/domain/qa/calibration-session';
import { NA, validateAnswers, type Answer } from '$lib/domain/qa/scoring';
import { api, ApiError } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';

type Value = number | typeof NA;
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * One calibration session on screen: the session as the server last showed it, the user's own
 * answers (edited here, each change saved at once for its ticket, one save at a time, in
 * order), the submit, and a refresh for those waiting for the others.
 */
export class CalibrationScreen {
	#session = $state<CalibrationSession>() as CalibrationSession;
	#answers = $state<Record<string, Record<string, Value>>>({});
	ticketIndex = $state(0);
	saveState = $state<SaveState>('idle');
	saveError = $state<string | null>(null);
	submitError = $state<string | null>(null);
	submitting = $state(false);
	#queue: Promise<void> = Promise.resolve();
	readonly #fetch: typeof fetch;
	readonly #userId: string;

	constructor(session: CalibrationSession, userId: string, fetchFn: typeof fetch = fetch) {
		this.#fetch = fetchFn;
		this.#userId = userId;
		this.#take(session);
	}

	get session(): CalibrationSession {
		return this.#session;
	}

	/** The user scores: a participant who has not submitted, in an open session. */
	readonly editable: boolean = $derived(this.#session.status === 'open' && this.#session.mine === 'open');

	/** Waiting for the others to submit (refresh now and then to see the reveal). */
	readonly waiting: boolean = $derived(this.#session.status === 'open' && this.#session.mine !== 'open');

	readonly submittedCount: number = $derived(this.#session.participants.filter((p) => p.submitted).length);

	readonly ticket = $derived(this.#session.tickets[Math.min(this.ticketIndex, this.#session.tickets.length - 1)]);

	/** The user's own answers to a ticket, by category. */
	answersFor(ticketId: string): Readonly<Record<string, Value>> {
		return this.#answers[ticketId] ?? {};
	}

	/** Every category of the ticket answered, on its scale. */
	complete(ticketId: string): boolean {
		return validateAnswers(this.#session.scorecard, toAnswers(this.answersFor(ticketId))).length === 0;
	}

	readonly allComplete: boolean = $derived(this.#session.tickets.every((t) => this.complete(t.id)));

	setAnswer(ticketId: string, categoryId: string, value: Value): void {
		if (!this.editable) return;
		this.#answers[ticketId] = { ...this.answersFor(ticketId), [categoryId]: value };
		const answers = toAnswers(this.#answers[ticketId]);
		this.saveState = 'saving';
		this.#queue = this.#queue.then(() => this.#save(ticketId, answers));
	}

	async #save(ticketId: string, answers: Answer[]): Promise<void> {
		try {
			const body = { ticketId, answers };
			await api(this.#fetch, `/api/qa/calibrations/${encodeURIComponent(this.#session.id)}/answers`, { method: 'PUT', body });
			this.saveState = 'saved';
			this.saveError = null;
		} catch (failure) {
			this.saveState = 'failed';
			this.saveError = describeError(failure);
			// Submitted or revealed meanwhile (another tab): show the session as it is now.
			if (failure instanceof ApiError && failure.status === 409) await this.refresh();
		}
	}

	async submit(): Promise<void> {
		if (!this.editable || this.submitting) return;
		this.submitting = true;
		this.submitError = null;
		try {
			await this.#queue;
			await api(this.#fetch, `/api/qa/calibrations/${encodeURIComponent(this.#session.id)}/submit`, { method: 'POST' });
			await this.refresh();
		} catch (failure) {
			this.submitError = describeError(failure);
		} finally {
			this.submitting = false;
		}
	}

	/** Takes a participant out (directors and the creator); the session may reveal at once. */
	async removeParticipant(userId: string): Promise<void> {
		await api(this.#fetch, `/api/qa/calibrations/${encodeURIComponent(this.#session.id)}/participants/${encodeURIComponent(userId)}`, {
			method: 'DELETE'
		});
		await this.refresh();
	}

	/** Reads the session again (errors leave it as it was: the next refresh tries again). */
	async refresh(): Promise<void> {
		try {
			this.#take(await api<CalibrationSession>(this.#fetch, `/api/qa/calibrations/${encodeURIComponent(this.#session.id)}`));
		} catch {
			// Offline for a moment: keep what is shown.
		}
	}

	#take(session: CalibrationSession): void {
		this.#session = session;
		const own: Record<string, Record<string, Value>> = {};
		for (const answer of session.answers) {
			if (answer.userId !== this.#userId) continue;
			(own[answer.ticketId] ??= {})[answer.categoryId] = answer.value;
		}
		// While scoring, what is typed here is newer than what the server returned.
		if (!this.editable || Object.keys(this.#answers).length === 0) this.#answers = own;
	}
}

const toAnswers = (values: Readonly<Record<string, Value>>): Answer[] => Object.entries(values).map(([categoryId, value]) => ({ categoryId, value }));
