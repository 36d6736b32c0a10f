/**
 * Phone-size screenshots (390×844) of every student page into docs/screenshots/, through the
 * real gateway and the real UI. Run after `npm run build`: `npx node bench/student-screenshots.ts`.
 */
import { mkdir } from 'node:fs/promises';
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';
import { twelveMegapixelJpeg } from '../tests/e2e/support/photo-in-page.ts';
import { EntryPage } from '../tests/e2e/pages/entry.page.ts';
import { LoginPage } from '../tests/e2e/pages/login.page.ts';
import { StagePage } from '../tests/e2e/pages/stage.page.ts';

const OUT = 'docs/screenshots';
await mkdir(OUT, { recursive: true });
const app = await startApp();
const browser = await launchBrowser();
try {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	page.on('pageerror', (e) => console.error('pageerror', e));
	const shot = async (name: string, fullPage = false) => {
		await page.waitForTimeout(400);
		await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
		console.log('screenshot', name);
	};
	await page.goto(`${app.url}/connexion`);
	await shot('01-connexion');
	await new LoginPage(page).signIn(app.url);
	await shot('02-accueil-vide');
	const stage = new StagePage(page);
	await stage.openNew(app.url);
	await stage.fill({
		organisation: '',
		tutorName: 'Mme Durand',
		tutorEmail: 'pas-un-email',
		startDate: '2026-11-16',
		endDate: '2026-11-02'
	});
	await stage.save();
	await shot('03-stage-erreurs', true);
	const today = new Date();
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	const start = new Date(today.getTime() - 10 * 86400_000);
	const end = new Date(today.getTime() + 30 * 86400_000);
	await stage.fill({
		organisation: 'Mairie de Villeurbanne — DSI',
		tutorName: 'Claire Durand',
		tutorRole: 'Responsable infrastructure',
		tutorEmail: 'claire.durand@example.fr',
		startDate: iso(start),
		endDate: iso(end),
		objectives: 'Participer au support utilisateurs et au renouvellement du parc.'
	});
	await stage.save();
	await page.getByRole('heading', { name: 'Mairie de Villeurbanne — DSI' }).waitFor();
	await shot('04-stage-semaines', true);
	await page.goto(`${app.url}/stages`);
	await page.getByText('Durée des stages').waitFor();
	await shot('05-stages', true);
	await page.goto(`${app.url}/profil`);
	await page.getByLabel('Prénom').waitFor();
	await page.getByLabel('SISR').check();
	await page.getByLabel('2e année').check();
	await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
	await shot('06-profil');
	await page.goto(app.url);
	const entry = new EntryPage(page);
	await entry.openToday();
	await shot('07-entree-vide');
	await entry.type('Remplacement du switch du 2e étage et mise à jour de la documentation réseau.');
	await entry.chooseTime('½ journée');
	await entry.toggleActivity('1.1');
	await entry.toggleActivity('A2.1');
	await entry.addTool('GLPI');
	await entry.attachFile(await twelveMegapixelJpeg(page));
	await entry.waitPhotos(1);
	await shot('08-entree-remplie', true);
	await page.getByRole('button', { name: 'Voir la photo en grand' }).click();
	await shot('09-photo-plein-ecran');
	await page.getByRole('button', { name: 'Fermer', exact: true }).click();
	await page.getByRole('link', { name: 'Voir le rapport de la semaine' }).click();
	await page.getByTestId('week-status').waitFor();
	await shot('10-semaine', true);
	await page.goto(app.url);
	await page.getByText('Rapport de la semaine').waitFor();
	await shot('11-accueil', true);
	await page.goto(`${app.url}/parametres`);
	await page.getByTestId('sync-card').waitFor();
	await shot('12-reglages', true);
	// The narrowest common phone.
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto(app.url);
	await page.getByText('Rapport de la semaine').waitFor();
	await shot('13-accueil-360');
	await entry.openToday();
	await shot('14-entree-360');
	await context.close();
} finally {
	await browser.close();
	await app.stop();
}
