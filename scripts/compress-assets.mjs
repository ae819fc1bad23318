#!/usr/bin/env node
/**
 * Writes `.br` and `.gz` sidecars next to every static file of the client build that lacks them.
 *
 * Why: adapter-node precompresses only some extensions (html, js, css, json, svg, xml, wasm), so
 * PGlite's 6.2 MB `pglite-*.data` went out raw. With sidecars, sirv serves it as ~1.1 MB brotli
 * and the first-visit PGlite payload drops from ~9 MB to ~3.8 MB.
 *
 * Usage, after `vite build`:  node scripts/compress-assets.mjs [dir]   (dir: build/client)
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// Already compressed: a sidecar would only cost disk and CPU.
const SKIP = /\.(br|gz|tgz|zip|png|jpe?g|gif|webp|avif|woff2?|mp4|webm|mp3|ogg)$/i;
// A sidecar must save at least this fraction, or the original is served as is.
const MIN_SAVING = 0.05;

async function* files(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (entry.isFile()) yield path;
	}
}

async function exists(path) {
	return stat(path).then(
		() => true,
		() => false
	);
}

/** Writes the sidecars `path` lacks; returns the sizes written (null: none or not worth it). */
async function compress(path) {
	const [hasBr, hasGz] = await Promise.all([exists(`${path}.br`), exists(`${path}.gz`)]);
	if (hasBr && hasGz) return null;
	const data = await readFile(path);
	const worthIt = (out) => out.length <= data.length * (1 - MIN_SAVING);
	const result = { path, size: data.length, br: null, gz: null };
	if (!hasBr) {
		const out = await brotli(data, {
			params: {
				// Quality 9 is within ~3 % of 11 on these files at a fraction of the build time.
				[constants.BROTLI_PARAM_QUALITY]: 9,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		});
		if (worthIt(out)) {
			await writeFile(`${path}.br`, out);
			result.br = out.length;
		}
	}
	if (!hasGz) {
		const out = await gz(data, { level: constants.Z_BEST_COMPRESSION });
		if (worthIt(out)) {
			await writeFile(`${path}.gz`, out);
			result.gz = out.length;
		}
	}
	return result;
}

const root = process.argv[2] ?? 'build/client';
if (!(await exists(root))) {
	console.error(`compress-assets: ${root} does not exist; run vite build first`);
	process.exit(1);
}

const pending = [];
for await (const path of files(root)) {
	if (!SKIP.test(path)) pending.push(path);
}
// zlib's async API runs on libuv's thread pool (4 threads): all at once keeps it busy.
const results = (await Promise.all(pending.map(compress))).filter(
	(result) => result !== null && (result.br !== null || result.gz !== null)
);

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
for (const { path, size, br, gz: gzSize } of results.filter((r) => r.size > 100 * 1024)) {
	const parts = [br !== null && `br ${kib(br)}`, gzSize !== null && `gz ${kib(gzSize)}`].filter(Boolean);
	console.log(`compress-assets: ${relative(root, path)} ${kib(size)} → ${parts.join(', ')}`);
}
console.log(`compress-assets: wrote sidecars for ${results.length} file(s) in ${root}`);
