import { resolve as resolvePath, sep } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

/** What rolldown tells the chunking about a module (its static imports). */
interface ChunkingContext {
	getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const ROOT_LAYOUT = ['src/routes/+layout.svelte', 'src/routes/+layout.ts'];
const STUDENT_HOME = ['src/routes/+page.svelte'];
const TUTOR_PAGE = ['src/routes/tuteur/[[journal]]/[[week]]/+page.svelte'];

/** Every module `roots` import statically, themselves included. */
function staticClosure(ctx: ChunkingContext, roots: string[]): Set<string> {
	const seen = new Set<string>();
	const todo = roots.map((root) => resolvePath(root));
	for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
		if (seen.has(id)) continue;
		seen.add(id);
		todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
	}
	return seen;
}

let firstScreens: { shell: Set<string>; tutor: Set<string> } | undefined;

/**
 * On a slow phone every file of a first screen costs a round trip (HTTP/1.1, six connections,
 * 400 ms each on slow 3G: docs/perf-tutor.md), so first screens come in few files:
 * - `framework`: Svelte's and SvelteKit's runtime, the root layout's modules (every page loads
 *   them) and the modules both the student's home and the tutor's page load;
 * - `tutor`: the rest of the tutor's page (list of weeks and week, one page), which the
 *   student's home never loads. Other pages that share a module with it load the whole file.
 * Closures are static imports only: what a page loads later (`import()`) keeps its own chunks.
 * Route modules stay in their own node files (SvelteKit's entries).
 */
function firstScreenChunk(id: string, ctx: ChunkingContext): string | null {
	if (/node_modules[\\/](svelte|@sveltejs[\\/]kit)[\\/]/.test(id)) return 'framework';
	// Styles stay with the root layout (SvelteKit names an entry's CSS as code to preload).
	if (id.startsWith(resolvePath('src/routes') + sep) || /\.css($|\?)/.test(id)) return null;
	if (!firstScreens) {
		const home = staticClosure(ctx, STUDENT_HOME);
		const tutor = staticClosure(ctx, TUTOR_PAGE);
		const shell = staticClosure(ctx, ROOT_LAYOUT);
		for (const shared of home) if (tutor.has(shared)) shell.add(shared);
		firstScreens = { shell, tutor };
	}
	if (firstScreens.shell.has(id)) return 'framework';
	return firstScreens.tutor.has(id) ? 'tutor' : null;
}

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
									name: firstScreenChunk,
									priority: 20,
									// The closures above already hold each group's dependencies.
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
