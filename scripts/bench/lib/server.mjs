// The real built server for benchmarks: `node build/server.js` on a free port of loopback with
// a temporary data directory (demo workspace seeded), killed with this process whatever happens,
// and a signed-in fetch for its API.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listeningUrl } from './listening.mjs';

const repo = new URL('../../../', import.meta.url).pathname;
const SERVER_JS = join(repo, 'build/server.js');

/** Builds only when there is no build at all: others may be rebuilding build/ meanwhile. */
export function ensureBuilt(log) {
	if (existsSync(SERVER_JS)) return;
	log('no build/server.js: npm run build…');
	execSync('npm run build', { cwd: repo, stdio: ['ignore', 2, 2] });
}

/**
 * Starts the built server on a fresh temporary data directory with `env` added.
 * @param {string} name names the data directory
 * @param {Record<string, string>} env
 * @returns {{ url: Promise<string>, stop: () => Promise<void>, output: () => string }}
 */
export function startServer(name, env = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), `ops-console-${name}-`));
	// Also on an early exit (Ctrl-C, a watchdog).
	const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
	process.once('exit', removeDataDir);
	const child = spawn(process.execPath, [SERVER_JS], {
		cwd: repo,
		env: { PATH: process.env.PATH ?? '', TZ: 'UTC', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: '1', LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => child.once('exit', resolve));
	// Whatever happens to this process, the server does not outlive it.
	const kill = () => child.kill('SIGKILL');
	process.once('exit', kill);
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		const timer = setTimeout(kill, 15_000);
		await exited;
		clearTimeout(timer);
		process.off('exit', kill);
		removeDataDir();
		process.off('exit', removeDataDir);
	};
	const url = listeningUrl(child, exited, 'server', () => output);
	return { url, stop, output: () => output };
}

/**
 * Signs a demo account in; returns its cookie and a JSON fetch that throws on an error status.
 * @param {string} base
 * @param {string} email
 */
export async function signIn(base, email) {
	const login = await fetch(`${base}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, password: 'demo-password' })
	});
	if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
	const cookie = login.headers.getSetCookie().find((c) => c.startsWith('session=')).split(';')[0];
	const api = async (method, path, body, headers = {}) => {
		const json = body !== undefined && typeof body !== 'string';
		const response = await fetch(base + path, {
			method,
			headers: { cookie, ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
			body: body === undefined ? undefined : json ? JSON.stringify(body) : body
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
		return { json: JSON.parse(text), bytes: Buffer.byteLength(text) };
	};
	return { cookie, api };
}
