import { createSubscriber } from 'svelte/reactivity';
import { LiveSubscription, type LiveDb } from './live-subscription';

/**
 * A PGlite live query as reactive state. The subscription opens when `rows`, `loading` or
 * `error` is first read in a reactive context (template, `$derived`, `$effect`) and closes when
 * nothing reads them any more, so a component that stops showing a list stops paying for it.
 * Read outside a reactive context, the getters return the last known values and open nothing.
 *
 *     const clients = store.live<{ id: string; name: string }>('select id, name from client');
 *     {#each clients.rows as client (client.id)} … {/each}
 */
export class LiveQuery<T> {
	#rows = $state.raw<T[]>([]);
	#loading = $state(true);
	#error = $state<Error | null>(null);
	#subscription: LiveSubscription<T>;
	#subscribe: () => void;
	#destroyed = false;

	constructor(db: () => Promise<LiveDb>, sql: string, params: unknown[] = []) {
		this.#subscription = new LiveSubscription<T>(db, sql, params, {
			rows: (rows) => {
				this.#rows = rows;
				this.#loading = false;
				this.#error = null;
			},
			error: (error) => {
				this.#error = error;
				this.#loading = false;
			}
		});
		this.#subscribe = createSubscriber(() => {
			if (this.#destroyed) return;
			this.#subscription.start();
			return () => void this.#subscription.stop();
		});
	}

	get rows(): T[] {
		this.#subscribe();
		return this.#rows;
	}

	/** True until the first result (or error) arrives. */
	get loading(): boolean {
		this.#subscribe();
		return this.#loading;
	}

	get error(): Error | null {
		this.#subscribe();
		return this.#error;
	}

	/** Closes the subscription for good, even if something still reads it. */
	destroy(): Promise<void> {
		this.#destroyed = true;
		return this.#subscription.stop();
	}
}
