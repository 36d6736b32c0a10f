/**
 * Signing in with a password at /connexion opens each role's own home: the tutor's weeks to sign,
 * the teacher's dashboard, the admin's classes. The student's home (« Aucun stage ») never shows
 * for them, not even for a frame: every text the page ever displays is recorded from the start.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

/** Records every text shown in the body, across navigations, from the first frame. */
const RECORD_TEXTS = `
	window.addEventListener('DOMContentLoaded', () => {
		const seen = (window.top.__seen ??= []);
		const note = () => seen.push(document.body.innerText);
		new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
		note();
	});
`;

/** What only the student's home shows (the tutor's page greets with « Bonjour » too). */
const STUDENT_HOME = /Aucun stage|Écrire ma journée|Rapport de la semaine/;

describe('sign-in opens the home of each role', () => {
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

	async function signIn(username: string): Promise<Page> {
		const context = await browser.newContext(PHONE);
		await context.addInitScript(RECORD_TEXTS);
		const page = await context.newPage();
		await page.goto(`${app.url}/connexion`);
		await page.getByLabel('Identifiant').fill(username);
		await page.getByLabel('Mot de passe').fill('demo-carnet');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		return page;
	}

	/** All texts the page showed since the connexion page opened (single-page navigation). */
	const seen = (page: Page) =>
		page.evaluate(() => ((window as unknown as { __seen?: string[] }).__seen ?? []).join('\n'));

	it.each([
		['tuteur.demo', '/tuteur', 'Carnet de stage'],
		['prof.demo', '/enseignant', 'Tableau de bord de la classe'],
		['admin.demo', '/admin', 'Classes']
	])('%s lands on %s without the student home', async (username, path, heading) => {
		const page = await signIn(username);
		await page.waitForURL((url) => url.pathname === path);
		await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
		await page.waitForTimeout(1500); // a late redirect or render would show by now
		expect(new URL(page.url()).pathname).toBe(path);
		const texts = await seen(page);
		expect(texts.match(STUDENT_HOME)?.[0], texts.slice(0, 600)).toBeUndefined();
		await page.context().close();
	});

	it('a student still lands on their home', async () => {
		const page = await signIn('lea.martin');
		await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/');
		await page.context().close();
	});
});
