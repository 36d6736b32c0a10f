/**
 * Screenshots of the teacher's pages at 1280×800 and 390×844 into docs/screenshots/teacher/,
 * real gateway and demo seed plus two tutor visas (one on a week Léa edited afterwards).
 * Run after `npm run build`: `npx node bench/teacher-screenshots.ts`.
 */
import { mkdir } from 'node:fs/promises';
import type { BrowserContextOptions } from 'playwright-core';
import { editEntryOfWeek, signAsTutor } from '../tests/e2e/pages/teacher-seed.ts';
import { TeacherPage } from '../tests/e2e/pages/teacher.page.ts';
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';

const OUT = 'docs/screenshots/teacher';
await mkdir(OUT, { recursive: true });
const app = await startApp();
const browser = await launchBrowser();
try {
	const signed = await signAsTutor(app.url, 'Léa Martin', 1);
	await signAsTutor(app.url, 'Léa Martin', 2);
	await editEntryOfWeek(app.url, 'lea.martin', 2);
	const devices: [string, BrowserContextOptions][] = [
		['laptop', { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' }],
		['phone', PHONE]
	];
	for (const [device, options] of devices) {
		const context = await browser.newContext(options);
		const page = await context.newPage();
		page.on('pageerror', (e) => console.error('pageerror', e));
		const teacher = new TeacherPage(page);
		await teacher.signIn(app.url);
		await teacher.waitForCell('Léa Martin', 2, 'modified-after-visa');
		const shot = async (name: string, fullPage = true) => {
			await page.waitForTimeout(400);
			await page.screenshot({ path: `${OUT}/${device}-${name}.png`, fullPage });
			console.log('screenshot', device, name);
		};
		await shot('1-tableau-de-bord');
		await page.getByTestId('attention').getByRole('link').first().click();
		await page.getByRole('heading', { name: 'Léa Martin', level: 1 }).waitFor();
		await teacher.weekPanel(signed).locator('summary').first().click();
		await shot('2-carnet-eleve');
		// The week Léa edited after the visa: what changed; and the teacher's request for changes.
		const modified = page.locator('section[id^="week:"]', {
			has: page.getByTestId('modified-after-visa')
		});
		await modified.getByTestId('modified-after-visa').locator('li').first().waitFor();
		await modified.screenshot({ path: `${OUT}/${device}-4-modifie-apres-visa.png` });
		const first = teacher.weekPanel(signed);
		await first.getByText('Demander des modifications', { exact: true }).click();
		await first.screenshot({ path: `${OUT}/${device}-5-demande-modifications.png` });
		await page.goto(`${app.url}/enseignant/competences`);
		await page.getByTestId('class-coverage').waitFor();
		await shot('3-competences-classe');
		await context.close();
	}
} finally {
	await browser.close();
	await app.stop();
}
