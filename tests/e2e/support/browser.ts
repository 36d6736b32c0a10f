/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core. Playwright's own
 * browser download does not work here. The flags keep Chromium off the closed network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const PHONE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
	locale: 'fr-FR'
} as const;

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A persistent profile: closing and reopening it on the same directory keeps IndexedDB and the service worker. */
export function launchPersistentPhone(userDataDir: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS,
		...PHONE
	});
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, not as an inline <script>: the gateway's Content
	// Security Policy rightly forbids inline scripts.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (
			globalThis as unknown as {
				axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document);
		return result.violations;
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
