import { createContext } from 'svelte';
import type { RoomRegistry } from './registry';

/**
 * The room registry travels by component context, like the local store (module state would be
 * shared by every request during SSR). The console layout creates it once and sets it here.
 */
const [get, set] = createContext<RoomRegistry>();

/** Call during component initialisation, once, in the layout that owns the registry. */
export function setRoomRegistry(registry: RoomRegistry): RoomRegistry {
	return set(registry);
}

/** Call during component initialisation; throws when no ancestor set a registry. */
export function getRoomRegistry(): RoomRegistry {
	return get();
}
