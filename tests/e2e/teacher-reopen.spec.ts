/**
 * The dashboard's device cache in real Chromium: the first open stores one summary per journal;
 * a visa signed while the teacher's app was closed reaches the dashboard at the next open (the
 * stored summary paints first, the replica's changes since its seq correct it).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAsTutor } from './pages/teacher-seed.ts';
import { TeacherPage } from './pages/teacher.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';

/** The rows of Dexie's `dashboardSummaries` table, read straight from IndexedDB. */
function storedSummaries(page: Page): Promise<{ studentId: string; seq: unknown }[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('carnet-device');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const rows = await new Promise<unknown[]>((resolve, reject) => {
			const request = db
				.transaction('dashboardSummaries')
				.objectStore('dashboardSummaries')
				.getAll();
			request.onsuccess = () => resolve(request.result as unknown[]);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return rows as { studentId: string; seq: unknown }[];
	});
}

describe('teacher dashboard cache (laptop)', () => {
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

	it('stores a summary per journal and catches up at the next open', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const teacher = new TeacherPage(page);
		await teacher.signIn(app.url);
		await teacher.waitForCell('Hugo Bernard', 1, 'submitted');
		await expect.poll(async () => (await storedSummaries(page)).length).toBe(3);
		await page
			.getByTestId('dashboard-freshness')
			.getByText('Carnets reçus sur cet appareil, mis à jour en direct.')
			.waitFor();

		// The app is closed; the tutor signs Hugo's first week meanwhile.
		await page.goto('about:blank');
		await signAsTutor(app.url, 'Hugo Bernard', 1);

		const reopened = await context.newPage();
		await reopened.goto(`${app.url}/enseignant`);
		const again = new TeacherPage(reopened);
		await again.waitForCell('Hugo Bernard', 1, 'signed');
		const rows = await storedSummaries(reopened);
		expect(rows.map((r) => r.studentId)).toHaveLength(3);
		await context.close();
	});
});
