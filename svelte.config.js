import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// The console is a local-first SPA behind a session cookie; CSRF on form posts is checked
		// by SvelteKit, JSON endpoints check Origin in hooks.server.ts.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
