import { PGlite, type PGliteInterface } from '@electric-sql/pglite';

let template: Promise<PGlite> | undefined;

/**
 * A fresh empty in-memory PGlite, cloned from one template per test file: initdb runs once
 * (~2 s) instead of once per test.
 */
export async function freshPglite(): Promise<PGliteInterface> {
	template ??= PGlite.create();
	return (await template).clone();
}
