/**
 * The tutor's week page on an emulated slow phone: Chromium DevTools network emulation
 * (~400 kbit/s both ways, 400 ms round trip) and CPU throttled ×4. Measures the time until the
 * week's entries are visible, and until « Signer la semaine » is enabled; the week is usable
 * once both hold (the later of the two):
 * - cold: a fresh phone opens the invitation link (token exchange, app download) and taps the
 *   week as soon as it is listed (the tap is part of the time);
 * - warm: the same phone reopens the week's address (service worker cache, local replica).
 * Goal: cold link → week usable ≤ 3 s. Run after `npm run build`: `npx node bench/tutor-week.ts`
 * (`BUILD_DIR` for another build). Figures: docs/perf-tutor.md.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';
import { waitForServiceWorker } from '../tests/e2e/pages/app-shell.ts';
import { studentLink } from './tutor-flow.ts';
import { median } from './support/stats.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const GOAL_MS = 3000;
const SLOW_3G = {
	offline: false,
	latency: 400,
	downloadThroughput: (400 * 1000) / 8,
	uploadThroughput: (400 * 1000) / 8
};

async function throttle(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const entries = (page: Page) => page.getByTestId('entry').first().waitFor({ timeout: 120_000 });
const signEnabled = (page: Page) =>
	page
		.getByRole('button', { name: 'Signer la semaine', disabled: false })
		.waitFor({ timeout: 120_000 });

const app = await startApp();
const browser = await launchBrowser();
const cold: number[] = [];
const list: number[] = [];
const shell: number[] = [];
const warm: number[] = [];
const sign: number[] = [];
const usable: number[] = [];
try {
	const link = await studentLink(browser, app.url);
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await throttle(context, page);
		const start = Date.now();
		await page.goto(link);
		await page.getByRole('heading', { name: 'Carnet de stage' }).waitFor({ timeout: 120_000 });
		shell.push(Date.now() - start);
		await page.getByRole('link', { name: /semaine 3/i }).click({ timeout: 120_000 });
		list.push(Date.now() - start);
		await entries(page);
		cold.push(Date.now() - start);
		await signEnabled(page);
		sign.push(Date.now() - start);
		usable.push(Math.max(cold.at(-1) ?? 0, sign.at(-1) ?? 0));
		const weekUrl = page.url();
		await waitForServiceWorker(page);
		await page.waitForTimeout(2000);
		for (let i = 0; i < 2; i++) {
			const again = Date.now();
			await page.goto(weekUrl);
			await entries(page);
			warm.push(Date.now() - again);
		}
		await context.close();
	}
	const fmt = (values: number[]) => `median ${median(values)} ms (${values.join(', ')})`;
	console.log(`cold, link → app shown: ${fmt(shell)}`);
	console.log(`cold, link → list ready: ${fmt(list)}`);
	console.log(`cold, link → week entries visible: ${fmt(cold)}`);
	console.log(`cold, link → « Signer la semaine » enabled: ${fmt(sign)}`);
	console.log(`warm, week entries visible: ${fmt(warm)}`);
	const met = median(usable) <= GOAL_MS ? 'met' : 'missed';
	console.log(`cold, link → week usable: ${fmt(usable)} — goal ≤ ${GOAL_MS} ms ${met}`);
} finally {
	await browser.close();
	await app.stop();
}
