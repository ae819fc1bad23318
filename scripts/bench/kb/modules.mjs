// The product's modules the knowledge-base benchmark runs unchanged: search SQL, migration
// runner, PGlite extensions, sync frame types.
import { loadBundle } from '../lib/bundle.mjs';

const ENTRY = `
export { searchKb, suggestArticles, searchTerms, ticketText } from './src/lib/domain/kb-search.ts';
export { LANGUAGES } from './src/lib/domain/access.ts';
export { migrate } from './src/lib/db/migrate.ts';
export { PGLITE_EXTENSIONS } from './src/lib/db/extensions.ts';
export { MESSAGE, readSaved } from './src/lib/protocol/messages.ts';
`;

export function loadProductModules() {
	return loadBundle(ENTRY, 'bench-kb');
}
