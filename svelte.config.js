import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// The console is a local-first SPA behind a session cookie; CSRF on form posts is checked
		// by SvelteKit, JSON endpoints check Origin in hooks.server.ts.
		csrf: { trustedOrigins: [] },
		// src/service-worker.ts (the offline app shell) is still built; src/hooks.client.ts
		// registers it in production builds only, where kit would also register it in `vite dev`.
		serviceWorker: { register: false },
		// Absolute asset URLs: the service worker serves one cached shell for every console path,
		// and relative `./_app/…` URLs would resolve under deep paths like /clients/<id>.
		paths: { relative: false }
	}
};

export default config;
