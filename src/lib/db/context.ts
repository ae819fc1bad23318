import { createContext } from 'svelte';
import type { LocalStore } from './local-store';

/**
 * The local store travels by component context, not module state: module state would be shared
 * by every request during SSR. The console layout creates the store once and sets it here.
 */
const [get, set] = createContext<LocalStore>();

/** Call during component initialisation, once, in the layout that owns the store. */
export function setLocalStore(store: LocalStore): LocalStore {
	return set(store);
}

/** Call during component initialisation; throws when no ancestor set a store. */
export function getLocalStore(): LocalStore {
	return get();
}
