/**
 * A Vite dev server with this project's vite.config.ts, started in-process on a free port, so
 * a real browser page can `await import('/src/lib/…/module.ts')` and run the real module (with
 * `$lib` aliases and `new Worker(new URL(…))` handled by Vite) without a full build.
 *
 * HMR, the file watcher and the WebSocket are off: other people edit the tree while tests run,
 * and a reload in the middle of a test would make it flaky. The dependency cache goes to a
 * temporary directory so it never fights another dev server over node_modules/.vite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer } from 'vite';

export interface ModuleServer {
	/** Origin of the dev server, e.g. `http://127.0.0.1:41234`. */
	url: string;
	/** Opens a blank same-origin page in which the project's modules can be imported. */
	blankPage(context: BrowserContext): Promise<Page>;
	stop(): Promise<void>;
}

const BLANK_PATH = '/__module-test';
const BLANK_HTML =
	'<!doctype html><html lang="fr"><head><title>Test</title></head><body></body></html>';

/**
 * Imports project modules into the page as `globalThis.__modules[name]`. The import is sent as a
 * string: a dynamic `import()` written inside a test callback would be rewritten by Vitest's
 * module runner before it reaches the browser.
 */
export async function importInPage(page: Page, modules: Record<string, string>): Promise<void> {
	const entries = JSON.stringify(Object.entries(modules));
	await page.evaluate(`(async () => {
		globalThis.__modules ??= {};
		for (const [name, path] of ${entries}) globalThis.__modules[name] = await import(path);
	})()`);
}

export async function startModuleServer(): Promise<ModuleServer> {
	const root = resolve(import.meta.dirname, '../../..');
	const cacheDir = await mkdtemp(join(tmpdir(), 'carnet-vite-'));
	const server = await createServer({
		root,
		configFile: join(root, 'vite.config.ts'),
		cacheDir,
		logLevel: 'error',
		clearScreen: false,
		server: {
			host: '127.0.0.1',
			port: 0,
			strictPort: false,
			hmr: false,
			ws: false,
			watch: null,
			// SvelteKit only allows src/ and friends; the pages also import test factories.
			fs: { allow: [join(root, 'tests/factories')] }
		}
	});
	await server.listen();
	const address = server.httpServer?.address();
	if (!address || typeof address === 'string') throw new Error('Vite dev server has no port');
	const url = `http://127.0.0.1:${address.port}`;
	return {
		url,
		async blankPage(context) {
			// Served by the test itself so a broken page elsewhere in the app cannot break it.
			await context.route(`${url}${BLANK_PATH}`, (route) =>
				route.fulfill({ contentType: 'text/html', body: BLANK_HTML })
			);
			const page = await context.newPage();
			await page.goto(`${url}${BLANK_PATH}`);
			return page;
		},
		async stop() {
			await server.close();
			await rm(cacheDir, { recursive: true, force: true });
		}
	};
}
