import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Plugin, ViteDevServer } from 'vite';
import type { App } from '../../server/app';
import { getApp } from '../../server/context';
import { SYNC_PATH } from '../../src/lib/protocol/rooms';

/**
 * `vite dev` serves the sync endpoint too: WebSocket upgrades on `/sync/<room>` go to the same
 * `app.sync.handleUpgrade` the production composition root (server/main.ts) attaches. Every
 * other upgrade — Vite's HMR socket — is left alone.
 *
 * In production server/main.ts builds the app before listening. `vite dev` has no such root, so
 * this plugin boots it once, before anything needs it: a middleware in front of SvelteKit holds
 * the first request (and the upgrade handler its socket) until the app exists, then every later
 * request passes straight through. The app is loaded through `ssrLoadModule`, i.e. the same
 * module instances SvelteKit's server code sees, and published with `setApp`, where
 * hooks.server.ts finds it (`getApp()`, a global slot). Booting here first is what keeps the
 * dev process at one app: two would open the same PGlite data directory twice.
 */
export function devSync(): Plugin {
	return {
		name: 'ops-console:dev-sync',
		apply: 'serve',
		configureServer(server) {
			const boot = booter(server);
			// Registered directly (not in a returned hook), so it runs before SvelteKit's middleware.
			server.middlewares.use((_req, _res, next) => {
				boot().then(() => next(), next);
			});
			// Middleware mode (vitest, embedding) has no HTTP server of its own to listen on.
			server.httpServer?.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
				if (!(req.url ?? '').startsWith(SYNC_PATH)) return;
				socket.on('error', () => socket.destroy());
				boot().then(
					(app) => {
						if (!app.sync.handleUpgrade(req, socket, head)) socket.destroy();
					},
					(error: unknown) => {
						server.config.logger.error(`sync: the app did not start: ${String(error)}`);
						socket.destroy();
					}
				);
			});
		},
		// Called when the dev server closes or restarts: write dirty rooms now (clients would re-send
		// them anyway). Not `close()`: a restarted dev server reuses the same app.
		async closeBundle() {
			await getApp()?.sync.flush();
		}
	};
}

/** Boots the app at most once at a time; a failed boot is tried again by the next request. */
function booter(server: ViteDevServer): () => Promise<App> {
	let booting: Promise<App> | null = null;
	return () => {
		const ready = getApp();
		if (ready) return Promise.resolve(ready);
		booting ??= boot(server).catch((error: unknown) => {
			booting = null;
			throw error;
		});
		return booting;
	};
}

async function boot(server: ViteDevServer): Promise<App> {
	const [{ createApp }, { readConfig }, { setApp }] = (await Promise.all([
		server.ssrLoadModule('/server/app.ts'),
		server.ssrLoadModule('/server/env.ts'),
		server.ssrLoadModule('/server/context.ts')
	])) as [typeof import('../../server/app'), typeof import('../../server/env'), typeof import('../../server/context')];
	// Another copy of this plugin (a restarted dev server) may have finished first.
	const existing = getApp();
	if (existing) return existing;
	const config = readConfig(process.env);
	if (!config.ok) throw new Error(`Invalid configuration: ${config.errors.join('; ')}`);
	const app = await createApp(config.config);
	setApp(app);
	app.log.info('dev: app started (sync on ws://…/sync/<room>)');
	return app;
}
