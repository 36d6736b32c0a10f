/**
 * The school admin's screens in real Chromium against the real gateway: a class created, students
 * imported from a CSV with one bad line (one-time passwords shown, the French error kept), the
 * class promoted then archived, and the audit trail naming those actions; settings that drive
 * the privacy notice; axe checks at laptop and phone size; a teacher refused by the page and by
 * the API. Screenshots go to docs/screenshots/admin/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminPage } from './pages/admin.page.ts';
import { expectAccessible } from './pages/teacher-flow.ts';
import { TeacherPage } from './pages/teacher.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';
import { login } from '../integration/support/gateway-client.ts';

const SCREENSHOTS = 'docs/screenshots/admin';
const LAPTOP = { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' } as const;
const CLASS_NAME = 'SIO1 B';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
	await mkdir(SCREENSHOTS, { recursive: true });
	app = await startApp();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function openAdmin(device: object): Promise<{ context: BrowserContext; admin: AdminPage }> {
	const context = await browser.newContext(device);
	const admin = new AdminPage(await context.newPage());
	await admin.signIn(app.url);
	return { context, admin };
}

async function apiFrom(page: Page, path: string, method = 'GET') {
	return page.evaluate(
		async ({ path, method }) => {
			const response = await fetch(path, { method, headers: { 'X-CSRF-Token': 'x' } });
			return { status: response.status, body: (await response.json()) as unknown };
		},
		{ path, method }
	);
}

describe('admin screens', () => {
	it('create a class, import students with a bad line, promote, archive, and audit it (laptop)', async () => {
		const { context, admin } = await openAdmin(LAPTOP);
		const page = admin.page;
		expect(new URL(page.url()).pathname).toBe('/admin');
		await expectAccessible(page, 'classes (laptop)');

		await admin.createClass(CLASS_NAME);
		const row = admin.classLink(CLASS_NAME);
		expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(
			/1re année · option non renseignée · 0 élève Active/
		);

		await row.click();
		await page.getByTestId('class-summary').getByText('1re année').waitFor();
		await admin.importCsv(
			[
				'nom;prénom;option;année',
				'Durand;Zoé;SISR;1',
				'Leroy;Ana;RESEAU;1',
				'Moreau;Yanis;SLAM;1'
			].join('\n'),
			'file'
		);
		const accounts = await admin.createdAccounts();
		expect(accounts.map(([name, username]) => [name, username])).toEqual([
			['Zoé Durand', 'zoe.durand'],
			['Yanis Moreau', 'yanis.moreau']
		]);
		expect(await page.getByTestId('import-errors').textContent()).toContain(
			'Ligne 3 : l’option doit être SISR ou SLAM.'
		);
		// The bad line stays in the box to be corrected.
		expect(await page.getByLabel('ou contenu collé').inputValue()).toBe(
			'nom;prénom;option;année\nLeroy;Ana;RESEAU;1'
		);
		// The one-time password shown really opens the student's account.
		const login = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username: 'zoe.durand', password: accounts[0]![2] })
		});
		expect(login.status).toBe(200);
		await page.getByTestId('student-list').getByText('Yanis Moreau').waitFor();
		await expectAccessible(page, 'class after import (laptop)');
		await page.screenshot({ path: `${SCREENSHOTS}/class-import-laptop.png`, fullPage: true });

		await page.getByRole('button', { name: 'Passer en 2e année…' }).click();
		await page.getByRole('button', { name: 'Confirmer le passage en 2e année' }).click();
		await page.getByText('Classe passée en 2e année (2 élèves).').waitFor();
		await page.getByTestId('class-summary').getByText('2e année').waitFor();

		await page.getByRole('button', { name: 'Archiver la classe…' }).click();
		const year = new Date().getFullYear() + 1;
		expect(await page.getByLabel('Conserver les carnets jusqu’au').inputValue()).toBe(
			`${year}-12-31`
		);
		await page.getByText(`Par défaut, le 31/12/${year}`).waitFor();
		await expectAccessible(page, 'archive confirmation (laptop)');
		await page.getByRole('button', { name: 'Confirmer l’archivage' }).click();
		await page.getByText(`conservés jusqu’au 31/12/${year}`).waitFor();
		await page.getByTestId('class-summary').getByText('Archivée').waitFor();

		await admin.nav('Classes').click();
		expect((await admin.classLink(CLASS_NAME).innerText()).replace(/\s+/g, ' ')).toMatch(
			new RegExp(
				`2e année · SISR · SLAM · 2 élèves Archivée \\(lecture seule\\) purge après le 31/12/${year}`
			)
		);
		await page.screenshot({ path: `${SCREENSHOTS}/classes-laptop.png`, fullPage: true });

		await admin.nav('Journal d’audit').click();
		const audit = admin.auditList();
		await audit.getByText('archivage d’une classe').waitFor();
		const first = await audit.locator('li').nth(0).textContent();
		const second = await audit.locator('li').nth(1).textContent();
		expect(first).toContain(`Classe ${CLASS_NAME}`);
		expect(first).toMatch(/par .+ \(administration\)/);
		expect(first).toContain(`conservé jusqu’au 31/12/${year}`);
		expect(second).toContain('passage d’une classe en 2e année');
		expect(second).toContain('2 élèves');
		await expectAccessible(page, 'audit (laptop)');
		await page.screenshot({ path: `${SCREENSHOTS}/audit-laptop.png` });
		await context.close();
	});

	it('creates a teacher and a tutor, assigns the class and links a student (laptop)', async () => {
		const { context, admin } = await openAdmin(LAPTOP);
		const page = admin.page;
		await admin.nav('Personnes').click();
		const teacherForm = page.getByRole('region', { name: 'Créer un compte enseignant' });
		await teacherForm.getByLabel('Nom affiché').fill('Marie Curie');
		// A username is suggested from the name, without accents.
		expect(await teacherForm.getByLabel('Identifiant de connexion').inputValue()).toBe(
			'marie.curie'
		);
		await teacherForm.getByRole('button', { name: 'Créer le compte' }).click();
		const teacherPassword = await teacherForm.getByTestId('password').first().innerText();

		const tutorForm = page.getByRole('region', { name: 'Créer un compte tuteur' });
		await tutorForm.getByLabel('Nom affiché').fill('Paul Garnier');
		await tutorForm.getByLabel('Identifiant de connexion').fill('paul.garnier');
		await tutorForm.getByRole('button', { name: 'Créer le compte' }).click();
		const tutorPassword = await tutorForm.getByTestId('password').first().innerText();
		// Taken usernames are refused in French, the typed values kept.
		await tutorForm.getByLabel('Nom affiché').fill('Paul Garnier');
		await tutorForm.getByLabel('Identifiant de connexion').fill('paul.garnier');
		await tutorForm.getByRole('button', { name: 'Créer le compte' }).click();
		await tutorForm
			.getByRole('alert')
			.getByText('L’identifiant « paul.garnier » existe déjà.')
			.waitFor();
		expect(await tutorForm.getByLabel('Identifiant de connexion').inputValue()).toBe(
			'paul.garnier'
		);

		const link = page.getByRole('region', { name: 'Relier un tuteur à un·e élève' });
		await link.getByLabel('Tuteur·rice').selectOption({ label: 'Paul Garnier' });
		await link.getByLabel('Élève').selectOption({ label: 'Zoé Durand' });
		await link.getByRole('button', { name: 'Relier' }).click();
		await link.getByText('Paul Garnier peut lire le carnet de Zoé Durand.').waitFor();

		await admin.nav('Classes').click();
		await admin.classLink(CLASS_NAME).click();
		const team = page.getByRole('region', { name: 'Équipe pédagogique' });
		await team.getByLabel('Affecter').selectOption({ label: 'Marie Curie' });
		await team.getByRole('button', { name: 'Affecter à la classe' }).click();
		await team.getByRole('listitem').getByText('Marie Curie').waitFor();
		await context.close();

		// What the gateway now grants them, with the passwords the screens showed.
		const teacher = await login(app.url, 'marie.curie', teacherPassword);
		const classes = (await (await teacher.fetch('/api/classes/mine')).json()) as {
			name: string;
			students: { displayName: string }[];
		}[];
		expect(classes.map((c) => c.name)).toEqual([CLASS_NAME]);
		expect(classes[0]!.students.map((s) => s.displayName)).toEqual(['Yanis Moreau', 'Zoé Durand']);
		const tutor = await login(app.url, 'paul.garnier', tutorPassword);
		expect(tutor.me.databases.map((d) => d.studentName)).toEqual(['Zoé Durand']);
	});

	it('settings: a bad value is explained and kept, a good one reaches the privacy notice', async () => {
		const { context, admin } = await openAdmin(LAPTOP);
		const page = admin.page;
		await admin.nav('Réglages').click();
		const days = page.getByLabel('Accès des tuteurs après la fin du stage (jours)');
		await expect.poll(() => days.inputValue()).toBe('30');
		await days.fill('400');
		await page.getByRole('button', { name: 'Enregistrer' }).click();
		await page.getByRole('alert').getByText('un nombre de jours entre 0 et 365').waitFor();
		expect(await days.inputValue()).toBe('400');
		await days.fill('45');
		await page.getByRole('button', { name: 'Enregistrer' }).click();
		await page.getByText('Réglages enregistrés.').waitFor();
		await expectAccessible(page, 'settings (laptop)');

		await page.getByRole('link', { name: 'notice de confidentialité' }).click();
		await page.getByText('45 jours après la fin du stage').first().waitFor();
		await context.close();
	});

	it('purges: the archived class waits for its date, and a run now deletes nothing yet', async () => {
		const { context, admin } = await openAdmin(LAPTOP);
		const page = admin.page;
		await admin.nav('Purges').click();
		const year = new Date().getFullYear() + 1;
		const upcoming = page.getByTestId('purges-upcoming');
		await upcoming.getByText(CLASS_NAME).waitFor();
		expect((await upcoming.innerText()).replace(/\s+/g, ' ')).toContain(
			`${CLASS_NAME} 2 élèves · purge après le 31/12/${year}`
		);
		await page.getByText('Aucun carnet n’a dépassé sa date de conservation.').waitFor();
		await page.getByRole('button', { name: 'Lancer la purge maintenant…' }).click();
		await expectAccessible(page, 'purge confirmation (laptop)');
		await page.getByRole('button', { name: 'Confirmer la purge' }).click();
		await page.getByRole('status').getByText('Aucun carnet supprimé.').waitFor();
		// The class is still there, with its journals.
		await upcoming.getByText(CLASS_NAME).waitFor();
		await page.screenshot({ path: `${SCREENSHOTS}/purges-laptop.png`, fullPage: true });
		await context.close();
	});

	it('every admin page passes axe on a phone, and lays out at 390 px', async () => {
		const { context, admin } = await openAdmin(PHONE);
		const page = admin.page;
		await expectAccessible(page, 'classes (phone)');
		await page.screenshot({ path: `${SCREENSHOTS}/classes-phone.png`, fullPage: true });
		await admin.classLink(CLASS_NAME).click();
		await page.getByTestId('student-list').waitFor();
		await expectAccessible(page, 'class (phone)');
		await page.screenshot({ path: `${SCREENSHOTS}/class-phone.png`, fullPage: true });
		for (const [label, heading, shot] of [
			['Personnes', 'Enseignants et tuteurs', 'people-phone'],
			['Suppressions', 'Demandes de suppression', 'deletions-phone'],
			['Purges', 'Purges', 'purges-phone'],
			['Journal d’audit', 'Journal d’audit', 'audit-phone'],
			['Réglages', 'Réglages de l’établissement', 'settings-phone']
		] as const) {
			await admin.nav(label).click();
			await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
			await page.waitForLoadState('networkidle');
			await expectAccessible(page, `${label} (phone)`);
			await page.screenshot({ path: `${SCREENSHOTS}/${shot}.png`, fullPage: true });
		}
		// Nothing wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await context.close();
	});

	it('refuses a teacher, in the page and in the API', async () => {
		const context = await browser.newContext(LAPTOP);
		const page = await context.newPage();
		await new TeacherPage(page).signIn(app.url);
		await page.goto(`${app.url}/admin`);
		const refusal = page.getByTestId('admin-refusal');
		await refusal.getByRole('heading', { name: 'Accès réservé à l’administration' }).waitFor();
		expect(await page.getByTestId('class-list').count()).toBe(0);
		expect(await apiFrom(page, '/api/admin/classes')).toEqual({
			status: 403,
			body: { error: 'Réservé aux administrateurs.' }
		});
		expect((await apiFrom(page, '/api/admin/people')).status).toBe(403);
		expect((await apiFrom(page, '/api/admin/audit')).status).toBe(403);
		await expectAccessible(page, 'refusal (teacher)');
		await context.close();
	});
});
