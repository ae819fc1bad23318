import { PGlite } from '@electric-sql/pglite';
import { live } from '@electric-sql/pglite/live';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveSubscription, type LiveDb } from './live-subscription';

/**
 * Real PGlite with the real `live` extension, in Node. A leader change is played the way the
 * browser sees it: the database that served the live query goes away (the leader tab closed)
 * and the same data is served by another instance (the new leader), then `leader-change` fires.
 */

type Item = { id: number; name: string };

async function open(data?: Blob): Promise<LiveDb & { pg: PGlite }> {
	const pg = await PGlite.create({ extensions: { live }, ...(data ? { loadDataDir: data } : {}) });
	return { pg, live: pg.live, waitReady: pg.waitReady, onLeaderChange: (cb) => leader.on(cb) };
}

const leader = {
	listeners: new Set<() => void>(),
	on(cb: () => void) {
		this.listeners.add(cb);
		return () => this.listeners.delete(cb);
	},
	change() {
		for (const cb of this.listeners) cb();
	}
};

/** Collects results and lets a test wait for the one it expects. */
function recorder() {
	const seen: Item[][] = [];
	const errors: Error[] = [];
	return {
		seen,
		errors,
		listener: { rows: (rows: Item[]) => void seen.push(rows), error: (e: Error) => void errors.push(e) },
		async until(check: (rows: Item[]) => boolean) {
			await expect.poll(() => seen.some(check), { timeout: 5000 }).toBe(true);
		}
	};
}

let first: Awaited<ReturnType<typeof open>>;
beforeAll(async () => {
	first = await open();
	await first.pg.exec("create table item (id int primary key, name text); insert into item values (1, 'one')");
});
afterAll(() => first.pg.close());

describe('LiveSubscription', () => {
	it('delivers the initial rows, then every change, and nothing after stop()', async () => {
		const r = recorder();
		const sub = new LiveSubscription<Item>(async () => first, 'select * from item order by id', [], r.listener);
		sub.start();
		await r.until((rows) => rows.length === 1);
		await first.pg.query("insert into item values (2, 'two')");
		await r.until((rows) => rows.length === 2);
		await sub.stop();
		const count = r.seen.length;
		await first.pg.query("insert into item values (3, 'three')");
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(r.seen).toHaveLength(count);
		expect(sub.running).toBe(false);
		await first.pg.query('delete from item where id > 1');
	});

	it('reports a bad query as an error instead of hanging', async () => {
		const r = recorder();
		const sub = new LiveSubscription<Item>(async () => first, 'select * from missing', [], r.listener);
		sub.start();
		await expect.poll(() => r.errors.length).toBe(1);
		expect(r.errors[0]!.message).toMatch(/missing/);
		await sub.stop();
	});

	it('re-subscribes on the new leader after the old one goes away', async () => {
		const data = await first.pg.dumpDataDir('none');
		let current = await open(data);
		const r = recorder();
		const sub = new LiveSubscription<Item>(async () => current, 'select * from item order by id', [], r.listener);
		sub.start();
		await r.until((rows) => rows.length === 1);

		// The leader tab closes and its database with it; another tab opens the same data.
		const old = current;
		current = await open(await old.pg.dumpDataDir('none'));
		await old.pg.close();
		leader.change();
		await current.pg.query("insert into item values (2, 'written on the new leader')");
		await r.until((rows) => rows.some((row) => row.name === 'written on the new leader'));
		expect(r.errors).toEqual([]);

		await sub.stop();
		await current.pg.close();
	});
});
