/**
 * The student's promise, in real Chromium at phone size against the real gateway: write the
 * journal with a photo, go offline, keep writing, reload, close and reopen the browser on the
 * same profile — everything is there, the shell comes from the service worker, and a tab killed
 * mid-typing loses nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, waitForServiceWorker } from './pages/app-shell.ts';
import { EntryPage } from './pages/entry.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { StagePage } from './pages/stage.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchPersistentPhone, seriousA11yViolations } from './support/browser.ts';
import { twelveMegapixelJpeg } from './support/photo-in-page.ts';

async function expectAccessible(page: Page, name: string): Promise<void> {
	const violations = await seriousA11yViolations(page);
	expect(violations.map((v) => `${name}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function firstPage(context: BrowserContext): Promise<Page> {
	return context.pages()[0] ?? (await context.newPage());
}

describe('journal offline (phone)', () => {
	let app: RunningApp;
	let profileDir: string;
	let context: BrowserContext;

	beforeAll(async () => {
		app = await startApp();
		profileDir = await mkdtemp(join(tmpdir(), 'carnet-phone-'));
	});
	afterAll(async () => {
		await context?.close().catch(() => undefined);
		await app?.stop();
		await rm(profileDir, { recursive: true, force: true });
	});

	it('keeps every entry, photo and keystroke offline, across reloads and browser restarts', async () => {
		context = await launchPersistentPhone(profileDir);
		let page = await firstPage(context);
		await page.goto(`${app.url}/connexion`);
		await expectAccessible(page, 'connexion');
		const login = new LoginPage(page);
		await login.signIn(app.url, 'lea.martin', 'mauvais-mot-de-passe', false);
		await page.getByRole('alert').getByText('Identifiant ou mot de passe incorrect.').waitFor();
		await login.signIn(app.url);
		await waitForServiceWorker(page);
		await expectAccessible(page, 'accueil');

		// A stage covering today, after a first invalid attempt that keeps what was valid.
		const stage = new StagePage(page);
		await stage.openNew(app.url);
		await stage.fill({
			organisation: 'Mairie de Villeurbanne — DSI',
			tutorName: 'Claire Durand',
			tutorEmail: 'pas-une-adresse',
			startDate: localDate(-14),
			endDate: localDate(21)
		});
		await stage.save();
		await page.getByText('Adresse e-mail du tuteur·rice invalide.').waitFor();
		expect(await page.getByLabel('Nom de l’organisation').inputValue()).toBe(
			'Mairie de Villeurbanne — DSI'
		);
		await expectAccessible(page, 'stage (erreurs)');
		await page.getByLabel('E-mail (facultatif)').fill('claire.durand@example.fr');
		await stage.save();
		await page.getByRole('heading', { name: 'Mairie de Villeurbanne — DSI' }).waitFor();
		await page.getByText('semaine partielle').first().waitFor();
		await expectAccessible(page, 'stage');
		await page.getByRole('link', { name: 'Modifier le stage' }).click();
		await page.getByLabel('Nom de l’organisation').waitFor();
		await expectAccessible(page, 'stage (modifier)');
		await page.goto(`${app.url}/stages`);
		await page.getByText('Durée des stages (référentiel)').waitFor();
		await expectAccessible(page, 'stages');

		// Today's entry, one tap from home, with time, an activity, a tool and a 12 MP photo.
		await page.goto(app.url);
		const entry = new EntryPage(page);
		await entry.openToday();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry-text');
		await entry.type('Remplacement du switch du 2e étage.');
		await entry.chooseTime('½ journée');
		await entry.toggleActivity('1.1');
		await entry.addTool('GLPI');
		await entry.attachFile(await twelveMegapixelJpeg(page));
		await entry.waitPhotos(1);
		// A file that is not an image: a French error, and the text is untouched.
		await entry.attachFile({
			name: 'compte-rendu.jpg',
			mimeType: 'image/jpeg',
			buffer: Buffer.from('Ceci est un texte, pas une photo.')
		});
		await page
			.getByRole('alert')
			.getByText(/^compte-rendu\.jpg : Ce fichier n.est pas une image/)
			.waitFor();
		expect(await entry.text().inputValue()).toBe('Remplacement du switch du 2e étage.');
		await expectAccessible(page, 'entrée');
		const entryUrl = page.url();

		// Send the week to the tutor: its digest is stored with it.
		await page.getByRole('link', { name: 'Voir le rapport de la semaine' }).click();
		await page
			.getByLabel('Synthèse de la semaine')
			.fill('Semaine consacrée au réseau du 2e étage.');
		await page.getByRole('button', { name: 'Envoyer au tuteur' }).click();
		await page.getByTestId('week-status').getByText('Envoyé au tuteur').waitFor();
		await page.goBack();
		await entry.text().waitFor();

		// Offline: keep writing, then reload — the shell comes from the service worker.
		await context.setOffline(true);
		await entry.type(' Suite hors ligne : documentation du VLAN.');
		await page.reload();
		await entry.text().waitFor();
		const written = 'Remplacement du switch du 2e étage. Suite hors ligne : documentation du VLAN.';
		expect(await entry.text().inputValue()).toBe(written);
		expect(await page.getByRole('button', { name: '½ journée' }).getAttribute('aria-pressed')).toBe(
			'true'
		);
		await entry.waitPhotos(1);

		// The week report opens offline too (deep link through the SPA fallback).
		await page.getByRole('link', { name: 'Voir le rapport de la semaine' }).click();
		// Written after sending: the week says so.
		await page.getByTestId('week-status').getByText('Modifié après envoi').waitFor();
		await page.getByText('Suite hors ligne').waitFor();
		expect(await page.getByLabel('Synthèse de la semaine').inputValue()).toBe(
			'Semaine consacrée au réseau du 2e étage.'
		);
		await page.getByText('Gestion du patrimoine informatique').first().waitFor();
		await expectAccessible(page, 'semaine');
		await page.goto(`${app.url}/parametres`);
		await page.getByTestId('sync-card').waitFor();
		await expectAccessible(page, 'réglages');
		await page.goto(`${app.url}/profil`);
		await page.getByLabel('Prénom').waitFor();
		await expectAccessible(page, 'profil');

		// Close the browser and reopen it on the same profile, still offline.
		await context.close();
		context = await launchPersistentPhone(profileDir);
		await context.setOffline(true);
		page = await firstPage(context);
		await page.goto(app.url);
		await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
		await page.getByText('Suite hors ligne').first().waitFor();
		await page.getByText('Modifié après envoi').waitFor();
		await page.goto(entryUrl);
		const typing = new EntryPage(page);
		expect(await typing.text().inputValue()).toBe(written);
		await typing.waitPhotos(1);

		// Kill the tab mid-typing: no wait for the debounced fold into the journal.
		await typing.text().press('End');
		await typing.text().pressSequentially(' Tapé juste avant la fermeture.');
		await typing.waitSaved();
		await page.close({ runBeforeUnload: false });
		page = await context.newPage();
		await page.goto(entryUrl);
		expect(await new EntryPage(page).text().inputValue()).toBe(
			`${written} Tapé juste avant la fermeture.`
		);
	});
});
