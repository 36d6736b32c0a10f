/**
 * The student's side of the school year, on a phone, then the admin's on a laptop: a student of
 * an archived class sees « Exportez vos données avant le … » (and the gateway records the offer),
 * asks for the deletion of their data from the settings (export offered first), and the admin
 * confirms it; the account is gone and the audit trail tells the story.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, type UserClient } from '../integration/support/gateway-client.ts';
import { createClass, importStudents } from '../integration/support/lifecycle.ts';
import { AdminPage } from './pages/admin.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { expectAccessible } from './pages/teacher-flow.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

const SCREENSHOTS = 'docs/screenshots/privacy';

let app: RunningApp;
let browser: Browser;
let admin: UserClient;

beforeAll(async () => {
	await mkdir(SCREENSHOTS, { recursive: true });
	app = await startApp();
	browser = await launchBrowser();
	admin = await login(app.url, 'admin.demo');
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('export offer and deletion on request', () => {
	it('offers the export before the purge date, then deletes the student on request', async () => {
		const classId = await createClass(admin, 'SIO2 Z', 2);
		const [student] = await importStudents(app.url, admin, classId, 'Lambert', ['Chloé'], 2);
		const year = new Date().getFullYear() + 1;
		const archived = await admin.fetch(`/api/admin/classes/${classId}/archive`, {
			method: 'POST',
			...json({ purgeAfter: `${year}-06-30` })
		});
		expect(archived.status).toBe(200);

		const phone = await browser.newContext(PHONE);
		const page = await phone.newPage();
		await new LoginPage(page).signIn(app.url, student!.username, student!.password);
		const banner = page.getByTestId('export-offer-banner');
		await banner
			.getByRole('heading', { name: `Exportez vos données avant le 30/06/${year}` })
			.waitFor();
		// Showing it is what the purge waits for.
		const offeredAt = async () => {
			const students = (await (
				await admin.fetch(`/api/admin/classes/${classId}/students`)
			).json()) as { id: string; exportOfferedAt?: string }[];
			return students.find((s) => s.id === student!.id)?.exportOfferedAt;
		};
		await expect.poll(offeredAt, { timeout: 10_000 }).toBeTruthy();
		await expectAccessible(page, 'home with the export offer');
		await page.screenshot({ path: `${SCREENSHOTS}/export-offer-phone.png` });

		await banner.getByRole('link', { name: 'Réglages' }).click();
		const card = page.getByTestId('deletion-card');
		await card.getByRole('button', { name: 'Demander la suppression de mes données' }).click();
		await card.getByText('D’abord, gardez une copie de vos données.').waitFor();
		const confirm = card.getByRole('button', { name: 'Confirmer ma demande de suppression' });
		expect(await confirm.isDisabled()).toBe(true);
		await card.getByLabel(/J’ai exporté mes données/).check();
		await card.scrollIntoViewIfNeeded();
		await expectAccessible(page, 'deletion request');
		await page.screenshot({ path: `${SCREENSHOTS}/deletion-request-phone.png` });
		await confirm.click();
		await card.getByText(/Demande envoyée le \d\d\/\d\d\/\d{4}/).waitFor();
		await phone.close();

		const requests = (await (await admin.fetch('/api/admin/deletion-requests')).json()) as {
			studentId: string;
			exportOfferedAt?: string;
		}[];
		expect(requests.find((r) => r.studentId === student!.id)?.exportOfferedAt).toBeTruthy();

		const laptop = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			locale: 'fr-FR'
		});
		const adminPage = new AdminPage(await laptop.newPage());
		await adminPage.signIn(app.url);
		await adminPage.nav('Suppressions').click();
		const request = adminPage.page.getByTestId('deletion-requests').getByRole('listitem').filter({
			hasText: 'Chloé Lambert'
		});
		await request.getByText(/export proposé le/).waitFor();
		expect(await request.innerText()).toContain('SIO2 Z');
		await expectAccessible(adminPage.page, 'deletion requests');
		await adminPage.page.screenshot({ path: 'docs/screenshots/admin/deletions-laptop.png' });
		await request.getByRole('button', { name: 'Confirmer la suppression…' }).click();
		await request.getByRole('button', { name: 'Supprimer définitivement' }).click();
		await adminPage.page.getByText(/Les données de Chloé Lambert ont été supprimées/).waitFor();
		await adminPage.page.getByText('Aucune demande en attente.').waitFor();

		// Gone for real: the password no longer opens anything.
		const again = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			...json({ username: student!.username, password: student!.password })
		});
		expect(again.status).toBe(401);

		await adminPage.nav('Journal d’audit').click();
		const audit = adminPage.auditList();
		await audit.getByText('suppression des données d’un·e élève').waitFor();
		const texts = await audit.locator('li').allInnerTexts();
		expect(texts[0]).toContain('à la demande de l’élève');
		expect(texts[0]).toContain(`Carnet supprimé (journal_${student!.id})`);
		expect(texts.some((t) => /demande de suppression/i.test(t))).toBe(true);
		expect(texts.some((t) => /export proposé avant la purge/i.test(t))).toBe(true);
		await laptop.close();
	});
});
