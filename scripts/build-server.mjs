// Bundles the composition root (server/main.ts and what it imports) into build/server.js.
// Dependencies stay external (resolved from node_modules at run time); SvelteKit's handler is
// loaded at run time from build/handler.js.
import { build } from 'esbuild';

await build({
	entryPoints: ['server/main.ts'],
	outfile: 'build/server.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	sourcemap: true,
	logLevel: 'warning'
});
