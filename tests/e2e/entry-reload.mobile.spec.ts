/**
 * Today's entry keeps every key through a reload sent right after the last one, several times
 * in a row: the page's end mirrors what IndexedDB has not committed yet (`mirrorDraftNow`), and
 * the editor lays it over the draft when it opens again.
 */
import { describe, expect, it } from 'vitest';
import { EntryPage } from './pages/entry.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { PHONE } from './support/browser.ts';
import { appAndBrowser } from './support/suite.ts';

const suite = appAndBrowser();

describe('today’s entry (phone)', () => {
	it('keeps every key typed right before a reload, reload after reload', async () => {
		const context = await suite.browser.newContext(PHONE);
		const page = await context.newPage();
		await new LoginPage(page).signIn(suite.app.url);
		const entry = new EntryPage(page);
		await entry.openToday();
		let expected = await entry.text().inputValue();
		for (const words of ['Câblage de la baie 2.', ' Tests des VLAN.', ' Sauvegardes vérifiées.']) {
			await entry.text().click();
			await entry.text().press('End');
			await entry.text().pressSequentially(words, { delay: 0 });
			expected += words;
			await page.reload();
			await entry.text().waitFor();
			expect(await entry.text().inputValue()).toBe(expected);
		}
		// Folded into the journal from there: still all there at the next opening.
		await page.waitForTimeout(2500);
		await page.reload();
		await entry.text().waitFor();
		expect(await entry.text().inputValue()).toBe(expected);
		await context.close();
	});
});
