/**
 * « No keystroke disappears » on the review form, on a phone: the author types and the page
 * reloads at once (well under the 0.4 s before the journal save), and finds every character; a
 * date being retyped (the picker emptied) and notes typed meanwhile both survive a reload, with
 * the French message; once the date is fixed the review is saved to the journal and the device
 * draft is gone. The page passes axe with the error shown.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login.page.ts';
import { ReviewPage } from './pages/review.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

const SCREENSHOTS = 'docs/screenshots/reviews';
const DATE_ERROR = 'Date du bilan invalide (format attendu : AAAA-MM-JJ).';

async function openStage(page: Page, baseUrl: string): Promise<void> {
	const link = page.getByRole('link', { name: /Mairie de Villeurbanne/ }).first();
	for (let attempt = 0; attempt < 20; attempt++) {
		await page.goto(`${baseUrl}/stages`);
		await page.getByRole('heading', { name: 'Mes stages' }).waitFor();
		if (await link.isVisible()) break;
		await page.waitForTimeout(1500);
	}
	await link.click();
	await page.getByRole('button', { name: 'Programmer un bilan' }).waitFor();
}

/** The review form's draft on the device (Dexie `carnet-device`, `settings`), null when none. */
function readFormDraft(page: Page, reviewId: string): Promise<unknown> {
	return page.evaluate(
		(id) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('carnet-device');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction('settings').objectStore('settings').getAll();
					all.onerror = () => reject(all.error);
					all.onsuccess = () => {
						const rows = all.result as { key: string; value: unknown }[];
						db.close();
						const row = rows.find((r) => r.key.startsWith('form-draft:') && r.key.endsWith(id));
						resolve(row?.value ?? null);
					};
				};
			}),
		`:${reviewId}`
	);
}

/** The day after `date` (AAAA-MM-JJ). */
function nextDay(date: string): string {
	const day = new Date(`${date}T12:00:00Z`);
	day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString().slice(0, 10);
}

describe('review drafts (phone)', () => {
	let app: RunningApp;
	let browser: Browser;
	let context: BrowserContext | undefined;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await context?.close().catch(() => undefined);
		await browser?.close();
		await app?.stop();
	});

	it('keeps every key across an immediate reload, and a date being retyped with the notes', async () => {
		context = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
		const page = await context.newPage();
		await new LoginPage(page).signIn(app.url);
		await openStage(page, app.url);
		const review = new ReviewPage(page);
		await review.schedule('09:00');
		const reviewId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
		const notes = page.getByLabel('Ce qui a été dit');
		const date = page.getByLabel('Date', { exact: true });
		const storedDate = await date.inputValue();
		expect(storedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		// Typed key by key, then the page reloads at once: the journal save (0.4 s later) never ran.
		const first = 'Prise en main du parc : 40 postes, inventaire GLPI à jour.';
		await notes.pressSequentially(first, { delay: 0 });
		await page.reload();
		await notes.waitFor();
		expect(await notes.inputValue()).toBe(first);
		// Reopened from the draft, the review reaches the journal and the draft goes.
		await review.saved();
		await expect.poll(() => readFormDraft(page, reviewId)).toBeNull();

		// The date is being retyped (emptied) while the notes go on: reloaded, both are there, with
		// the French message; the notes reached the journal beside the stored date.
		const more = ' Point sur les sauvegardes.';
		await date.fill('');
		await notes.pressSequentially(more, { delay: 0 });
		await page.reload();
		await notes.waitFor();
		expect(await notes.inputValue()).toBe(first + more);
		expect(await date.inputValue()).toBe('');
		await page.getByRole('alert').getByText(DATE_ERROR).waitFor();
		await page
			.getByTestId('review-save')
			.getByText(/^Enregistré, sauf le champ signalé/)
			.waitFor();
		expect(await readFormDraft(page, reviewId)).toMatchObject({
			values: { scheduledDate: '', notes: first + more }
		});
		const violations = await seriousA11yViolations(page);
		expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		await page.screenshot({ path: `${SCREENSHOTS}/student-review-draft.png`, fullPage: true });

		// The date fixed: everything is in the journal, the draft is gone, a reload shows it all.
		const fixed = nextDay(storedDate);
		await date.fill(fixed);
		await review.saved();
		expect(await page.getByRole('alert').count()).toBe(0);
		await expect.poll(() => readFormDraft(page, reviewId)).toBeNull();
		await page.reload();
		await notes.waitFor();
		expect(await notes.inputValue()).toBe(first + more);
		expect(await date.inputValue()).toBe(fixed);
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(await readFormDraft(page, reviewId)).toBeNull();
	});
});
