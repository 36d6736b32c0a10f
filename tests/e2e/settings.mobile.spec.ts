/**
 * Settings at phone size: storage figures, sync status, and a sign-out that refuses to drop
 * changes the server does not have yet.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './pages/app-shell.ts';
import { EntryPage } from './pages/entry.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

describe('settings (phone)', () => {
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

	it('refuses to sign out offline with unsynced writing, then signs out once synced', async () => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await new LoginPage(page).signIn(app.url);
		await waitForServiceWorker(page);

		await page.goto(`${app.url}/parametres`);
		await page.getByTestId('storage-used').waitFor();
		expect(await page.getByTestId('storage-used').textContent()).toMatch(/\d+(,\d)? (Ko|Mo|Go)/);
		expect(await seriousA11yViolations(page)).toEqual([]);

		// Offline, write something: it cannot reach the server yet.
		await context.setOffline(true);
		await page.goto(app.url);
		const entry = new EntryPage(page);
		await entry.openToday();
		await entry.type(' Note écrite sans réseau.');
		await entry.flushed();
		await page.goto(`${app.url}/parametres`);
		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await page.getByRole('button', { name: 'Me déconnecter quand même' }).waitFor();
		await page
			.getByRole('alert')
			.getByText(/pas encore synchronisée/)
			.waitFor();

		// Back online: sync, then sign-out goes through and the app asks to sign in again.
		await context.setOffline(false);
		await page.reload();
		await page.getByRole('button', { name: 'Synchroniser' }).click();
		await page.getByText('Tout est sauvegardé sur le serveur').waitFor({ timeout: 30_000 });
		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await page.waitForURL(`${app.url}/connexion`);
		await page.goto(app.url);
		await page.waitForURL(`${app.url}/connexion`);
		await context.close();
	});
});
