/**
 * The visa round trip in real Chromium against the real gateway, with separate browser
 * contexts: the student submits a week and invites the tutor; the tutor opens the link on a
 * phone, reads the week, signs it offline, and sees « Visa transmis » once back online; the
 * student sees the visa; an edit after the visa shows « Modifié après visa » on both sides; a
 * request for changes needs a comment and reaches the student.
 * A revoked link shows its French error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login.page.ts';
import { TutorPage } from './pages/tutor.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

async function expectAccessible(page: Page, name: string): Promise<void> {
	const violations = await seriousA11yViolations(page);
	expect(violations.map((v) => `${name}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

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

async function createLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Inviter mon tuteur' }).click();
	await page.getByTestId('invitation').waitFor();
	await page.getByText(/Valable jusqu’au/).waitFor();
	// The QR code is drawn after the link appears: wait for it, then check there is exactly one.
	await page
		.getByRole('img', { name: /QR code/ })
		.first()
		.waitFor();
	expect(await page.getByRole('img', { name: /QR code/ }).count()).toBe(1);
	return page.getByLabel('Lien à transmettre').inputValue();
}

describe('tutor visa (phone)', () => {
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

	async function phone(width: number = PHONE.viewport.width): Promise<Page> {
		const context = await browser.newContext({
			...PHONE,
			viewport: { width, height: PHONE.viewport.height }
		});
		contexts.push(context);
		return context.newPage();
	}

	it('signs a week offline, delivers it, and flags an edit after the visa', async () => {
		const student = await phone();
		await new LoginPage(student).signIn(app.url);

		// The student sends the draft week (the demo seed's third week).
		await openStage(student, app.url);
		await student.getByRole('link', { name: /Semaine 3/ }).click();
		await student.getByRole('button', { name: 'Envoyer au tuteur' }).click();
		await student.getByTestId('week-status').getByText('Envoyé au tuteur').waitFor();
		const weekUrl = student.url();

		await openStage(student, app.url);
		const link = await createLink(student);
		expect(link).toMatch(/\/tuteur#.{20,}$/);
		await expectAccessible(student, 'stage (invitation)');

		// The tutor opens the link on a phone: the token leaves the address bar at once.
		const tutorPage = await phone();
		const tutor = new TutorPage(tutorPage);
		await tutor.openLink(link);
		await tutorPage.getByRole('heading', { name: /semaines? à viser/ }).waitFor();
		expect(tutorPage.url()).not.toContain('#');
		await tutorPage.getByText('Bonjour Karim Benali').waitFor();
		await expectAccessible(tutorPage, 'tuteur (semaines)');

		await tutor.openWeek(/semaine 3/i);
		await tutorPage.getByText('Mairie de Villeurbanne — DSI').first().waitFor();
		await expectAccessible(tutorPage, 'tuteur (semaine)');

		// Once the week's photos are on the phone, it may sign without the network.
		await tutorPage.getByText(/Lisez la semaine ci-dessous/).waitFor({ timeout: 60_000 });
		// Offline: the visa is written on the phone and waits.
		await tutorPage.context().setOffline(true);
		await tutor.sign('Très bonne semaine.');
		await tutorPage.getByText('Visa enregistré sur ce téléphone — en attente d’envoi').waitFor();
		await tutorPage.getByTestId('visa-state').getByText('Visée par le tuteur').waitFor();
		await expectAccessible(tutorPage, 'tuteur (visa en attente)');

		// Back online: the gateway checks the digest and stores it.
		await tutorPage.context().setOffline(false);
		await tutorPage.getByText('Visa transmis').waitFor({ timeout: 30_000 });

		// The student sees the visa, its signature and its verification code.
		await student.goto(weekUrl);
		const visa = student.getByTestId('visa').first();
		await visa.getByText('Semaine visée').waitFor({ timeout: 30_000 });
		await visa.getByText(/Par Karim Benali/).waitFor();
		await visa.getByText('« Très bonne semaine. »').waitFor();
		expect(await visa.getByRole('img', { name: 'Signature de Karim Benali' }).count()).toBe(1);
		await visa.getByText(/Code de vérification/).waitFor();
		await expectAccessible(student, 'semaine (visa)');

		// The student edits an entry of the signed week.
		await student.locator('a[href*="/journal/entry:"]').first().click();
		const text = student.getByLabel('Qu’avez-vous fait aujourd’hui ?');
		await text.click();
		await text.press('End');
		await text.pressSequentially(' Ajout après visa.');
		await student.locator('[data-save-state="saved"]').waitFor();
		await student.waitForTimeout(2500);
		await student.goto(weekUrl);
		const studentBanner = student.getByTestId('modified-after-visa');
		await studentBanner.waitFor({ timeout: 30_000 });
		await studentBanner.getByText(/modifiée \(texte\)/).waitFor({ timeout: 30_000 });

		// The tutor's phone pulls the edit: the week asks for a new visa, with the list of changes.
		const tutorBanner = tutorPage.getByTestId('modified-after-visa');
		await tutorBanner.waitFor({ timeout: 30_000 });
		await tutorBanner.getByText(/modifiée \(texte\)/).waitFor({ timeout: 30_000 });
		await tutorPage.getByRole('button', { name: 'Signer la semaine' }).waitFor();
		await expectAccessible(tutorPage, 'tuteur (modifié après visa)');

		// Asking for changes needs a comment; the student then sees the request.
		await tutorPage.getByRole('button', { name: 'Demander des modifications' }).click();
		await tutorPage.getByRole('button', { name: 'Envoyer la demande' }).click();
		await tutorPage.getByRole('alert').getByText('Indiquez les modifications demandées.').waitFor();
		await expectAccessible(tutorPage, 'tuteur (demande de modifications)');
		await tutorPage
			.getByLabel('Ce qu’il faut corriger ou compléter')
			.fill('Précisez le matériel remplacé.');
		await tutorPage.getByRole('button', { name: 'Envoyer la demande' }).click();
		await tutorPage.getByText('Visa transmis').waitFor({ timeout: 30_000 });
		await tutorPage.getByTestId('visa-state').getByText('Modifications demandées').waitFor();
		await student.reload();
		await student
			.getByTestId('visa')
			.first()
			.getByText('« Précisez le matériel remplacé. »')
			.waitFor({ timeout: 30_000 });
		await student.getByTestId('visa-state').getByText('Modifications demandées').waitFor();
	});

	it('says a link needs the network, and shows the French reason for a revoked link', async () => {
		const student = await phone();
		await new LoginPage(student).signIn(app.url);
		await openStage(student, app.url);

		// Creating a link needs the network, and says so.
		await student.context().setOffline(true);
		await student.getByRole('button', { name: 'Inviter mon tuteur' }).click();
		await student
			.getByRole('alert')
			.getByText(/Inviter votre tuteur·rice demande une connexion à Internet/)
			.waitFor();
		await student.context().setOffline(false);

		const link = await createLink(student);
		await student.getByRole('button', { name: 'Révoquer ce lien' }).click();
		await student.getByText('Lien révoqué : il ne fonctionne plus.').waitFor();

		const tutorPage = await phone(360);
		await tutorPage.goto(link);
		await tutorPage.getByRole('alert').getByText('Ce lien a été révoqué.').waitFor();
		expect(tutorPage.url()).not.toContain('#');
		await expectAccessible(tutorPage, 'tuteur (lien révoqué)');
	});
});
