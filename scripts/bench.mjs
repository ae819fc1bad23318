// `npm run bench -- <name>` runs scripts/bench/<name>.mjs; with no name, lists them.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const names = readdirSync(new URL('./bench/', import.meta.url))
	.filter((f) => f.endsWith('.mjs'))
	.map((f) => f.replace(/\.mjs$/, ''));
const [name, ...rest] = process.argv.slice(2);
if (!name || !names.includes(name)) {
	console.log(`usage: npm run bench -- <${names.join('|')}> [options]`);
	process.exit(name ? 1 : 0);
}
const result = spawnSync(process.execPath, [new URL(`./bench/${name}.mjs`, import.meta.url).pathname, ...rest], {
	stdio: 'inherit',
	env: { ...process.env, TZ: 'UTC' }
});
process.exit(result.status ?? 1);
