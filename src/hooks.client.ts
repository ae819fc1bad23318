import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import type { ClientInit } from '@sveltejs/kit';

/**
 * Registers the offline app shell (src/service-worker.ts) in production builds only: in
 * `vite dev` kit would register it as a module worker that caches what HMR replaces. Kit's own
 * registration is off (svelte.config.js) for that reason. Registered after `load`, like kit
 * does, so precaching (~4 MB compressed, mostly PGlite) never competes with the first paint.
 */
export const init: ClientInit = () => {
	if (dev || !('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker
			// The worker script is always checked against the server, never the HTTP cache.
			.register(`${resolve('/')}service-worker.js`, { updateViaCache: 'none' })
			.catch((error: unknown) => console.warn('The offline app shell could not be installed', error));
	};
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
};
