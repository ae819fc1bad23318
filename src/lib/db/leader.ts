import type { PGlite } from '@electric-sql/pglite';
import type { PGliteWorkerOptions } from '@electric-sql/pglite/worker';

/**
 * The worker side of PGlite's multi-tab protocol, spoken with the unchanged `PGliteWorker` of
 * `@electric-sql/pglite/worker` (0.5.16, pinned) in every tab. It is PGlite's own `worker()`
 * with two bugs of its lock hand-back fixed; both leave the shared database waiting forever for
 * every tab, the leader included, and both were seen when a tab reloads:
 *
 * - **A lock granted to a tab that has gone.** A tab asks for the query or transaction lock and
 *   closes while waiting for it. PGlite's worker releases the tab's locks when it closes, but
 *   this one is granted afterwards and never released. Here a lock granted to a closed tab is
 *   handed back at once.
 * - **A rollback after the lock is gone.** When a tab closes inside a transaction, PGlite's
 *   worker queues `ROLLBACK` behind the transaction lock and releases that lock, so a tab already
 *   waiting for it runs first, inside the closed tab's open transaction, and commits its partial
 *   work. Here the rollback runs while the closed tab's transaction lock is still held.
 *
 * Errors also keep their fields (`code`, `detail`, …), not only the message, so the tab can tell
 * a unique violation from a syntax error.
 */

type LeaderOptions = Omit<PGliteWorkerOptions, 'extensions'>;

export async function serveAsLeader(init: (options: LeaderOptions) => Promise<PGlite>): Promise<void> {
	postMessage({ type: 'here' });
	const options = await new Promise<LeaderOptions>((resolve) => {
		const onInit = (event: MessageEvent) => {
			if ((event.data as { type?: string } | null)?.type !== 'init') return;
			removeEventListener('message', onInit);
			resolve((event.data as { options: LeaderOptions }).options);
		};
		addEventListener('message', onInit);
	});

	// The same group id as PGlite's worker: tabs elect one leader per id.
	const id = options.id ?? `${import.meta.url}:${options.dataDir ?? ''}`;
	postMessage({ type: 'ready', id });

	const broadcast = new BroadcastChannel(`pglite-broadcast:${id}`);
	const tabs = new Set<string>();
	// Held until this worker ends: whoever holds it runs the database.
	await holdLock(`pglite-election-lock:${id}`);

	const opening = init(options);
	broadcast.onmessage = (event: MessageEvent) => {
		const message = event.data as { type?: string; id?: string } | null;
		if (message?.type !== 'tab-here' || typeof message.id !== 'string') return;
		const tabId = message.id;
		// A database that failed to open was reported by `init`; the tabs are told there.
		opening.then((pg) => connectTab(tabId, pg, tabs)).catch(() => undefined);
	};
	broadcast.postMessage({ type: 'leader-here', id });
	postMessage({ type: 'leader-now' });

	const pg = await opening;
	pg.onNotification((channel, payload) => broadcast.postMessage({ type: 'notify', channel, payload }));
}

function connectTab(tabId: string, pg: PGlite, tabs: Set<string>): void {
	if (tabs.has(tabId)) return;
	tabs.add(tabId);
	const channel = new BroadcastChannel(`pglite-tab:${tabId}`);
	const locks = new TabLocks(pg);
	let open = true;
	const reply = (message: unknown) => {
		if (open) channel.postMessage(message);
	};

	// The tab holds this lock while it lives; we get it when the tab has gone.
	void navigator.locks.request(`pglite-tab-close:${tabId}`, async () => {
		open = false;
		channel.close();
		tabs.delete(tabId);
		await locks.tabClosed();
	});

	const api = tabApi(pg, locks);
	channel.addEventListener('message', (event: MessageEvent) => {
		const message = event.data as { type?: string; callId?: string; method?: keyof typeof api; args?: unknown[] } | null;
		if (message?.type !== 'rpc-call' || !message.method || !(message.method in api)) return;
		const { callId, method, args = [] } = message;
		void (async () => {
			await pg.waitReady;
			try {
				const call = api[method] as (...a: unknown[]) => Promise<unknown>;
				reply({ type: 'rpc-return', callId, result: await call(...args) });
			} catch (error) {
				reply({ type: 'rpc-error', callId, error: errorFields(error) });
			}
		})();
	});
	reply({ type: 'connected' });
}

/** PGlite's two locks: one query at a time, one transaction at a time. */
type LockKind = 'query' | 'transaction';

/** The query and transaction locks one tab holds on the shared database. */
class TabLocks {
	#closed = false;
	readonly #held: Record<LockKind, (() => void) | null> = { query: null, transaction: null };

	constructor(private readonly pg: PGlite) {}

	/** Resolves once the tab holds `kind`; a lock granted after the tab closed is handed back. */
	acquire(kind: LockKind): Promise<void> {
		const run = kind === 'query' ? this.pg._runExclusiveQuery.bind(this.pg) : this.pg._runExclusiveTransaction.bind(this.pg);
		return new Promise((resolve) => {
			void run(
				() =>
					new Promise<void>((release) => {
						if (this.#closed) release();
						else this.#held[kind] = release;
						resolve();
					})
			);
		});
	}

	release(kind: LockKind): void {
		this.#held[kind]?.();
		this.#held[kind] = null;
	}

	/** The tab has gone: hand back what it held, rolling back its transaction first. */
	async tabClosed(): Promise<void> {
		this.#closed = true;
		const inTransaction = this.#held.transaction !== null;
		this.release('query');
		if (inTransaction) {
			try {
				// Not `exec`: that waits for the transaction lock, which the closed tab still holds.
				await this.pg._runExclusiveQuery(() => this.pg.execProtocol(simpleQuery('ROLLBACK')));
			} catch (error) {
				console.error('Could not roll back the transaction of a closed tab', error);
			}
		}
		this.release('transaction');
	}
}

function tabApi(pg: PGlite, locks: TabLocks) {
	return {
		getDebugLevel: async () => pg.debug,
		close: () => pg.close(),
		async execProtocol(message: Uint8Array) {
			const { messages, data } = await pg.execProtocol(message);
			return { messages, data: ownBuffer(data) };
		},
		execProtocolStream: (message: Uint8Array) => pg.execProtocolStream(message),
		execProtocolRawStream: (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) =>
			pg.execProtocolRawStream(message, options),
		execProtocolRaw: async (message: Uint8Array) => ownBuffer(await pg.execProtocolRaw(message)),
		dumpDataDir: (compression?: Parameters<PGlite['dumpDataDir']>[0]) => pg.dumpDataDir(compression),
		syncToFs: () => pg.syncToFs(),
		_handleBlob: (blob?: File | Blob) => pg._handleBlob(blob),
		_getWrittenBlob: () => pg._getWrittenBlob(),
		_cleanupBlob: () => pg._cleanupBlob(),
		_checkReady: () => pg._checkReady(),
		_acquireQueryLock: () => locks.acquire('query'),
		_releaseQueryLock: async () => locks.release('query'),
		_acquireTransactionLock: () => locks.acquire('transaction'),
		_releaseTransactionLock: async () => locks.release('transaction')
	};
}

/**
 * A result may be a view into the whole wasm memory; posting it would copy all of that. Copy
 * just the bytes.
 */
function ownBuffer(data: Uint8Array): Uint8Array {
	return data.byteLength === data.buffer.byteLength ? data : data.slice();
}

/** What of an error survives postMessage: its message and its plain fields (`code`, `detail`…). */
function errorFields(error: unknown): Record<string, string | number> {
	const fields: Record<string, string | number> = {
		message: error instanceof Error ? error.message : String(error)
	};
	if (typeof error === 'object' && error !== null) {
		for (const [key, value] of Object.entries(error)) {
			if (typeof value === 'string' || typeof value === 'number') fields[key] ??= value;
		}
	}
	return fields;
}

/** A simple-query protocol message ('Q', length, the statement, NUL). */
function simpleQuery(sql: string): Uint8Array {
	const text = new TextEncoder().encode(sql);
	const message = new Uint8Array(1 + 4 + text.length + 1);
	message[0] = 0x51;
	new DataView(message.buffer).setInt32(1, 4 + text.length + 1);
	message.set(text, 5);
	return message;
}

function holdLock(name: string): Promise<void> {
	return new Promise((acquired) => {
		void navigator.locks.request(name, () => {
			acquired();
			return new Promise<never>(() => undefined);
		});
	});
}
