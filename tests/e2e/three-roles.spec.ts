/**
 * The three people of an internship, each in their own real Chromium context, on one running
 * gateway: the student submits a week and invites the tutor from the app; the tutor opens the link
 * on a phone, signs with the network off and sees the visa delivered once back online; the teacher
 * sees the visa on the dashboard and the student's journal, and countersigns; the student then
 * edits the signed week and all three see « modifié après visa » with what changed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './pages/teacher-flow.ts';
import { serverDocs } from './pages/teacher-seed.ts';
import { LoginPage } from './pages/login.page.ts';
import { TeacherPage } from './pages/teacher.page.ts';
import { TutorPage } from './pages/tutor.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

const LAPTOP = { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' };

/** The student's stage page, from the list of stages (reloaded until the first pull lands). */
async function openStage(page: Page, baseUrl: string): Promise<void> {
	const link = page.getByRole('link', { name: /Mairie de Villeurbanne/ }).first();
	for (let attempt = 0; attempt < 20; attempt++) {
		await page.goto(`${baseUrl}/stages`);
		await page.getByRole('heading', { name: 'Mes stages' }).waitFor();
		if (await link.isVisible()) break;
		await page.waitForTimeout(1500);
	}
	await link.click();
	await page.getByRole('button', { name: 'Inviter mon tuteur' }).waitFor();
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
	for (let i = 0; ; i++) {
		const value = await read();
		if (ok(value) || i > 60) return value;
		await new Promise((r) => setTimeout(r, 500));
	}
}

describe('student, tutor and teacher on one week', () => {
	let app: RunningApp;
	let browser: Browser;
	const contexts: BrowserContext[] = [];

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close().catch(() => undefined);
		await browser?.close();
		await app?.stop();
	});

	async function open(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
		const context = await browser.newContext(options);
		contexts.push(context);
		return context.newPage();
	}

	it('submit, invite, sign offline, countersign, edit: everyone sees the visa invalidated', async () => {
		// The student submits the third week (a draft in the demo seed) from her phone.
		const student = await open(PHONE);
		await new LoginPage(student).signIn(app.url);
		await openStage(student, app.url);
		await student.getByRole('link', { name: /Semaine 3/ }).click();
		await student.getByRole('button', { name: 'Envoyer au tuteur' }).click();
		await student.getByTestId('week-status').getByText('Envoyé au tuteur').waitFor();
		const weekUrl = student.url();
		const weekId = decodeURIComponent(weekUrl.split('/semaines/')[1] ?? '');
		expect(weekId).toMatch(/^week:\d{4}-\d{2}-\d{2}:/);

		// …and invites her tutor: the link is the one the app shows to copy, share or scan.
		await openStage(student, app.url);
		await student.getByRole('button', { name: 'Inviter mon tuteur' }).click();
		await student
			.getByText(/Valable jusqu’au/)
			.waitFor({ timeout: 60_000 })
			.catch(async (error: unknown) => {
				// Say what the page showed instead (an error message, or nothing).
				const alerts = await student.getByRole('alert').allTextContents();
				throw new Error(`no invitation link; alerts: ${JSON.stringify(alerts)}`, { cause: error });
			});
		const link = await student.getByLabel('Lien à transmettre').inputValue();

		// The tutor opens it on a phone, reads the week, and signs with the network off.
		const tutorPage = await open(PHONE);
		const tutor = new TutorPage(tutorPage);
		await tutor.openLink(link);
		await tutorPage.getByRole('heading', { name: /semaines? à viser/ }).waitFor();
		await tutor.openWeek(/semaine 3/i);
		await tutorPage.getByText(/Lisez la semaine ci-dessous/).waitFor({ timeout: 60_000 });
		await tutorPage.context().setOffline(true);
		await tutor.sign('Semaine conforme.');
		await tutorPage.getByText('Visa enregistré sur ce téléphone — en attente d’envoi').waitFor();
		await tutorPage.context().setOffline(false);
		await tutorPage.getByText('Visa transmis').waitFor({ timeout: 30_000 });

		// The student's navigation counts the visa as new until she opens the week.
		const news = student
			.getByRole('navigation', { name: 'Navigation principale' })
			.getByRole('link', { name: /Stages/ })
			.getByTestId('alerts-badge');
		await news.getByText('1 nouveauté : visa, commentaire').waitFor({ timeout: 30_000 });

		// The teacher sees the visa on the class dashboard and in Léa's journal, and countersigns.
		const teacherPage = await open(LAPTOP);
		const teacher = new TeacherPage(teacherPage);
		await teacher.signIn(app.url);
		await teacher.waitForCell('Léa Martin', 3, 'signed');
		await teacher.student('Léa Martin').locator('[data-week="3"] a').click();
		const panel = teacher.weekPanel(weekId);
		await panel.getByText(/Visa de Karim Benali/).waitFor({ timeout: 30_000 });
		await panel.getByText('« Semaine conforme. »', { exact: false }).waitFor();
		await panel.getByRole('button', { name: 'Contresigner' }).click();
		await panel.locator('[data-state="countersigned"]').first().waitFor();
		await expectAccessible(teacherPage, 'carnet de l’élève (contresigné)');
		const visas = await eventually(
			() => serverDocs(app.url, 'lea.martin', 'visa'),
			(docs) => docs.some((d) => d.signerRole === 'teacher' && d.weekId === weekId)
		);
		expect(visas.filter((d) => d.weekId === weekId).map((d) => d.signerRole)).toEqual(
			expect.arrayContaining(['tutor', 'teacher'])
		);

		// The student sees both visas on her week; seen there, they are no longer news.
		await student.goto(weekUrl);
		await student.getByText('Par Claire Dubois (professeur·e)').waitFor({ timeout: 30_000 });
		await student.getByText(/Par Karim Benali/).waitFor();
		await news.waitFor({ state: 'detached' });
		await student.reload();
		await student.getByText(/Par Karim Benali/).waitFor();
		await student.waitForTimeout(500);
		expect(await news.count()).toBe(0);

		// She edits an entry of the signed week.
		await student.locator('a[href*="/journal/entry:"]').first().click();
		const text = student.getByLabel('Qu’avez-vous fait aujourd’hui ?');
		await text.click();
		await text.press('End');
		await text.pressSequentially(' Précision ajoutée après visa.');
		await student.locator('[data-save-state="saved"]').waitFor();
		await student.goto(weekUrl);
		const studentBanner = student.getByTestId('modified-after-visa');
		await studentBanner.getByText(/modifiée \(texte\)/).waitFor({ timeout: 30_000 });

		// The tutor's phone: the week needs a new visa, with the list of changes.
		const tutorBanner = tutorPage.getByTestId('modified-after-visa');
		await tutorBanner.getByText(/modifiée \(texte\)/).waitFor({ timeout: 30_000 });
		await tutorPage.getByRole('button', { name: 'Signer la semaine' }).waitFor();

		// The teacher: the week's panel, the dashboard cell and the attention list.
		const teacherBanner = panel.getByTestId('modified-after-visa');
		await teacherBanner.getByText(/modifiée \(texte\)/).waitFor({ timeout: 30_000 });
		expect(await panel.getByRole('button', { name: 'Contresigner' }).count()).toBe(0);
		await expectAccessible(teacherPage, 'carnet de l’élève (modifié après visa)');
		await teacherPage.getByRole('link', { name: 'Classe' }).click();
		await teacher.waitForCell('Léa Martin', 3, 'modified-after-visa');
		await teacher
			.attention()
			.getByText(/modifiée après visa/)
			.waitFor();
	});
});
