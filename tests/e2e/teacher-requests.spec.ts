/**
 * The teacher's other decision and the class filter, laptop, real Chromium and gateway: the filter
 * lists the classes the teacher teaches (`/api/classes/mine`), whatever a student typed in their
 * profile; asking for changes needs a comment, is stored as the teacher's visa, turns the week
 * into « modifications demandées » on the dashboard and reaches the student's week at once.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../integration/support/gateway-client.ts';
import { LoginPage } from './pages/login.page.ts';
import { expectAccessible } from './pages/teacher-flow.ts';
import { serverDocs } from './pages/teacher-seed.ts';
import { TeacherPage } from './pages/teacher.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';

const LAPTOP = { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' };
/** The demo school has a class per year: Léa and Hugo in year 2, Inès in year 1. */
const DEMO_CLASS = 'BTS SIO 2 — Lycée Victor-Hugo (démo)';
const DEMO_CLASS_YEAR_1 = 'BTS SIO 1 — Lycée Victor-Hugo (démo)';

describe('teacher: class filter and request for changes (laptop)', () => {
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

	it('filters by the classes taught, and asks a student for changes', async () => {
		// Hugo typed another class in his profile: the filter does not believe it.
		const hugo = await login(app.url, 'hugo.bernard');
		const profileUrl = `/couch/${hugo.journal}/profile`;
		const profile = (await (await hugo.fetch(profileUrl)).json()) as Record<string, unknown>;
		const put = await hugo.fetch(profileUrl, {
			method: 'PUT',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ ...profile, className: 'Terminale STMG' })
		});
		expect(put.status).toBe(201);

		const context = await browser.newContext(LAPTOP);
		const page = await context.newPage();
		const teacher = new TeacherPage(page);
		await teacher.signIn(app.url);
		await teacher.waitForCell('Hugo Bernard', 1, 'submitted');
		const classFilter = page.getByLabel('Classe');
		await classFilter.locator('option', { hasText: DEMO_CLASS }).waitFor({ state: 'attached' });
		expect(await classFilter.locator('option').allTextContents()).toEqual([
			'Toutes mes classes',
			DEMO_CLASS_YEAR_1,
			DEMO_CLASS
		]);
		await classFilter.selectOption({ label: DEMO_CLASS });
		await page.getByTestId('shown-count').getByText('2 élèves affichés sur 3').waitFor();

		// Hugo's first week, sent and not signed yet: the teacher asks for changes.
		await teacher.student('Hugo Bernard').locator('[data-week="1"] a').click();
		await page.getByRole('heading', { name: 'Hugo Bernard', level: 1 }).waitFor();
		const panel = page.locator('section[id^="week:"]').first();
		const weekId = await panel.getAttribute('id');
		await panel.getByText('Demander des modifications', { exact: true }).click();
		await panel.getByRole('button', { name: 'Envoyer la demande' }).click();
		await page.getByRole('alert').getByText('Indiquez les modifications demandées.').waitFor();
		await panel
			.getByLabel('Ce que l’élève doit corriger ou compléter')
			.fill('Ajoutez le schéma réseau de la salle serveur.');
		await panel.getByRole('button', { name: 'Envoyer la demande' }).click();
		await page.getByRole('status').getByText('Demande de modifications envoyée.').waitFor();
		await panel.locator('[data-state="changes-requested"]').first().waitFor();
		await panel.getByText(/Modifications demandées par Claire Dubois/).waitFor();
		await expectAccessible(page, 'carnet de l’élève (demande de modifications)');

		// Stored on the server as the teacher's visa…
		let visas: Record<string, unknown>[] = [];
		for (let i = 0; i < 60 && visas.length === 0; i++) {
			visas = (await serverDocs(app.url, 'hugo.bernard', 'visa')).filter(
				(v) => v.weekId === weekId && v.decision === 'changes_requested'
			);
			if (visas.length === 0) await new Promise((r) => setTimeout(r, 500));
		}
		expect(visas).toEqual([
			expect.objectContaining({
				signerRole: 'teacher',
				comment: 'Ajoutez le schéma réseau de la salle serveur.'
			})
		]);

		// …on the dashboard…
		await page.getByRole('link', { name: 'Classe' }).click();
		await teacher.waitForCell('Hugo Bernard', 1, 'changes-requested');

		// …and on Hugo's week.
		const student = await browser.newContext(LAPTOP);
		const studentPage = await student.newPage();
		await new LoginPage(studentPage).signIn(app.url, 'hugo.bernard');
		await studentPage.goto(`${app.url}/semaines/${weekId}`);
		const visa = studentPage.getByTestId('visa').first();
		await visa.getByText('Modifications demandées').waitFor({ timeout: 30_000 });
		await visa.getByText('« Ajoutez le schéma réseau de la salle serveur. »').waitFor();
		await visa.getByText(/Par Claire Dubois \(professeur·e\)/).waitFor();
		await student.close();
		await context.close();
	});
});
