import type { App } from './app';

// The composition root and SvelteKit's server bundle are built separately, so a module-level
// variable would exist twice; a global symbol is the one slot both see.
const KEY = Symbol.for('ops-console.app');
type Slot = { [KEY]?: App };

export function setApp(app: App | undefined): void {
	(globalThis as Slot)[KEY] = app;
}

export function getApp(): App | undefined {
	return (globalThis as Slot)[KEY];
}
