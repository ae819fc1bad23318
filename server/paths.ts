import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The application's root folder (the one holding package.json), found from this module's
 * location so it is the same whether the server runs from source (tests, dev) or from the
 * bundled build/server.js.
 */
export function appRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json'))) {
		const parent = dirname(dir);
		if (parent === dir) throw new Error('Cannot find the application root (package.json)');
		dir = parent;
	}
	return dir;
}
