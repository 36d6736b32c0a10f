/**
 * The student's home on a phone paints the home shown last (a Dexie snapshot) before the
 * journal's code (PouchDB) has arrived, then the journal replaces it. The PouchDB chunk is held
 * back by the test: without the snapshot the home would show nothing until it is released.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login.page.ts';
import { PHONE, seriousA11yViolations } from './support/browser.ts';
import { appAndBrowser } from './support/suite.ts';

const suite = appAndBrowser();

/** Reads or rewrites the stored snapshot's organisation name, straight in IndexedDB. */
function snapshotOrganisation(page: Page, rename?: string): Promise<string | null> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('carnet-device');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const store = db.transaction('homeSnapshots', 'readwrite').objectStore('homeSnapshots');
		const rows = await new Promise<{ summary: { stage: { organisation: { name: string } } } }[]>(
			(resolve) => {
				const all = store.getAll();
				all.onsuccess = () => resolve(all.result);
			}
		);
		const row = rows[0];
		if (!row) return null;
		if (name) {
			row.summary.stage.organisation.name = name;
			await new Promise((resolve) => (store.put(row).onsuccess = resolve));
		}
		db.close();
		return row.summary.stage.organisation.name;
	}, rename);
}

describe('the student home (phone)', () => {
	it('shows the last home at once, before the journal’s code, then the journal’s state', async () => {
		// No service worker: every chunk then goes through the test's route, PouchDB's included.
		const phone = await suite.browser.newContext({ ...PHONE, serviceWorkers: 'block' });
		const first = await phone.newPage();
		await new LoginPage(first).signIn(suite.app.url);
		await first.locator('#stage-title').waitFor();
		const organisation = await first.locator('#stage-title').innerText();
		await expect.poll(() => snapshotOrganisation(first), { timeout: 10_000 }).toBe(organisation);
		await first.close();
		// A stale snapshot, as if the journal had changed since (another device). Written from a
		// page that is not the home, so that no open home rewrites it meanwhile.
		const page = await phone.newPage();
		await page.goto(`${suite.app.url}/confidentialite`);
		await snapshotOrganisation(page, 'Entreprise de l’instantané');
		const stageTitle = page.locator('#stage-title');

		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const journalCode: string[] = [];
		await phone.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('_pouch_')) {
				journalCode.push(route.request().url());
				await held;
			}
			await route.fulfill({ response, body });
		});

		await page.goto(suite.app.url);
		await page.getByRole('heading', { name: 'Bonjour Léa' }).waitFor();
		expect(await stageTitle.innerText()).toBe('Entreprise de l’instantané');
		await page.getByRole('link', { name: 'Écrire ma journée' }).waitFor();
		expect(await seriousA11yViolations(page)).toEqual([]);
		// The journal's code is asked for once the first screen is up, and held: still the snapshot.
		await expect.poll(() => journalCode.length, { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await stageTitle.innerText()).toBe('Entreprise de l’instantané');

		release();
		await expect.poll(() => stageTitle.innerText(), { timeout: 15_000 }).toBe(organisation);
		// …and the snapshot follows the journal again.
		await expect.poll(() => snapshotOrganisation(page), { timeout: 10_000 }).toBe(organisation);
		await phone.close();
	});
});
