/**
 * The installable shell: a French manifest with real icons, a service worker that precaches the
 * shell and never caches the API, and an update that waits for the student's tap.
 */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './pages/app-shell.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

interface Manifest {
	name: string;
	lang: string;
	start_url: string;
	display: string;
	theme_color: string;
	icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PWA shell (phone)', () => {
	let app: RunningApp;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let buildDir: string;

	beforeAll(async () => {
		// A private copy of the build, so this test can publish a "new version" of it.
		buildDir = await mkdtemp(join(tmpdir(), 'carnet-build-'));
		await cp(process.env.BUILD_DIR ?? 'build', buildDir, { recursive: true });
		app = await startApp({ BUILD_DIR: buildDir });
		browser = await launchBrowser();
		context = await browser.newContext(PHONE);
		page = await context.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		await rm(buildDir, { recursive: true, force: true });
	});

	it('links a French manifest with real 192, 512 and maskable PNG icons', async () => {
		await page.goto(`${app.url}/connexion`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		const href = await page.getAttribute('link[rel="manifest"]', 'href');
		const response = await page.request.get(new URL(href ?? '', app.url).href);
		const manifest = (await response.json()) as Manifest;
		expect(manifest).toMatchObject({
			name: 'Carnet de stage',
			lang: 'fr',
			start_url: '/',
			display: 'standalone'
		});
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		const sizes: string[] = [];
		for (const icon of manifest.icons) {
			const png = await (await page.request.get(new URL(icon.src, app.url).href)).body();
			const { width, height } = pngSize(png);
			expect(`${width}x${height}`).toBe(icon.sizes);
			sizes.push(`${icon.sizes}${icon.purpose === 'maskable' ? ' maskable' : ''}`);
		}
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
		expect(await seriousA11yViolations(page)).toEqual([]);
	});

	it('precaches the shell but never the API or the database', async () => {
		await new LoginPage(page).signIn(app.url);
		await waitForServiceWorker(page);
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			}
			return urls.map((u) => new URL(u).pathname);
		});
		expect(cached.some((p) => p.startsWith('/index.html'))).toBe(true);
		expect(cached.some((p) => p.startsWith('/_app/immutable/'))).toBe(true);
		expect(cached.filter((p) => p.startsWith('/api/') || p.startsWith('/couch/'))).toEqual([]);
	});

	it('offers a new version, and switches only when the student taps « Mettre à jour »', async () => {
		// Deploy: a byte-different worker script is a new version for the browser.
		const worker = join(buildDir, 'service-worker.js');
		await appendFile(worker, '\n// version 2\n');
		// A real build precompresses every file; the gateway serves those twins first.
		const source = await readFile(worker);
		await writeFile(`${worker}.br`, brotliCompressSync(source));
		await writeFile(`${worker}.gz`, gzipSync(source));
		const firstWorker = await page.evaluate(
			async () => (await navigator.serviceWorker.ready).active?.scriptURL
		);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		const banner = page.getByText('Nouvelle version disponible');
		await banner.waitFor();
		// The new worker waits: the page is still controlled by the first one.
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				return {
					waiting: registration.waiting !== null,
					controlled: !!navigator.serviceWorker.controller
				};
			})
		).toEqual({ waiting: true, controlled: true });
		expect(await seriousA11yViolations(page)).toEqual([]);

		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Mettre à jour' }).click();
		await reloaded;
		await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
		expect(await banner.count()).toBe(0);
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				return { waiting: registration.waiting, active: registration.active?.state };
			})
		).toEqual({ waiting: null, active: 'activated' });
		expect(firstWorker).toContain('/service-worker.js');
	});
});
