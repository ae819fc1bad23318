import { describe, expect, it } from 'vitest';
import { LeaderChangedError, LeaderGuard, type LeaderEvents } from './leader-guard';

/**
 * The tab's view of the shared database, played by hand: `change()` is a leader change (this tab
 * is then disconnected), `connect()` is the new leader answering this tab.
 */
function tab() {
	const listeners = new Set<() => void>();
	let connected = true;
	let onConnect: Array<() => void> = [];
	const db: LeaderEvents = {
		get waitReady() {
			return connected ? Promise.resolve() : new Promise<void>((resolve) => onConnect.push(resolve));
		},
		onLeaderChange(callback) {
			listeners.add(callback);
			return () => listeners.delete(callback);
		}
	};
	return {
		db,
		change() {
			connected = false;
			for (const listener of listeners) listener();
		},
		connect() {
			connected = true;
			for (const resolve of onConnect) resolve();
			onConnect = [];
		}
	};
}

/** A call that never settles: a transaction's lock release posted to nobody. */
const forever = () => new Promise<never>(() => undefined);

/** Settled state of a promise after pending callbacks ran. */
async function state(promise: Promise<unknown>): Promise<'pending' | 'resolved' | 'rejected'> {
	let result: 'pending' | 'resolved' | 'rejected' = 'pending';
	promise.then(
		() => (result = 'resolved'),
		() => (result = 'rejected')
	);
	await new Promise((resolve) => setTimeout(resolve, 0));
	return result;
}

describe('LeaderGuard', () => {
	it('gives up a call left waiting by a leader change, once the tab is connected again', async () => {
		const { db, change, connect } = tab();
		const guard = new LeaderGuard(db);
		const call = guard.run(forever);
		expect(await state(call)).toBe('pending');

		change();
		// Not before the new leader answers: the caller's retry would only wait again.
		expect(await state(call)).toBe('pending');
		connect();
		await expect(call).rejects.toBeInstanceOf(LeaderChangedError);
	});

	it('gives up at once when the tab is still connected (its own worker became the leader)', async () => {
		const { db } = tab();
		const listeners: Array<() => void> = [];
		const guard = new LeaderGuard({ waitReady: db.waitReady, onLeaderChange: (cb) => (listeners.push(cb), () => undefined) });
		const call = guard.run(forever);
		for (const listener of listeners) listener();
		await expect(call).rejects.toBeInstanceOf(LeaderChangedError);
	});

	it('leaves alone calls that settle, and calls started after the change', async () => {
		const { db, change, connect } = tab();
		const guard = new LeaderGuard(db);
		await expect(guard.run(async () => 42)).resolves.toBe(42);
		await expect(guard.run(() => Promise.reject(new Error('syntax error')))).rejects.toThrow('syntax error');

		change();
		let finish!: (value: string) => void;
		const later = guard.run(() => new Promise<string>((resolve) => (finish = resolve)));
		connect();
		expect(await state(later)).toBe('pending');
		finish('written');
		await expect(later).resolves.toBe('written');
	});

	it('keeps the error of a call that failed by itself during the change', async () => {
		const { db, change, connect } = tab();
		const guard = new LeaderGuard(db);
		let fail!: (error: Error) => void;
		const call = guard.run(() => new Promise<never>((_, reject) => (fail = reject)));
		change();
		fail(new Error('unique violation'));
		connect();
		await expect(call).rejects.toThrow('unique violation');
	});

	it('forgets settled calls and stops listening when stopped', async () => {
		const { db, change, connect } = tab();
		const guard = new LeaderGuard(db);
		for (let i = 0; i < 3; i++) await guard.run(async () => i);
		guard.stop();
		const call = guard.run(forever);
		change();
		connect();
		expect(await state(call)).toBe('pending');
	});
});
