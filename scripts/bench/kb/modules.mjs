// The product's TypeScript modules the benchmark runs unchanged (search SQL, migration runner,
// PGlite extensions, sync frame types), bundled on the fly with esbuild. Packages stay outside
// the bundle, imported by absolute URL, so the bundle can live in a temporary directory and
// shares its PGlite, Yjs and lib0 with this process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = new URL('../../../', import.meta.url).pathname;

const ENTRY = `
export { searchKb, suggestArticles, searchTerms, ticketText } from './src/lib/domain/kb-search.ts';
export { LANGUAGES } from './src/lib/domain/access.ts';
export { migrate } from './src/lib/db/migrate.ts';
export { PGLITE_EXTENSIONS } from './src/lib/db/extensions.ts';
export { MESSAGE, readSaved } from './src/lib/protocol/messages.ts';
`;

/** Bare package imports → absolute file URLs (resolved from here), left external. */
const externalPackages = {
	name: 'external-packages',
	setup(b) {
		b.onResolve({ filter: /^[^./#]/ }, (args) => ({ path: import.meta.resolve(args.path), external: true }));
	}
};

export async function loadProductModules() {
	const result = await build({
		stdin: { contents: ENTRY, resolveDir: repo, loader: 'ts', sourcefile: 'bench-kb-entry.ts' },
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		logLevel: 'silent',
		plugins: [externalPackages]
	});
	const dir = mkdtempSync(join(tmpdir(), 'ops-console-bench-kb-modules-'));
	try {
		const file = join(dir, 'product.mjs');
		writeFileSync(file, result.outputFiles[0].text);
		return await import(pathToFileURL(file).href);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
