/**
 * Phone screenshots (390×844, and 360 wide for the list) of the tutor's pages and of the
 * student's invitation block, into docs/screenshots/tutor/. Run after `npm run build`:
 * `npx node bench/tutor-screenshots.ts`.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { TutorPage } from '../tests/e2e/pages/tutor.page.ts';
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';
import { openStudentStage, studentLink } from './tutor-flow.ts';

const OUT = 'docs/screenshots/tutor';
await mkdir(OUT, { recursive: true });
const app = await startApp();
const browser = await launchBrowser();
const shot = async (page: Page, name: string, fullPage = false) => {
	await page.waitForTimeout(500);
	await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
	console.log('screenshot', name);
};
try {
	const link = await studentLink(browser, app.url);

	// The student's invitation block, as the student sees it right after creating a link.
	const studentContext = await browser.newContext(PHONE);
	const student = await studentContext.newPage();
	await openStudentStage(student, app.url);
	await student.getByRole('button', { name: 'Inviter mon tuteur' }).click();
	await student.getByTestId('invitation').scrollIntoViewIfNeeded();
	await shot(student, '01-etudiant-invitation');

	const narrow = await browser.newContext({ ...PHONE, viewport: { width: 360, height: 780 } });
	const narrowPage = await narrow.newPage();
	await narrowPage.goto(link);
	await narrowPage.getByRole('heading', { name: /à viser/ }).waitFor();
	await shot(narrowPage, '02-semaines-a-viser-360');

	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const tutor = new TutorPage(page);
	await tutor.openLink(link);
	await page.getByRole('heading', { name: /à viser/ }).waitFor();
	await shot(page, '03-semaines-a-viser');
	await tutor.openWeek(/semaine 3/i);
	await shot(page, '04-semaine');
	await shot(page, '05-semaine-complete', true);
	await page
		.getByRole('button', { name: /Agrandir la photo/ })
		.first()
		.click();
	await page.getByRole('dialog').waitFor();
	await shot(page, '06-photo-en-grand');
	await page.getByRole('button', { name: 'Fermer' }).click();
	await page.getByRole('button', { name: 'Demander des modifications' }).click();
	await shot(page, '07-demande-modifications');
	await page.getByRole('button', { name: 'Annuler' }).click();
	// Once the week's photos are on the phone, it may sign without the network.
	await page.getByText(/Lisez la semaine ci-dessous/).waitFor({ timeout: 60_000 });
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Signer la semaine' }).click();
	await page.getByLabel('Commentaire (facultatif)').fill('Bonne semaine, travail soigné.');
	const pad = page.getByTestId('signature-pad');
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	await page.mouse.move(box.x + 30, box.y + 100);
	await page.mouse.down();
	for (let i = 1; i <= 14; i++) {
		await page.mouse.move(box.x + 30 + i * 18, box.y + 80 - 40 * Math.sin(i / 1.5));
	}
	await page.mouse.up();
	await page.getByRole('heading', { name: 'Signer la semaine' }).scrollIntoViewIfNeeded();
	await shot(page, '08-signer');
	await page.getByRole('button', { name: 'Valider ma signature' }).click();
	await page.getByText('en attente d’envoi').waitFor();
	await shot(page, '09-visa-en-attente');
	await context.setOffline(false);
	await page.getByText('Visa transmis').waitFor({ timeout: 30_000 });
	await shot(page, '10-visa-transmis');

	// The student's week with the visa (same student context as the invitation).
	await student.getByRole('link', { name: /Semaine 3/ }).click();
	await student.getByTestId('visa').first().waitFor({ timeout: 30_000 });
	await student.getByRole('heading', { name: 'Visas' }).scrollIntoViewIfNeeded();
	await shot(student, '11-etudiant-semaine-visee');
} finally {
	await browser.close();
	await app.stop();
}
