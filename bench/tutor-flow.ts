/**
 * Shared steps of the tutor benches: a student (lea.martin) sends the demo's draft week and
 * creates an invitation link, in its own browser context, through the real UI.
 */
import type { Browser, Page } from 'playwright-core';
import { LoginPage } from '../tests/e2e/pages/login.page.ts';
import { PHONE } from '../tests/e2e/support/browser.ts';

/** Signs the student in and opens their stage (once the first pull has brought it). */
export async function openStudentStage(page: Page, baseUrl: string): Promise<void> {
	await new LoginPage(page).signIn(baseUrl);
	const stage = page.getByRole('link', { name: /Mairie de Villeurbanne/ }).first();
	for (let attempt = 0; attempt < 20 && !(await stage.isVisible()); attempt++) {
		await page.goto(`${baseUrl}/stages`);
		await page.waitForTimeout(1500);
	}
	await stage.click();
}

export async function studentLink(browser: Browser, baseUrl: string): Promise<string> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await openStudentStage(page, baseUrl);
	await page.getByRole('link', { name: /Semaine 3/ }).click();
	await page.getByRole('button', { name: 'Envoyer au tuteur' }).click();
	await page.getByTestId('week-status').getByText('Envoyé au tuteur').waitFor();
	await page.waitForTimeout(3000); // let the live sync push the week
	await page.goBack();
	await page.getByRole('button', { name: 'Inviter mon tuteur' }).click();
	const link = await page.getByLabel('Lien à transmettre').inputValue();
	await context.close();
	return link;
}
