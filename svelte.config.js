import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The app is a static, offline-first PWA: every page renders in the browser from local data,
 * and the Node gateway in `server/` serves the build and the sync API. `fallback` makes every
 * deep link load the app shell, which the service worker precaches.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds run side by side (parallel work, benchmarks).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: 'index.html',
			precompress: true,
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		serviceWorker: { register: false },
		version: { pollInterval: 0 },
		alias: { $referentiel: 'referentiel' },
		typescript: {
			// The gateway, the référentiel checks and the benchmarks are type-checked with the app.
			config(tsconfig) {
				tsconfig.include.push('../server/**/*.ts', '../referentiel/**/*.ts', '../bench/**/*.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
