/** Start-up status of the local store, as reactive state (local-store.ts itself has no runes). */

export type LocalStoreStatus = 'starting' | 'ready' | 'failed';

export class StoreStatus {
	#status = $state<LocalStoreStatus>('starting');
	#error = $state<string | null>(null);

	get status(): LocalStoreStatus {
		return this.#status;
	}

	get error(): string | null {
		return this.#error;
	}

	ready(): void {
		if (this.#status === 'starting') this.#status = 'ready';
	}

	/** The first failure wins: a timeout that fires after the real cause keeps the real cause. */
	fail(message: string): void {
		if (this.#status === 'failed') return;
		this.#status = 'failed';
		this.#error = message;
	}
}
