/**
 * « No keystroke is ever lost », typed key by key: a student typing fast on a slow phone (the
 * CPU throttled 6× through the DevTools protocol) right after the app opens, while the start-up
 * work runs (the session refresh from the gateway answered mid-typing, live sync starting, drafts
 * folded into the journal), while foreground/online events keep triggering sync and a link to
 * the same entry is followed. The textarea, the Dexie draft and, after a reload, the stored entry
 * must all hold exactly the typed text, in order.
 *
 * Before the user id was kept apart from the session (currentUser), the session refresh reloaded
 * the editor mid-typing and the textarea lost the keys typed during that reload.
 *
 * KEYSTROKE_RUNS (default 3) repeats the typing, each time on a freshly opened app.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryPage } from './pages/entry.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

const RUNS = Number(process.env.KEYSTROKE_RUNS ?? 3);

/** The draft row of one document in the device database (Dexie `carnet-device`), if any. */
function readDraft(page: Page, docId: string): Promise<{ text?: string } | null> {
	return page.evaluate(
		(id) =>
			new Promise<{ text?: string } | null>((resolve, reject) => {
				const open = indexedDB.open('carnet-device');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction('drafts').objectStore('drafts').getAll();
					all.onerror = () => reject(all.error);
					all.onsuccess = () => {
						const rows = all.result as { docId: string; patch: { text?: string } }[];
						db.close();
						resolve(rows.find((r) => r.docId === id)?.patch ?? null);
					};
				};
			}),
		docId
	);
}

/** Fires the foreground and network triggers every few tens of ms while typing. */
async function keepTriggeringSync(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __triggers?: number };
		w.__triggers = window.setInterval(() => {
			document.dispatchEvent(new Event('visibilitychange'));
			window.dispatchEvent(new Event('online'));
		}, 40);
	});
}

async function stopTriggers(page: Page): Promise<void> {
	await page.evaluate(() => {
		clearInterval((window as unknown as { __triggers?: number }).__triggers);
	});
}

/** In 100 ms, a click on a link to the page's own address (focus stays in the textarea). */
async function sameEntryNavigationSoon(page: Page): Promise<void> {
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = location.href;
		link.hidden = true;
		document.querySelector('main')?.append(link);
		setTimeout(() => {
			link.click();
			link.remove();
		}, 100);
	});
}

describe('keystrokes (phone)', () => {
	let app: RunningApp;
	let browser: Browser;
	let context: BrowserContext;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await context?.close().catch(() => undefined);
		await browser?.close();
		await app?.stop();
	});

	it(
		'keeps every key typed fast on a throttled CPU while the app starts and syncs',
		async () => {
			context = await browser.newContext(PHONE);
			const page = await context.newPage();
			await new LoginPage(page).signIn(app.url);
			const cdp = await context.newCDPSession(page);
			const entry = new EntryPage(page);
			// Today's entry, once the stage has arrived from the server.
			await page.goto(app.url);
			await entry.openToday();
			const entryUrl = page.url();
			const entryId = decodeURIComponent(new URL(entryUrl).pathname.split('/').pop() ?? '');

			for (let run = 0; run < RUNS; run++) {
				const text =
					`Essai ${run} : installation d’un poste sous Debian, ticket n° 42 traité avec ` +
					`Claire ; réunion d’équipe, puis documentation du serveur de fichiers (Samba).`;
				// Start from an empty entry, stored as such.
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
				await entry.text().fill('-');
				await entry.text().fill('');
				await entry.flushed();

				// A fresh start of the app. Its session refresh (`/api/me`, asked once the first screen
				// is shown) is held back and answered in the middle of the typing, as on a slow network;
				// live sync starts meanwhile and foreground/online events keep triggering it.
				const held: Route[] = [];
				await page.route('**/api/me', (route) => void held.push(route));
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
				await page.goto(entryUrl);
				await entry.text().waitFor();
				await keepTriggeringSync(page);
				const half = Math.floor(text.length / 2);
				await entry.text().pressSequentially(text.slice(0, half), { delay: 5 });
				for (let i = 0; held.length === 0 && i < 200; i++) await page.waitForTimeout(50);
				expect(held.length, `session refresh asked, run ${run}`).toBeGreaterThan(0);
				await Promise.all(held.map((route) => route.continue()));
				await page.unroute('**/api/me');
				const threeQuarters = Math.floor((text.length * 3) / 4);
				await entry.text().pressSequentially(text.slice(half, threeQuarters), { delay: 5 });
				// A link to this same entry is followed while typing goes on: SvelteKit navigates to the
				// same address and hands the page an equal, new `page.params`.
				await sameEntryNavigationSoon(page);
				await entry.text().pressSequentially(text.slice(threeQuarters), { delay: 5 });
				await stopTriggers(page);

				expect(await entry.text().inputValue(), `textarea, run ${run}`).toBe(text);
				await entry.waitSaved();
				const draft = await readDraft(page, entryId);
				// Already folded into the entry (no draft left) or still a draft: either holds it all.
				if (draft) expect(draft.text, `Dexie draft, run ${run}`).toBe(text);

				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
				await entry.flushed();
				expect(await readDraft(page, entryId), `draft folded, run ${run}`).toBeNull();
				await page.reload();
				await entry.text().waitFor();
				expect(await entry.text().inputValue(), `stored entry, run ${run}`).toBe(text);
			}
		},
		120_000 + RUNS * 90_000
	);
});
