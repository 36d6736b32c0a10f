/** The teacher's review on a phone (390×844), real Chromium against the real gateway. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { teacherReview } from './pages/teacher-flow.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

describe('teacher dashboard (phone)', () => {
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

	it('shows the class, what needs attention, and lets the teacher comment and countersign', async () => {
		await teacherReview(
			browser,
			app.url,
			PHONE,
			'Relu sur téléphone : pensez aux captures d’écran.'
		);
	});
});
