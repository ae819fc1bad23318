// The three servers under test, each in its own child process (so its memory is its own and it
// never shares an event loop with the clients), with the memory probe preloaded.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listeningUrl } from '../lib/listening.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
const PROBE = here('./probe.mjs');

/**
 * @typedef {object} Running
 * @property {string} name
 * @property {import('./client.mjs').Dialect} dialect
 * @property {() => Promise<{ rss: number, heapUsed: number, external: number, arrayBuffers: number }>} memory
 * @property {() => Promise<number>} cpu
 * @property {() => Promise<void>} dispose
 * @property {number} pid
 */

function startProcess(script, env) {
	// BENCH_NODE_FLAGS: extra flags for the servers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
	const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, ['--expose-gc', ...flags, '--import', PROBE, script], {
		env: { PATH: process.env.PATH ?? '', TZ: 'UTC', BENCH_LOOP_DELAY: process.env.BENCH_LOOP_DELAY ?? '', ...env },
		stdio: ['ignore', 'pipe', 'pipe', 'ipc']
	});
	let log = '';
	child.stdout.on('data', (chunk) => (log += chunk));
	child.stderr.on('data', (chunk) => (log += chunk));
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const url = listeningUrl(child, exited, script, () => log);
	let asked = 0;
	/** Asks the probe (probe.mjs) in the server process. */
	const ask = (type, extra = {}) =>
		new Promise((resolve, reject) => {
			const id = ++asked;
			const timer = setTimeout(() => reject(new Error(`no ${type} answer`)), 10_000);
			const onMessage = (message) => {
				if (message?.type !== type || message.id !== id) return;
				clearTimeout(timer);
				child.off('message', onMessage);
				resolve(message);
			};
			child.on('message', onMessage);
			child.send({ type, id, ...extra });
		});
	const memory = () => ask('memory');
	const loopDelay = () => ask('loop');
	/** CPU time (user + system) the server process used so far, in ms. */
	const cpu = async () => (await ask('cpu')).ms;
	/** Diagnosis: starts a CPU profile, or with a file name, stops it and writes it there. */
	const profile = (file) => ask('profile', { file });
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	};
	return { child, url, memory, cpu, loopDelay, profile, stop, log: () => log };
}

const SERVER_JS = new URL('../../../build/server.js', import.meta.url).pathname;


/**
 * This project's server: `node build/server.js` on a fresh data directory with the demo
 * workspace, signed in as a director (sessions, per-room authorisation and persistence on).
 * `restart()` stops it (SIGTERM: every room is written) and starts it on the same directory.
 * `extraEnv` and `serverJs` are for diagnosis (other settings, a patched build).
 */
export async function startOurs(extraEnv = {}, serverJs = SERVER_JS) {
	const dataDir = mkdtempSync(join(tmpdir(), 'ops-console-bench-sync-'));
	const server = { name: 'ours', dataDir };
	let proc;
	const launch = async () => {
		proc = startProcess(serverJs, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: '1', LOG_LEVEL: 'warn', ...extraEnv });
		const base = await proc.url;
		const login = await fetch(`${base}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'director@demo.test', password: 'demo-password' })
		});
		if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
		const cookie = login.headers.getSetCookie().find((c) => c.startsWith('session=')).split(';')[0];
		const clients = await (await fetch(`${base}/api/clients`, { headers: { cookie } })).json();
		const ws = base.replace(/^http/, 'ws');
		Object.assign(server, {
			/** Client ids, for room names the director may write: `qa.<client>.<month>`. */
			clientIds: clients.map((c) => c.id).sort(),
			dialect: { kind: 'y-websocket', url: (room) => `${ws}/sync/${room}`, headers: { cookie } },
			...probes(proc)
		});
	};
	await launch();
	server.restart = async () => {
		await proc.stop();
		await launch();
	};
	server.dispose = async () => {
		await proc.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
	return server;
}

export async function startYWebsocketServer() {
	const proc = startProcess(here('./y-websocket-server.mjs'), {});
	const ws = (await proc.url).replace(/^http/, 'ws');
	return {
		name: 'y-websocket-server',
		dialect: { kind: 'y-websocket', url: (room) => `${ws}/${room}` },
		...probes(proc),
		dispose: proc.stop
	};
}

export async function startHocuspocus() {
	const proc = startProcess(here('./hocuspocus-server.mjs'), {});
	const ws = (await proc.url).replace(/^http/, 'ws');
	return {
		name: 'hocuspocus',
		dialect: { kind: 'hocuspocus', url: () => ws },
		...probes(proc),
		dispose: proc.stop
	};
}

function probes(proc) {
	const { memory, cpu, loopDelay, profile, log, stop } = proc;
	return { pid: proc.child.pid, memory, cpu, loopDelay, profile, log, stop };
}
