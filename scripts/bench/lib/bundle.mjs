// The product's TypeScript modules a benchmark runs unchanged, bundled on the fly with esbuild.
// Packages stay outside the bundle, imported by absolute URL, so the bundle can live in a
// temporary directory and shares its PGlite, Yjs and lib0 with the benchmark's process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = new URL('../../../', import.meta.url).pathname;

/** Bare package imports → absolute file URLs (resolved from here), left external. */
const externalPackages = {
	name: 'external-packages',
	setup(b) {
		b.onResolve({ filter: /^[^./#]/ }, (args) => ({ path: import.meta.resolve(args.path), external: true }));
	}
};

/**
 * Bundles `entry` (TypeScript re-exports, paths relative to the repository) and imports it.
 * @param {string} entry
 * @param {string} name a name for the bundle (error messages, the temporary directory)
 */
export async function loadBundle(entry, name) {
	const result = await build({
		stdin: { contents: entry, resolveDir: repo, loader: 'ts', sourcefile: `${name}-entry.ts` },
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		logLevel: 'silent',
		plugins: [externalPackages]
	});
	const dir = mkdtempSync(join(tmpdir(), `ops-console-${name}-`));
	try {
		const file = join(dir, 'product.mjs');
		writeFileSync(file, result.outputFiles[0].text);
		return await import(pathToFileURL(file).href);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
