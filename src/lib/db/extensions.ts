import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions every PGlite of the product loads (server, browser worker, tests):
 * the migrations `create extension` them, so a PGlite without them cannot open the schema.
 * `pg_trgm` finds the knowledge base's words nearest a mistyped one (src/lib/domain/kb-search.ts).
 */
export const PGLITE_EXTENSIONS = { pg_trgm };
