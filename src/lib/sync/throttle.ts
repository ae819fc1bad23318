/**
 * Calls `fn` at most once per `ms`: at once when the window is free, else once at its end with
 * the latest arguments (leading and trailing edge), so the last value always goes out.
 */
export class Throttle<A extends unknown[]> {
	#last = -Infinity;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#args: A | null = null;

	constructor(
		private readonly ms: number,
		private readonly fn: (...args: A) => void
	) {}

	call(...args: A): void {
		this.#args = args;
		const wait = this.#last + this.ms - Date.now();
		if (wait <= 0) this.#fire();
		else this.#timer ??= setTimeout(() => this.#fire(), wait);
	}

	cancel(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#args = null;
	}

	#fire(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const args = this.#args;
		this.#args = null;
		if (!args) return;
		this.#last = Date.now();
		this.fn(...args);
	}
}
