/**
 * The real gateway and a Chromium shared by the tests of one spec file: started before the
 * first test, stopped after the last. Read `app` and `browser` inside the tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApp, type RunningApp } from './app.ts';
import { launchBrowser } from './browser.ts';

export interface Suite {
	readonly app: RunningApp;
	readonly browser: Browser;
}

export function appAndBrowser(env: Record<string, string> = {}): Suite {
	const suite = {} as { app: RunningApp; browser: Browser };
	beforeAll(async () => {
		suite.app = await startApp(env);
		suite.browser = await launchBrowser();
	});
	afterAll(async () => {
		await suite.browser?.close();
		await suite.app?.stop();
	});
	return suite;
}
