/**
 * « Écrire ma journée » on a phone just signed in, before the first pull has brought the stage:
 * the page must not tell the student to add a stage they already have. It says the journal is
 * arriving, then opens today's entry once the stage is there.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EntryPage } from './pages/entry.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { PHONE, seriousA11yViolations } from './support/browser.ts';
import { appAndBrowser } from './support/suite.ts';

const suite = appAndBrowser();

describe('today’s entry on a phone just signed in (phone)', () => {
	it('waits for the journal to arrive instead of asking for a stage, then opens the entry', async () => {
		const context = await suite.browser.newContext(PHONE);
		const page = await context.newPage();
		// The journal's replication is held back: the stage has not reached the phone yet.
		const held: Route[] = [];
		let holding = true;
		await context.route('**/couch/**', (route) =>
			holding ? void held.push(route) : route.continue()
		);
		await new LoginPage(page).signIn(suite.app.url);
		await page.goto(`${suite.app.url}/journal/aujourdhui`);
		await page.getByText('Votre carnet arrive du serveur').waitFor();
		expect(await page.getByRole('link', { name: 'Ajouter mon stage' }).count()).toBe(1);
		expect(await seriousA11yViolations(page)).toEqual([]);

		holding = false;
		for (const route of held.splice(0)) await route.continue();
		const entry = new EntryPage(page);
		await entry.text().waitFor({ timeout: 60_000 });
		expect(page.url()).toContain('/journal/entry');
		await context.close();
	});
});
