import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { devSync } from './scripts/vite/dev-sync';
import { offlineAssets } from './scripts/vite/offline-assets';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		}),
		sveltekit(),
		// The PGlite worker's files, which $service-worker's lists omit (src/service-worker.ts).
		offlineAssets(),
		// `vite dev` serves /sync/<room> like the production server does.
		devSync()
	],
	// PGlite ships its own wasm and data files next to its JS: pre-bundling breaks their URLs.
	optimizeDeps: { exclude: ['@electric-sql/pglite'] },
	worker: { format: 'es' },
	server: { host: '127.0.0.1' },
	test: {
		// Tests share one machine of 2 cores; PGlite instances are ~300 MB each.
		maxWorkers: 2,
		testTimeout: 30_000,
		hookTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					// One Chromium at a time on a 2-core machine.
					fileParallelism: false,
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'sync',
					include: ['tests/sync/**/*.test.ts'],
					environment: 'node',
					// Each file starts real servers and many sockets: one file at a time.
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'convergence',
					include: ['tests/convergence/**/*.test.ts'],
					environment: 'node',
					// One real server and five PGlites per file: one file at a time.
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'pg',
					include: ['tests/pg/**/*.test.ts'],
					environment: 'node',
					fileParallelism: false
				}
			}
		]
	}
});
