/**
 * A bilan intermédiaire end to end in real Chromium against the real gateway, on phones: the
 * student schedules it from the stage and writes it (notes, an objective, a competence); the
 * tutor finds it among the documents to sign, signs it with the network off and sees it sent;
 * the teacher countersigns from the student's page; the student sees the objectives on the home
 * screen; an edit after the signatures shows « modifié après signature » to the tutor. The
 * teacher also schedules one from the student's page. Each page passes axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login.page.ts';
import { ReviewPage } from './pages/review.page.ts';
import { TeacherPage } from './pages/teacher.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

const SCREENSHOTS = 'docs/screenshots/reviews';
const OBJECTIVE = 'Documenter chaque intervention dans GLPI.';

async function expectAccessible(page: Page, name: string): Promise<void> {
	const violations = await seriousA11yViolations(page);
	expect(violations.map((v) => `${name}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

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

/** A tutor link for the stage shown, created with the student's own session. */
function inviteLink(page: Page): Promise<string> {
	const stageId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
	return page.evaluate(async (id) => {
		const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
		const response = await fetch('/api/invitations', {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
			body: JSON.stringify({ stageId: id })
		});
		return ((await response.json()) as { url: string }).url;
	}, stageId);
}

describe('bilans intermédiaires (phone)', () => {
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

	async function phone(): Promise<Page> {
		// French locale: the date and time pickers show as a French user sees them.
		const context = await browser.newContext({ ...PHONE, locale: 'fr-FR' });
		contexts.push(context);
		return context.newPage();
	}

	it('a review scheduled, written, signed by the tutor offline and by the teacher', async () => {
		// The student schedules a review from the stage and writes what was agreed.
		const student = await phone();
		await new LoginPage(student).signIn(app.url);
		await openStage(student, app.url);
		await student.getByRole('heading', { name: 'Bilans intermédiaires' }).waitFor();
		await expectAccessible(student, 'stage (bilans)');
		const review = new ReviewPage(student);
		await review.schedule('14:00', async () => {
			await expectAccessible(student, 'stage (programmer un bilan)');
			await student
				.getByRole('heading', { name: 'Programmer un bilan' })
				.evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await student.screenshot({ path: `${SCREENSHOTS}/student-schedule.png` });
		});
		const reviewUrl = student.url();
		expect(reviewUrl).toMatch(/\/bilans\/review:\d{4}-\d{2}-\d{2}:[a-z2-7]{10}$/);
		await review.write('Bonne intégration dans l’équipe support.', OBJECTIVE, /^C1\.2 /);
		await expectAccessible(student, 'bilan (élève)');
		await student.screenshot({ path: `${SCREENSHOTS}/student-review.png`, fullPage: true });
		// Nothing typed is lost on reload.
		await student.reload();
		await student.getByLabel('Objectif 1', { exact: true }).waitFor();
		expect(await student.getByLabel('Objectif 1', { exact: true }).inputValue()).toBe(OBJECTIVE);

		// The tutor opens a link (created through the API: the invitation UI has its own tests).
		await openStage(student, app.url);
		const link = await inviteLink(student);
		const tutor = await phone();
		await tutor.goto(link);
		const toSign = tutor.getByTestId('document-to-sign').filter({ hasText: /bilan du/ });
		await toSign.getByText('À signer').waitFor({ timeout: 30_000 });
		await tutor.getByRole('heading', { name: '1 document à signer' }).waitFor();
		await expectAccessible(tutor, 'tuteur (documents à signer)');
		await tutor.screenshot({ path: `${SCREENSHOTS}/tutor-home.png`, fullPage: true });
		await toSign.click();
		await tutor.getByText(OBJECTIVE).waitFor();
		await tutor.getByText(/C1\.2 · /).waitFor();
		// The tutor reads it without a form: only the author edits a review.
		expect(await tutor.getByLabel('Ce qui a été dit').count()).toBe(0);

		// Signed with the network off: kept on the phone, sent when the network is back.
		await tutor.context().setOffline(true);
		const tutorReview = new ReviewPage(tutor);
		await tutorReview.sign('Objectifs partagés.');
		await tutor.getByText('Signature enregistrée sur cet appareil — en attente d’envoi').waitFor();
		await tutorReview.signer('tutor').getByText('signé par Karim Benali').waitFor();
		await expectAccessible(tutor, 'tuteur (bilan signé hors ligne)');
		await tutor.context().setOffline(false);
		await tutor.getByText('Signature transmise').waitFor({ timeout: 30_000 });
		await tutor.screenshot({ path: `${SCREENSHOTS}/tutor-signed.png`, fullPage: true });

		// The teacher finds the review on Léa's page and countersigns it.
		const teacherPage = await phone();
		const teacher = new TeacherPage(teacherPage);
		await teacher.signIn(app.url);
		await teacher.student('Léa Martin').getByRole('link').first().click();
		const reviewLink = teacherPage.getByRole('link', { name: /^Bilan du / });
		await reviewLink.waitFor({ timeout: 30_000 });
		await reviewLink.click();
		const teacherReview = new ReviewPage(teacherPage);
		await teacherReview.signer('tutor').getByText('signé par Karim Benali').waitFor({
			timeout: 30_000
		});
		await teacherReview.sign();
		await teacherPage.getByText('Signature transmise').waitFor({ timeout: 30_000 });
		await teacherReview
			.signer('teacher')
			.getByText(/signé par /)
			.waitFor();
		await expectAccessible(teacherPage, 'bilan (professeur)');
		await teacherPage.screenshot({ path: `${SCREENSHOTS}/teacher-signed.png` });

		// The student sees both signatures, and the objectives on the home screen.
		await student.goto(reviewUrl);
		await review
			.signer('teacher')
			.getByText(/signé par /)
			.waitFor({ timeout: 30_000 });
		await review.signer('tutor').getByText('signé par Karim Benali').waitFor();
		await student.goto(app.url);
		const card = student.getByTestId('objectives-card');
		await card.getByText(OBJECTIVE).waitFor();
		await card.getByText(/C1\.2 · /).waitFor();
		await expectAccessible(student, 'accueil (objectifs)');
		await student.screenshot({ path: `${SCREENSHOTS}/student-home.png` });

		// An edit after the signatures: the tutor's phone shows it and offers to sign again.
		await student.goto(reviewUrl);
		await student.getByLabel('Ce qui a été dit').fill('Bonne intégration. Point sur GLPI ajouté.');
		await review.saved();
		await review.signer('tutor').getByText('modifié après signature').waitFor();
		// Student push then tutor pull: two sync hops, slow when the machine is busy.
		await tutor.getByText(/a été modifié après votre signature/).waitFor({ timeout: 60_000 });
		await tutor.getByRole('button', { name: 'Signer le bilan' }).waitFor();
		await expectAccessible(tutor, 'tuteur (modifié après signature)');
	});

	it('the tutor signs the end-of-stage attestation the same way', async () => {
		const student = await phone();
		await new LoginPage(student).signIn(app.url);
		await openStage(student, app.url);
		const stageUrl = student.url();
		await student
			.getByRole('link', { name: /attestation/i })
			.first()
			.click();
		await student.getByRole('button', { name: 'Enregistrer l’attestation' }).click();
		await student
			.getByText(/enregistrée/i)
			.first()
			.waitFor();
		await student.goto(stageUrl);
		await student.getByRole('button', { name: 'Inviter mon tuteur' }).waitFor();
		const link = await inviteLink(student);

		const tutor = await phone();
		await tutor.goto(link);
		const item = tutor.getByTestId('document-to-sign').filter({ hasText: /attestation de stage/ });
		await item.getByText('À signer').waitFor({ timeout: 30_000 });
		await item.click();
		await tutor.getByRole('heading', { name: 'Attestation de stage' }).waitFor();
		await tutor.getByText('Mairie de Villeurbanne — DSI').first().waitFor();
		await expectAccessible(tutor, 'tuteur (attestation)');
		await tutor.screenshot({ path: `${SCREENSHOTS}/tutor-attestation.png`, fullPage: true });
		const signing = new ReviewPage(tutor);
		await tutor.getByRole('button', { name: 'Signer l’attestation' }).click();
		await signing.drawAndValidate();
		await tutor.getByText('Signature transmise').waitFor({ timeout: 30_000 });
		await signing.signer('tutor').getByText('signé par Karim Benali').waitFor();
		await tutor.goto(new URL('/tuteur', link).href);
		await item.getByText('Signé', { exact: true }).waitFor({ timeout: 30_000 });
	});

	it('a teacher schedules a review from the student’s page and writes it', async () => {
		const teacherPage = await phone();
		const teacher = new TeacherPage(teacherPage);
		await teacher.signIn(app.url);
		await teacher.student('Hugo Bernard').getByRole('link').first().click();
		await teacherPage.getByRole('heading', { name: 'Bilans intermédiaires' }).waitFor({
			timeout: 30_000
		});
		const review = new ReviewPage(teacherPage);
		await review.schedule('10:30');
		expect(teacherPage.url()).toMatch(/\/enseignant\/eleves\/[a-z0-9]+\/bilans\/review:/);
		expect(await teacherPage.getByLabel('Professeur·e').inputValue()).not.toBe('');
		await review.write('Point à mi-parcours.', 'Tester les sauvegardes.', /^C1\.3 /);
		await expectAccessible(teacherPage, 'bilan programmé par le professeur');
	});
});
