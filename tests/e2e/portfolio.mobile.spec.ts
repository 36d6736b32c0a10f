/**
 * The portfolio round trip in real Chromium against the real gateway, on phones: the student
 * creates an achievement from a journal entry (prefilled: text, activity → competence, date),
 * completes it, and sees the bloc 1 coverage change; the teacher reads it on the student's page,
 * comments and validates it; the student sees the validation, then « Modifiée après validation »
 * after an edit. Each page passes axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryPage } from './pages/entry.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { PortfolioPage } from './pages/portfolio.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

async function expectAccessible(page: Page, name: string): Promise<void> {
	const violations = await seriousA11yViolations(page);
	expect(violations.map((v) => `${name}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

const TITLE = 'Traitement d’un incident réseau';

describe('portfolio (phone)', () => {
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
		const context = await browser.newContext({ ...PHONE });
		contexts.push(context);
		return context.newPage();
	}

	it('student creates an achievement from an entry; the teacher validates it', async () => {
		const student = await phone();
		await new LoginPage(student).signIn(app.url);
		const portfolio = new PortfolioPage(student);

		// An empty portfolio: no bloc 1 competence yet, every situation to add.
		await student.getByRole('link', { name: 'Portfolio' }).click();
		await student.getByTestId('portfolio-coverage').waitFor();
		expect(Object.values(await portfolio.mobilised())).toEqual(Array(6).fill(false));
		await student.getByText('Aucune réalisation pour l’instant.', { exact: false }).waitFor();
		await expectAccessible(student, 'portfolio vide');
		// From an entry this device does not hold: a French reason, nothing created.
		await student.goto(`${app.url}/portfolio/nouvelle/entry:2020-01-06:aaaaaaaaaa`);
		await student
			.getByRole('alert')
			.getByText('Cette entrée n’existe pas sur cet appareil')
			.waitFor();
		await expectAccessible(student, 'nouvelle réalisation (erreur)');

		// Today's entry, with activity 1.2 ticked, becomes an achievement.
		await student.goto(app.url);
		const entry = new EntryPage(student);
		await entry.openToday();
		await entry.type('Panne du commutateur du 2e étage diagnostiquée et résolue.');
		await entry.toggleActivity('1.2');
		await entry.waitSaved();
		await student.getByRole('button', { name: 'Créer une réalisation' }).click();
		await student.getByRole('heading', { name: 'Réalisation', exact: true, level: 1 }).waitFor();
		expect(student.url()).toMatch(/\/portfolio\/achievement:/);
		expect(await student.getByLabel('Description').inputValue()).toBe(
			'Panne du commutateur du 2e étage diagnostiquée et résolue.'
		);
		expect(await student.getByLabel('En milieu professionnel').isChecked()).toBe(true);
		// Activity 1.2 gave competence C1.2, still to be detailed by sub-competence.
		await student
			.getByText('Reprise du journal, sans sous-compétence précisée', { exact: false })
			.waitFor();
		await student
			.getByText(/C1\.2 « Répondre aux incidents.* précisez les sous-compétences/)
			.waitFor();

		await student.getByLabel('Intitulé').fill(TITLE);
		// Stored at the keystroke: a reload right away (before the debounce) loses nothing.
		await student.locator('[data-save-state="saved"]').waitFor();
		await student.reload();
		await student.getByLabel('Intitulé').waitFor();
		expect(await student.getByLabel('Intitulé').inputValue()).toBe(TITLE);
		await portfolio.tick('C1.2.1');
		await portfolio.tick('C1.2.2');
		// The sub-competences replace the bare competence the journal activity gave.
		expect(await student.getByText('Reprise du journal', { exact: false }).count()).toBe(0);
		await student.getByRole('button', { name: 'Incidents et demandes d’assistance' }).click();
		// A PDF report as a production; a program is refused with its reason, the PDF kept.
		const files = student.getByTestId('achievement-files');
		await files.locator('input[type=file]').setInputFiles({
			name: 'Compte rendu d’intervention.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n% compte rendu\n%%EOF\n')
		});
		await files
			.getByRole('button', { name: 'Compte-rendu-d-intervention.pdf', exact: true })
			.waitFor();
		await files.locator('input[type=file]').setInputFiles({
			name: 'outil.exe',
			mimeType: 'application/x-msdownload',
			buffer: Buffer.from('MZ')
		});
		await files
			.getByRole('alert')
			.getByText('outil.exe : type de fichier non accepté', { exact: false })
			.waitFor();
		expect(await files.getByRole('button', { name: /^Retirer le fichier/ }).count()).toBe(1);
		await portfolio.flushed();
		await expectAccessible(student, 'réalisation');

		// The coverage now counts C1.2, and the support situation is present.
		await student.getByRole('link', { name: 'Retour' }).click();
		await portfolio.card(TITLE).waitFor();
		const after = await portfolio.mobilised();
		expect(after).toMatchObject({ 'C1.1': false, 'C1.2': true, 'C1.3': false });
		await student.getByText('Compétences du bloc 1 : 1 sur 6 mobilisées').waitFor();
		expect(await student.locator('[data-situation="support"]').getAttribute('data-present')).toBe(
			'true'
		);
		await portfolio.card(TITLE).locator('[data-validation-state="none"]').waitFor();
		await expectAccessible(student, 'portfolio');
		// The student keeps the achievement open while the teacher reads it.
		await portfolio.card(TITLE).click();
		await student
			.getByTestId('validation-state')
			.locator('[data-validation-state="none"]')
			.waitFor();

		// The teacher (another phone) reads, comments and validates it.
		const teacher = await phone();
		await new LoginPage(teacher).signIn(app.url, 'prof.demo', 'demo-carnet', false);
		await teacher.getByRole('heading', { name: 'Tableau de bord de la classe' }).waitFor();
		await teacher
			.locator('[data-student="Léa Martin"]')
			.filter({ visible: true })
			.getByRole('link', { name: /Léa Martin/ })
			.first()
			.click();
		const card = teacher.getByTestId('teacher-achievement').filter({ hasText: TITLE });
		await card.getByText('2 compétences cochées').waitFor({ timeout: 60_000 });
		await card.getByText('Lire la réalisation').click();
		await card.getByRole('button', { name: 'Fichier : Compte-rendu-d-intervention.pdf' }).waitFor();
		await card.getByLabel(/Commentaire sur/).fill('Ajoutez la capture du ticket.');
		await card.getByRole('button', { name: 'Publier le commentaire' }).click();
		await teacher.getByRole('status').getByText('Commentaire publié.').waitFor();
		await card.getByRole('button', { name: 'Valider la réalisation' }).click();
		await teacher.getByRole('status').getByText('Réalisation validée.').waitFor();
		await card.locator('[data-validation-state="validated"]').first().waitFor();
		await expectAccessible(teacher, 'élève (portfolio)');

		// The student's phone pulls the validation and the comment: the open page shows them.
		await student
			.getByTestId('validation-state')
			.locator('[data-validation-state="validated"]')
			.waitFor({ timeout: 60_000 });
		await student.getByText('Ajoutez la capture du ticket.').waitFor();
		await student.getByText(/Validée par Claire Dubois le/).waitFor();

		// An edit after the validation shows, and asks for a new one.
		await student
			.getByLabel('Description')
			.fill('Panne du commutateur : diagnostic, remplacement.');
		await portfolio.flushed();
		await student
			.getByTestId('validation-state')
			.locator('[data-validation-state="modified"]')
			.waitFor();
		await student.getByRole('link', { name: 'Retour' }).click();
		await portfolio.card(TITLE).locator('[data-validation-state="modified"]').waitFor();
	});
});
