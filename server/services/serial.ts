/**
 * Runs tasks one at a time per key, in call order, in this process. A task's failure does not
 * stop the ones queued behind it. Keys whose queue is empty are forgotten.
 *
 * Publishing uses it per article: the published room must end up holding the highest revision,
 * and two publishes that each got their number could otherwise write the room, and the row,
 * in the opposite order.
 */
export class SerialByKey {
	private readonly tails = new Map<string, Promise<void>>();

	run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const previous = this.tails.get(key) ?? Promise.resolve();
		const result = previous.then(task);
		const tail = result.then(
			() => undefined,
			() => undefined
		);
		this.tails.set(key, tail);
		void tail.then(() => {
			if (this.tails.get(key) === tail) this.tails.delete(key);
		});
		return result;
	}

	/** Keys with a task running or queued (tests). */
	get size(): number {
		return this.tails.size;
	}
}
