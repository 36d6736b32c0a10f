import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';
import type { Browser } from 'playwright-core';

describe('app shell', () => {
	let app: RunningApp;
	let browser: Browser;
	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('renders the home page in French at phone size', async () => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto(app.url);
		await expect.poll(() => page.locator('h1').first().textContent()).toContain('Carnet de stage');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await seriousA11yViolations(page)).toEqual([]);
		await context.close();
	});
});
