import type { DisputeView } from '#server/services/qa-disputes';
import type { Client } from '$lib/domain/directory';
import type { Resolution } from '$lib/domain/qa/disputes';
import type { DisputeStatus } from '$lib/domain/qa/room';
import { scaleValues, type Category, type Scorecard } from '$lib/domain/qa/scorecard';
import { NA } from '$lib/domain/qa/scoring';
import { api } from '$lib/ui/api';
import { describeError } from '$lib/ui/errors';
import { categoryOf } from './format';

/**
 * The disputes of one client for a director or associate: open first (the server's order),
 * filtered by status, each with its category from the review's scorecard version; accept or
 * reject through the API, then the list is read again. Online only.
 */

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' };

export interface DisputeRow {
	dispute: DisputeView;
	category: Category | null;
}

/** The values an accept may set: the category's scale, and N/A where it allows it. */
export function acceptValues(category: Category | null): (number | typeof NA)[] {
	if (!category) return [];
	return [...scaleValues(category.scale), ...(category.allowNA ? [NA as typeof NA] : [])];
}

export class DisputesBoard {
	#load = $state<Load>({ kind: 'loading' });
	#disputes = $state<DisputeView[]>([]);
	#versions = $state<Scorecard[]>([]);
	#clientId = $state<string | null>(null);
	#status = $state<DisputeStatus | ''>('');
	/** Answers to older selections are dropped. */
	#request = 0;

	constructor(
		private readonly clients: () => readonly Client[],
		initialClientId: string | null
	) {
		const first = clients()[0]?.id ?? null;
		this.#clientId = clients().some((c) => c.id === initialClientId) ? initialClientId : first;
	}

	get load(): Load {
		return this.#load;
	}
	get clientId(): string | null {
		return this.#clientId;
	}
	get status(): DisputeStatus | '' {
		return this.#status;
	}

	readonly rows: DisputeRow[] = $derived.by(() =>
		this.#disputes.map((dispute) => ({ dispute, category: categoryOf(this.#versions, dispute.scorecardId, dispute.scorecardVersion, dispute.categoryId) }))
	);

	select(clientId: string, status: DisputeStatus | ''): Promise<void> {
		this.#clientId = clientId;
		this.#status = status;
		return this.reload();
	}

	async reload(): Promise<void> {
		const clientId = this.#clientId;
		if (!clientId) return;
		const request = ++this.#request;
		this.#load = { kind: 'loading' };
		const id = encodeURIComponent(clientId);
		try {
			const [disputes, versions] = await Promise.all([
				api<DisputeView[]>(fetch, `/api/qa/disputes?clientId=${id}${this.#status ? `&status=${this.#status}` : ''}`),
				api<Scorecard[]>(fetch, `/api/qa/scorecards/versions?clientId=${id}`)
			]);
			if (request !== this.#request) return;
			this.#disputes = disputes;
			this.#versions = versions;
			this.#load = { kind: 'ready' };
		} catch (failure) {
			if (request === this.#request) this.#load = { kind: 'failed', message: describeError(failure) };
		}
	}

	/** Resolves a dispute (the caller shows the error), then reads the list again. */
	async resolve(disputeId: string, resolution: Resolution): Promise<void> {
		await api(fetch, `/api/qa/disputes/${encodeURIComponent(disputeId)}/resolve`, { method: 'POST', body: resolution });
		await this.reload();
	}
}
