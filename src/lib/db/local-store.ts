import { browser } from '$app/environment';
import type { Transaction } from '@electric-sql/pglite';
import type { LiveNamespace } from '@electric-sql/pglite/live';
import type { PGliteWorker } from '@electric-sql/pglite/worker';
import { LeaderGuard } from './leader-guard';
import { LiveQuery } from './live-query.svelte';
import { migrate, type MigrationDb, type MigrationFile } from './migrate';
import { StoreStatus } from './store-status.svelte';
import type { LocalStore, LocalStoreOptions, LocalTransaction } from './types';
import { DATABASE_ID, isInitFailed } from './worker-protocol';

export type { LocalStoreStatus } from './store-status.svelte';
export type { LocalStore, LocalStoreOptions, LocalTransaction } from './types';
export { LiveQuery };

type Db = PGliteWorker & { live: LiveNamespace };

const MIGRATIONS: MigrationFile[] = Object.entries(
	import.meta.glob<string>(['/migrations/*.sql', '!/migrations/*.server.sql'], { query: '?raw', import: 'default', eager: true })
).map(([path, sql]) => ({ name: path.slice(path.lastIndexOf('/') + 1), sql }));

/**
 * Opens the browser store: starts the PGlite worker (see pglite.worker.ts), joins the tabs'
 * leader election, applies the browser migrations, then reports 'ready'. Create it once per tab,
 * in the layout that owns it, and share it with setLocalStore(). On the server it returns an
 * inert store that never becomes ready, so rendering a page that creates one is harmless.
 */
export function createLocalStore(options: LocalStoreOptions = {}): LocalStore {
	if (!browser) return serverPlaceholder();
	const timeoutMs = options.startTimeoutMs ?? 45_000;
	const status = new StoreStatus();
	let abort: (error: Error) => void = () => undefined;
	const aborted = new Promise<never>((_, reject) => (abort = reject));
	let worker: Worker | null = null;
	let db: Db | null = null;
	let guard: LeaderGuard | null = null;
	let closed = false;

	async function open(): Promise<Db> {
		const [{ PGliteWorker }, { live }] = await Promise.all([
			import('@electric-sql/pglite/worker'),
			import('@electric-sql/pglite/live')
		]);
		if (closed) throw new Error('The local store was closed while starting');
		worker = new Worker(new URL('./pglite.worker.ts', import.meta.url), { type: 'module' });
		const crashed = new Promise<never>((_, reject) => {
			worker?.addEventListener('message', (event: MessageEvent) => {
				if (!isInitFailed(event.data)) return;
				reject(new Error(`Could not open the local database: ${event.data.message}`));
			});
			worker?.addEventListener('error', (event) => {
				const detail = event.message ? `: ${event.message}` : '';
				reject(new Error(`The local database worker did not load${detail}`));
			});
		});
		// `live` belongs on this side only: it turns queries into subscriptions over the worker.
		const created = PGliteWorker.create(worker, { id: DATABASE_ID, extensions: { live } });
		const instance = await Promise.race([created, crashed]);
		if (closed) {
			// Timed out or closed while PGlite was still starting: don't leave it running.
			await instance.close();
			throw new Error('The local store was closed while starting');
		}
		db = instance;
		guard = new LeaderGuard(instance);
		await Promise.race([instance.waitReady, crashed]);
		// Tabs opening at once would otherwise interleave their checks on the shared database.
		await navigator.locks.request(`${DATABASE_ID}:migrate`, () =>
			migrate(asMigrationDb(instance), MIGRATIONS, 'browser')
		);
		return instance;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			const seconds = Math.ceil(timeoutMs / 1000);
			const hint = 'Reload the page; if this keeps happening, this browser may block storage here.';
			reject(new Error(`The local database did not start within ${seconds} s. ${hint}`));
		}, timeoutMs);
	});
	const ready = Promise.race([open(), deadline, aborted]).then(
		() => {
			clearTimeout(timer);
			status.ready();
		},
		async (error: unknown) => {
			clearTimeout(timer);
			status.fail(error instanceof Error ? error.message : String(error));
			await shutDown();
			throw error;
		}
	);
	// Marks the rejection as handled for pages that only watch `status`; awaiting still throws.
	ready.catch(() => undefined);

	async function shutDown(): Promise<void> {
		closed = true;
		guard?.stop();
		if (db) await db.close();
		else worker?.terminate();
	}

	async function use(): Promise<Db> {
		await ready;
		if (closed || !db) throw new Error('The local store is closed');
		return db;
	}

	/** A call on the database that a leader change cannot leave waiting forever. */
	async function call<T>(run: (db: Db) => Promise<T>): Promise<T> {
		const current = await use();
		return guard ? guard.run(() => run(current)) : run(current);
	}

	return {
		get status() {
			return status.status;
		},
		get error() {
			return status.error;
		},
		ready,
		query: async <T>(sql: string, params?: unknown[]) => (await call((db) => db.query<T>(sql, params))).rows,
		exec: async (sql) => {
			await call((db) => db.exec(sql));
		},
		transaction: async (fn) => call((db) => db.transaction((tx) => fn(scoped(tx)))),
		live: (sql, params) => new LiveQuery(use, sql, params),
		close: async () => {
			abort(new Error('The local store was closed'));
			await shutDown();
		}
	};
}

function scoped(tx: Transaction): LocalTransaction {
	return {
		query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
		exec: async (sql) => {
			await tx.exec(sql);
		}
	};
}

function asMigrationDb(db: Db): MigrationDb {
	return {
		query: (sql, params) => db.query(sql, params),
		exec: async (sql) => {
			await db.exec(sql);
		},
		transaction: (fn) =>
			db.transaction((tx) =>
				fn({
					query: (sql, params) => tx.query(sql, params),
					exec: async (sql) => {
						await tx.exec(sql);
					}
				})
			)
	};
}

/** During SSR there is no local database: an inert store that never becomes ready. */
function serverPlaceholder(): LocalStore {
	const unavailable = () => Promise.reject(new Error('The local store exists only in the browser'));
	return {
		status: 'starting',
		error: null,
		ready: new Promise<void>(() => undefined),
		query: unavailable,
		exec: unavailable,
		transaction: unavailable,
		live: (sql, params) => new LiveQuery(() => new Promise<never>(() => undefined), sql, params),
		close: async () => undefined
	};
}
