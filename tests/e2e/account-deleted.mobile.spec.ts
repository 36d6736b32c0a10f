/**
 * A student whose account was deleted (here on request, confirmed by the admin) opens the app on
 * their phone again: the device copy of the journal is erased and the sign-in page says why,
 * even after a reload. An app left open finds out by itself at the next round of its live pull.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type UserClient } from '../integration/support/gateway-client.ts';
import { createClass, importStudents } from '../integration/support/lifecycle.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

let app: RunningApp;
let browser: Browser;
let admin: UserClient;

beforeAll(async () => {
	app = await startApp({ CHANGES_MAX_WAIT_MS: '3000' });
	browser = await launchBrowser();
	admin = await login(app.url, 'admin.demo');
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/**
 * A new student of a new class signed in on a phone, whose journal is on the device; then the
 * admin deletes the account. `journals()` lists the device's databases of that student.
 */
async function deletedWhileSignedIn(className: string, lastName: string, firstName: string) {
	const classId = await createClass(admin, className, 1);
	const [student] = await importStudents(app.url, admin, classId, lastName, [firstName], 1);
	const phone = await browser.newContext(PHONE);
	const page = await phone.newPage();
	await new LoginPage(page).signIn(app.url, student!.username, student!.password);
	const journals = () =>
		page.evaluate(async (id) => {
			const all = await indexedDB.databases();
			return all.map((db) => db.name ?? '').filter((name) => name.includes(id));
		}, student!.id);
	await expect.poll(journals, { timeout: 10_000 }).not.toEqual([]);
	await page.getByTestId('sync-card').getByText('À jour').waitFor({ timeout: 20_000 });

	const deleted = await admin.fetch(`/api/admin/students/${student!.id}/delete`, {
		method: 'POST'
	});
	expect(deleted.status).toBe(200);
	return { phone, page, journals };
}

describe('a deleted account on the student’s phone', () => {
	it('erases the device copy and tells the student on the sign-in page', async () => {
		const { phone, page, journals } = await deletedWhileSignedIn('SIO1 Y', 'Roux', 'Emma');

		await page.reload();
		const notice = page.getByTestId('sign-in-notice');
		await notice.waitFor({ timeout: 15_000 });
		expect(new URL(page.url()).pathname).toBe('/connexion');
		expect(await notice.innerText()).toMatch(/^Votre compte et vos données ont été supprimés/);
		expect(await journals()).toEqual([]);
		expect(await seriousA11yViolations(page)).toEqual([]);

		await page.reload();
		await notice.waitFor();
		await phone.close();
	});

	it('erases the copy of an app left open, at its next sync, and says why', async () => {
		const { phone, page, journals } = await deletedWhileSignedIn('SIO1 Z', 'Blanc', 'Jade');

		// No reload, nothing written: the live pull's next round is refused (the gateway answers
		// every wait within CHANGES_MAX_WAIT_MS, 3 s here) and the app asks the gateway why.
		await page.waitForURL(/\/connexion$/, { timeout: 30_000 });
		const notice = page.getByTestId('sign-in-notice');
		await notice.waitFor();
		expect(await notice.innerText()).toMatch(/^Votre compte et vos données ont été supprimés/);
		await expect.poll(journals, { timeout: 10_000 }).toEqual([]);
		await phone.close();
	});
});
