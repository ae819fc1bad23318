// Writes src/lib/db/pgdata/pgdata.tar.gz: a freshly initialised PGlite data directory, which the
// browser store loads on its first start instead of running initdb there (seconds on a busy
// machine). It depends only on the PGlite version, so it is made again only when that changes.
// Run by `prepare`, `dev` and `build`; the folder is not committed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const dir = new URL('../src/lib/db/pgdata/', import.meta.url);
const tarball = new URL('pgdata.tar.gz', dir);
const stamp = new URL('pglite-version.txt', dir);
// The package does not export its package.json; read it from node_modules.
const version = JSON.parse(
	readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')
).version;

if (existsSync(tarball) && existsSync(stamp) && readFileSync(stamp, 'utf8') === version) process.exit(0);

const started = performance.now();
const pg = await PGlite.create();
const dump = await pg.dumpDataDir('gzip');
await pg.close();
mkdirSync(dir, { recursive: true });
writeFileSync(tarball, Buffer.from(await dump.arrayBuffer()));
writeFileSync(stamp, version);
console.log(
	`pgdata: PGlite ${version} data directory, ${(dump.size / 1024 / 1024).toFixed(1)} MB, in ${Math.round(performance.now() - started)} ms`
);
