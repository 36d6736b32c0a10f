import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

/**
 * Modules of the tutor's link and week pages that the student's first screen does not use.
 * Not `replica-loader` (its dynamic import would hide, in SvelteKit's list of a page's files, the
 * shared modules met after it: see tutor-home.svelte.ts).
 */
const TUTOR_FIRST = new RegExp(
	[
		String.raw`src/lib/features/tutor/(first-read\.svelte|tutor-weeks|week-model|read-journals|tutor-link|early-exchange|sign-readiness|visa-input|photo-url)\.ts$`,
		String.raw`src/lib/components/tutor/(VisaStateBadge|VisaCard)\.svelte$`,
		String.raw`src/lib/features/week/week-range\.ts$`,
		String.raw`src/lib/domain/(week-report/week-report|digest/(week-digest|sha256|canonical-json)|calendar/(stage-weeks|holidays))\.ts$`,
		String.raw`src/lib/domain/visa/(index|day-label|week-visa-state|verification-code|verify-visa-digest|changes-since-visa)\.ts$`
	].join('|')
);

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
	define: {
		// PouchDB's browser build still reads Node's `global`.
		global: 'globalThis'
	},
	resolve: {
		alias: [
			// Dexie's `import` entry wraps its UMD build (kept for the dual-package check); the
			// ESM build is the same Dexie, smaller in the student's bundle.
			{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }
		]
	},
	build: { target: 'es2022' },
	environments: {
		// The browser's build only (the server build keeps Kit's strict entry signatures).
		client: {
			build: {
				rolldownOptions: {
					// Required by `includeDependenciesRecursively: false` below (entries may gain exports).
					preserveEntrySignatures: 'allow-extension',
					output: {
						codeSplitting: {
							groups: [
								{
									// Svelte's and SvelteKit's runtime, on every page's first screen: one file
									// instead of five small ones (each a round trip on a slow phone).
									name: 'framework',
									test: /node_modules[\\/](svelte|@sveltejs[\\/]kit)[\\/]/,
									priority: 20,
									includeDependenciesRecursively: false
								},
								{
									// The tutor's first screen (docs/perf-tutor.md): on a slow phone every file costs
									// a round trip, and these small modules came as ~15 files. Only code the
									// student's first screen does not load (dates, ids… stay apart); the few
									// student pages that use part of it load the rest with it (a few KB).
									name: 'tutor-first',
									test: TUTOR_FIRST,
									priority: 10,
									// Their dependencies stay where they are (the student's home loads them).
									includeDependenciesRecursively: false
								}
							]
						}
					}
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'referentiel/**/*.spec.ts', 'server/**/*.spec.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.spec.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
