/**
 * The privacy notice on a phone (390×844), real Chromium against the real gateway: reachable
 * from the login page and from the student's, the tutor's and the teacher's pages; generated from
 * the gateway's settings and the school's name; readable offline from the copy of the last visit
 * or from the built-in defaults, saying so. Screenshots go to docs/screenshots/privacy/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstStageId, invite } from '../integration/support/tutor-client.ts';
import { login } from '../integration/support/gateway-client.ts';
import { waitForServiceWorker } from './pages/app-shell.ts';
import { LoginPage } from './pages/login.page.ts';
import { expectAccessible } from './pages/teacher-flow.ts';
import { TeacherPage } from './pages/teacher.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

const SCREENSHOTS = 'docs/screenshots/privacy';
const LINK = 'Confidentialité et données personnelles';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
	await mkdir(SCREENSHOTS, { recursive: true });
	app = await startApp({
		SCHOOL_NAME: 'Lycée Jean-Moulin',
		SCHOOL_CONTACT: 'dpo@lycee-jean-moulin.fr'
	});
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function openNoticeFrom(page: Page): Promise<void> {
	await page.getByRole('link', { name: LINK }).click();
	await page.getByRole('heading', { name: 'Vos données personnelles' }).waitFor();
	await page.getByRole('heading', { name: 'Qui voit quoi' }).waitFor();
}

describe('privacy notice (phone)', () => {
	it('opens from the login page and says what the actual configuration is', async () => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto(`${app.url}/connexion`);
		await openNoticeFrom(page);
		expect(new URL(page.url()).pathname).toBe('/confidentialite');

		const text = () => page.locator('main').innerText();
		await expect.poll(text).toContain('Lycée Jean-Moulin');
		const notice = await text();
		expect(notice).toContain('dpo@lycee-jean-moulin.fr');
		expect(notice).toContain('mission d’intérêt public');
		expect(notice).toContain('30 jours après la fin du stage');
		expect(notice).toContain('31 décembre de l’année qui suit l’archivage de la classe');
		expect(notice).toContain('8 heures sans activité');
		expect(notice).not.toContain('Hors ligne');
		// The fields come from the schemas: open one document type.
		await page.getByText('Stage', { exact: true }).click();
		await page.getByText(/adresse e-mail du tuteur ou de la tutrice/).waitFor();
		await page.getByText('Attestation de stage', { exact: true }).click();
		await page.getByText(/date de naissance \(facultative, seulement ici\)/).waitFor();
		await expectAccessible(page, 'privacy notice');
		await page.screenshot({ path: `${SCREENSHOTS}/notice-phone.png`, fullPage: true });
		await page.getByText('Stage', { exact: true }).click();
		await page.getByText('Attestation de stage', { exact: true }).click();
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: `${SCREENSHOTS}/notice-phone-top.png` });

		// Really offline (the app shell from the service worker): the copy of this visit, dated,
		// said to be possibly out of date.
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto(`${app.url}/confidentialite`);
		await page
			.getByText(/Hors ligne : cette notice reprend les réglages relevés le \d\d\/\d\d\/\d{4}/)
			.waitFor();
		expect(await text()).toContain('Lycée Jean-Moulin');
		expect(await text()).toContain('30 jours après la fin du stage');
		await context.close();

		// Never online before: the built-in defaults, said to be the app's and not the school's.
		const fresh = await browser.newContext(PHONE);
		const offline = await fresh.newPage();
		await offline.route('**/api/**', (route) => route.abort());
		await offline.goto(`${app.url}/confidentialite`);
		await offline
			.getByText(/réglages par défaut de l’application, pas ceux de\s+votre établissement/)
			.waitFor();
		expect(await offline.locator('main').innerText()).toContain('30 jours après la fin du stage');
		await expectAccessible(offline, 'privacy notice offline');
		await offline.screenshot({ path: `${SCREENSHOTS}/notice-offline-phone.png` });
		await fresh.close();
	});

	it('is linked from the student’s, the teacher’s and the tutor’s pages', async () => {
		const student = await browser.newContext(PHONE);
		const studentPage = await student.newPage();
		await new LoginPage(studentPage).signIn(app.url);
		await openNoticeFrom(studentPage);
		// The student keeps their navigation on the notice.
		await studentPage.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
		await student.close();

		const teacher = await browser.newContext(PHONE);
		const teacherPage = await teacher.newPage();
		await new TeacherPage(teacherPage).signIn(app.url);
		await openNoticeFrom(teacherPage);
		await teacher.close();

		const lea = await login(app.url, 'lea.martin');
		const invitation = await invite(lea, await firstStageId(lea));
		const tutor = await browser.newContext(PHONE);
		const tutorPage = await tutor.newPage();
		await tutorPage.goto(invitation.url);
		await tutorPage.getByText(/^Bonjour /).waitFor();
		await openNoticeFrom(tutorPage);
		// A tutor is not sent back to /tuteur from the notice.
		await tutorPage.waitForTimeout(500);
		expect(new URL(tutorPage.url()).pathname).toBe('/confidentialite');
		await tutor.close();
	});
});
