/**
 * The composition root: one Node process serves the built SvelteKit console, its API and the
 * sync endpoint, all on one port, and runs the job scheduler.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { setApp } from './context';
import { MigrationError } from '../src/lib/db/migrate';
import { readConfig } from './env';
import { MAX_IMPORT_BYTES } from '../src/lib/domain/ticket-import/common';

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** The largest request body: a ticket import's file and a little room for its envelope. */
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
	const result = readConfig(process.env);
	if (!result.ok) {
		process.stderr.write(
			`Invalid configuration:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`
		);
		process.exit(1);
	}
	const config = result.config;

	let app;
	try {
		app = await createApp(config);
	} catch (error) {
		if (error instanceof MigrationError) {
			process.stderr.write(`Refusing to start: ${error.message} (file: migrations/${error.file})\n`);
			process.exit(1);
		}
		throw error;
	}
	setApp(app);

	// Without ORIGIN, adapter-node assumes https; this server speaks plain http itself, so say so
	// through a header only this process sets (a client's copy is overwritten below).
	const protocolHeader = 'x-ops-console-protocol';
	if (!config.ORIGIN) process.env.PROTOCOL_HEADER = protocolHeader;
	else process.env.ORIGIN = config.ORIGIN;

	// Request bodies: at most a ticket import's file (25 MiB) and its envelope. SvelteKit's own
	// limit (512 kB by default) answers in plain text; a declared length over ours gets a JSON
	// answer here, its bytes dropped as they come; an undeclared (chunked) one meets SvelteKit's.
	process.env.BODY_SIZE_LIMIT = String(MAX_BODY_BYTES);

	// build/handler.js is SvelteKit's request handler (adapter-node), next to this bundle.
	const handlerUrl = new URL('./handler.js', import.meta.url).href;
	const { handler } = (await import(handlerUrl)) as { handler: Handler };

	const server = createServer((req, res) => {
		if (!config.ORIGIN) req.headers[protocolHeader] = 'http';
		const declared = Number(req.headers['content-length'] ?? 0);
		if (declared > MAX_BODY_BYTES) {
			// Answered once the body has been read and dropped: a client still sending when the
			// answer (and a closed socket) arrives sees a broken pipe instead of the message.
			req.resume();
			req.once('end', () => {
				res.writeHead(413, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: `The request is ${megabytes(declared)}; at most ${megabytes(MAX_IMPORT_BYTES)} is accepted.` }));
			});
			return;
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	// --- sync (issue 3): y-websocket on /sync/<room>; any other upgrade is not ours.
	server.on('upgrade', (req, socket, head) => {
		if (!app.sync.handleUpgrade(req, socket, head)) socket.destroy();
	});
	// --- end sync
	server.listen(config.PORT, config.HOST, () => {
		const { port } = server.address() as AddressInfo;
		// Tests and scripts wait for exactly this line.
		process.stdout.write(`listening on http://${config.HOST}:${port}\n`);
		// --- jobs: schedules start once the server is up; a failed start is logged, not fatal.
		app.jobs.start().catch((error: unknown) => app.log.error('could not start the job scheduler', error));
		// --- end jobs
	});

	let stopping = false;
	const shutdown = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		app.log.info(`${signal}: shutting down`);
		const force = setTimeout(() => {
			app.log.error('shutdown timed out; exiting');
			process.exit(1);
		}, config.SHUTDOWN_TIMEOUT_MS);
		force.unref();
		// Stop accepting, let in-flight requests finish, drop idle keep-alive sockets.
		const closed = new Promise<void>((resolve) => server.close(() => resolve()));
		server.closeIdleConnections();
		// --- jobs: abort running runs (recorded interrupted) before the rooms they may write close.
		await app.jobs.stop();
		// --- end jobs
		// --- sync (issue 3): write every room and close the sockets first; open upgraded
		// sockets would keep server.close() waiting forever.
		await app.sync.close();
		// --- end sync
		await closed;
		await app.close();
		setApp(undefined);
		app.log.info('stopped');
		process.exit(0);
	};
	process.on('SIGTERM', () => void shutdown('SIGTERM'));
	process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
	process.stderr.write(`Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
