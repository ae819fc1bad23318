import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
	url: string;
	dataDir: string;
	process: ChildProcess;
	output(): string;
	stop(): Promise<number | null>;
}

export interface StartOptions {
	env?: Record<string, string>;
	/** Reuse a data directory (restart tests); a fresh temporary one by default. */
	dataDir?: string;
	/** The application root to run from (defaults to this checkout). */
	cwd?: string;
	timeoutMs?: number;
}

/**
 * Starts the real built server (`node build/server.js`) on a free port and waits for its
 * "listening on" line. Rejects with the server's output if it exits first.
 */
export function startServer(options: StartOptions = {}): Promise<RunningServer> {
	const ownDir = !options.dataDir;
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ops-console-test-'));
	const cwd = options.cwd ?? process.cwd();
	const child = spawn(process.execPath, [join(cwd, 'build/server.js')], {
		cwd,
		env: {
			PATH: process.env.PATH ?? '',
			TZ: 'UTC',
			PORT: '0',
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		const code = await exited;
		if (ownDir) rmSync(dataDir, { recursive: true, force: true });
		return code;
	};

	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`server did not start in time:\n${log}`));
		}, options.timeoutMs ?? 60_000);
		const onData = () => {
			const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(log);
			if (!match) return;
			clearTimeout(timer);
			child.stdout.off('data', onData);
			resolve({ url: match[1]!, dataDir, process: child, output: () => log, stop });
		};
		child.stdout.on('data', onData);
		void exited.then((code) => {
			clearTimeout(timer);
			reject(new ServerExited(code, log));
		});
	});
}

export class ServerExited extends Error {
	constructor(
		readonly code: number | null,
		readonly log: string
	) {
		super(`server exited with code ${code}:\n${log}`);
	}
}

/** A tiny cookie-keeping client for the JSON API. */
export class ApiClient {
	cookie = '';

	constructor(readonly baseUrl: string) {}

	async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
		const response = await fetch(this.baseUrl + path, {
			method,
			redirect: 'manual',
			headers: {
				...(body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(this.cookie ? { cookie: this.cookie } : {}),
				...headers
			},
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
		});
		const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('session='));
		if (setCookie) {
			const value = setCookie.split(';')[0]!;
			this.cookie = value === 'session=' ? '' : value;
		}
		return response;
	}

	async login(email: string, password = 'demo-password') {
		const response = await this.request('POST', '/api/auth/login', { email, password });
		if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status}`);
		return response;
	}

	get = (path: string) => this.request('GET', path);
	post = (path: string, body?: unknown) => this.request('POST', path, body);
	patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
}
