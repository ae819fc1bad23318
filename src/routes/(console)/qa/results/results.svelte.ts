import type { QaReview } from '#server/services/qa';
import type { DisputeView } from '#server/services/qa-disputes';
import type { Client } from '$lib/domain/directory';
import type { Category, Scorecard } from '$lib/domain/qa/scorecard';
import { api } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';
import { categoryOf } from '../disputes/format';

/**
 * A hero's own QA results: their submitted reviews of the last `RESULTS_DAYS` days for each of
 * their clients (the API returns a hero's own reviews only), newest first, each category with
 * its name from the review's scorecard version and its latest dispute. Online only.
 */

export const RESULTS_DAYS = 90;

export interface ResultCategory {
	categoryId: string;
	category: Category | null;
	value: number | 'na';
	score: number | null;
	/** The category's latest dispute; null when never disputed. */
	dispute: DisputeView | null;
}

export interface ResultReview {
	review: QaReview;
	clientName: string;
	categories: ResultCategory[];
}

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' };

interface ClientData {
	client: Client;
	reviews: QaReview[];
	versions: Scorecard[];
	disputes: DisputeView[];
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The period asked for: `RESULTS_DAYS` days up to tomorrow (UTC), so today in any zone is in. */
export function resultsPeriod(now: number): { from: string; to: string } {
	return { from: day(now - RESULTS_DAYS * 86_400_000), to: day(now + 86_400_000) };
}

export class MyResults {
	#load = $state<Load>({ kind: 'loading' });
	#data = $state<ClientData[]>([]);
	readonly #clients: () => readonly Client[];

	constructor(clients: () => readonly Client[]) {
		this.#clients = clients;
	}

	get load(): Load {
		return this.#load;
	}

	/** Every review of every client, newest submission first. */
	readonly reviews: ResultReview[] = $derived.by(() =>
		this.#data
			.flatMap(({ client, reviews, versions, disputes }) =>
				reviews.map((review) => ({
					review,
					clientName: client.name,
					categories: review.categories.map((answer) => ({
						...answer,
						category: categoryOf(versions, review.scorecardId, review.scorecardVersion, answer.categoryId),
						// The list is newest first: the first match is the latest.
						dispute: disputes.find((d) => d.reviewId === review.id && d.categoryId === answer.categoryId) ?? null
					}))
				}))
			)
			.sort((a, b) => (b.review.submittedAt ?? '').localeCompare(a.review.submittedAt ?? '') || a.review.id.localeCompare(b.review.id))
	);

	async reload(): Promise<void> {
		this.#load = { kind: 'loading' };
		const { from, to } = resultsPeriod(Date.now());
		try {
			this.#data = await Promise.all(
				this.#clients().map(async (client) => {
					const id = encodeURIComponent(client.id);
					const [reviews, versions, disputes] = await Promise.all([
						api<QaReview[]>(fetch, `/api/qa/reviews?clientId=${id}&from=${from}&to=${to}`),
						api<Scorecard[]>(fetch, `/api/qa/scorecards/versions?clientId=${id}`),
						api<DisputeView[]>(fetch, `/api/qa/disputes?clientId=${id}`)
					]);
					return { client, reviews, versions, disputes };
				})
			);
			this.#load = { kind: 'ready' };
		} catch (failure) {
			this.#load = { kind: 'failed', message: describeError(failure) };
		}
	}

	/** Disputes a category; the caller shows the error. Refreshes that client's disputes. */
	async dispute(review: QaReview, categoryId: string, comment: string): Promise<void> {
		await api(fetch, `/api/qa/reviews/${encodeURIComponent(review.id)}/disputes`, { method: 'POST', body: { categoryId, comment } });
		const disputes = await api<DisputeView[]>(fetch, `/api/qa/disputes?clientId=${encodeURIComponent(review.clientId)}`);
		this.#data = this.#data.map((entry) => (entry.client.id === review.clientId ? { ...entry, disputes } : entry));
	}
}
