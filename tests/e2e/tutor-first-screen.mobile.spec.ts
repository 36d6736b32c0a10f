/**
 * The tutor's first screen needs no database code: opening the link, the list of weeks, the
 * week's entries and an enabled « Signer la semaine » all come from the token exchange's
 * answer while every chunk holding PouchDB, Dexie or zod is held back by the network. Once
 * those arrive, the visa is written into the phone's replica and delivered. The référentiel's
 * labels (each entry's activities, « Compétences mobilisées ») are on that first screen too,
 * from the exchange, while the chunk holding the référentiel is held as well; reopened, the page
 * has no exchange and takes them from that chunk.
 * Without the memory-first tutor pages (or with the photos' metadata left out of the
 * exchange), the week never shows — or the button stays disabled — while the chunks are held.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referentielReader } from '../../src/lib/domain/referentiel/referentiel.ts';
import { LoginPage } from './pages/login.page.ts';
import { TutorPage } from './pages/tutor.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

/** Text found in the built chunks of PouchDB, Dexie and zod (and nowhere else). */
const HEAVY = ['PouchDB', 'Dexie', 'ZodError'];
/** Text found in the built chunk of the référentiel's JSON (the label of activity 1.1). */
const REFERENTIEL = 'Gestion du patrimoine informatique';

/** The student sends the demo's draft week (semaine 3) and creates an invitation link. */
async function studentLink(browser: Browser, baseUrl: string): Promise<string> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await new LoginPage(page).signIn(baseUrl);
	const stage = page.getByRole('link', { name: /Mairie de Villeurbanne/ }).first();
	for (let attempt = 0; attempt < 20 && !(await stage.isVisible()); attempt++) {
		await page.goto(`${baseUrl}/stages`);
		await page.waitForTimeout(1500);
	}
	await stage.click();
	await page.getByRole('link', { name: /Semaine 3/ }).click();
	await page.getByRole('button', { name: 'Envoyer au tuteur' }).click();
	await page.getByTestId('week-status').getByText('Envoyé au tuteur').waitFor();
	await page.waitForTimeout(3000); // the live sync pushes the week
	await page.goBack();
	await page.getByRole('button', { name: 'Inviter mon tuteur' }).click();
	const link = await page.getByLabel('Lien à transmettre').inputValue();
	await context.close();
	return link;
}

/**
 * Holds every script whose code contains one of `marks` until `release()` (then delivered), or
 * `fail()` (then the requests held, and every later one, fail as if the network had dropped).
 * `delivered` lists each delivery, those after `release()` included.
 */
async function holdChunks(context: BrowserContext, marks: string[]) {
	const held: string[] = [];
	const delivered: string[] = [];
	const marked = new Map<string, Set<string>>();
	let outcome: 'hold' | 'deliver' | 'fail' = 'hold';
	let settle!: () => void;
	const settled = new Promise<void>((resolve) => (settle = resolve));
	await context.route(/\/_app\/immutable\/.*\.js$/, async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		const found = marks.filter((mark) => body.includes(mark));
		for (const mark of found)
			marked.set(mark, new Set(marked.get(mark)).add(route.request().url()));
		if (found.length) {
			held.push(route.request().url());
			await settled;
			if (outcome === 'fail') return route.abort('internetdisconnected');
			delivered.push(route.request().url());
		}
		await route.fulfill({ response, body });
	});
	return {
		held,
		delivered,
		/** Chunks seen so far whose code contains `mark`. */
		holding: (mark: string) => [...(marked.get(mark) ?? [])],
		release: () => {
			outcome = 'deliver';
			settle();
		},
		fail: () => {
			outcome = 'fail';
			settle();
		},
		/** After `fail()`: the network is back, the chunks load again. */
		restore: () => context.unrouteAll({ behavior: 'ignoreErrors' })
	};
}

/**
 * A gateway (its own demo seed: each test sends the same week) and a browser for the enclosing
 * `describe`, started before its tests and stopped after them.
 */
function ownAppAndBrowser(): { app: () => RunningApp; browser: () => Browser } {
	let app: RunningApp | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});
	return { app: () => app!, browser: () => browser! };
}

describe('tutor first screen (phone)', () => {
	const { app, browser } = ownAppAndBrowser();

	it('shows the week with « Signer la semaine » enabled before PouchDB, Dexie and zod arrive, then signs', async () => {
		const link = await studentLink(browser(), app().url);
		// No service worker: it would fetch the chunks itself, beside this page's routing.
		const context = await browser().newContext({ ...PHONE, serviceWorkers: 'block' });
		const chunks = await holdChunks(context, [...HEAVY, REFERENTIEL]);
		const page: Page = await context.newPage();
		const tutor = new TutorPage(page);

		await tutor.openLink(link);
		await page.getByRole('heading', { name: /semaines? à viser/ }).waitFor();
		await page.getByText('Bonjour Karim Benali').waitFor();
		await tutor.openWeek(/semaine 3/i);
		await page.getByText('Mairie de Villeurbanne — DSI').first().waitFor();
		await page
			.getByRole('button', { name: 'Signer la semaine', disabled: false })
			.waitFor({ timeout: 30_000 });
		await page.getByText(/Lisez la semaine ci-dessous/).waitFor();
		// The week's photos are listed from their metadata (their images come from the gateway).
		expect(await page.getByRole('button', { name: /Agrandir la photo/ }).count()).toBeGreaterThan(
			0
		);
		const ids = await expectReferentielLabels(page);
		expect(chunks.delivered).toEqual([]);
		const violations = await seriousA11yViolations(page);
		expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

		// The database code arrives: the visa goes into the replica, then to the gateway.
		chunks.release();
		await tutor.sign('Semaine lue avant le chargement du carnet.');
		await page.getByText('Visa transmis').waitFor({ timeout: 30_000 });
		await page.getByTestId('visa-state').getByText('Visée par le tuteur').waitFor();
		// The holding did catch the database code (it was needed to sign).
		expect(chunks.held.length).toBeGreaterThan(0);
		expect(chunks.delivered.length).toBe(chunks.held.length);

		// Reopened: no exchange in memory, the week comes from the replica and its labels from
		// the référentiel's chunk (not needed before: the exchange's labels covered the week).
		const before = chunks.delivered.length;
		await page.reload();
		await page.getByTestId('entry').first().waitFor({ timeout: 30_000 });
		expect(await expectReferentielLabels(page)).toEqual(ids);
		const after = chunks.delivered.slice(before);
		expect(after.filter((url) => chunks.holding(REFERENTIEL).includes(url))).toHaveLength(1);
		await context.close();
	});
});

/**
 * Checks that each activity id of the week shows with its référentiel label, and that the
 * competences those activities mobilise are listed; returns the ids. Read from the page: which
 * of the demo's SISR days (`server/demo/demo-texts.ts`) fall in week 3 depends on the public
 * holidays the seed skipped.
 */
async function expectReferentielLabels(page: Page): Promise<string[]> {
	const chips = page.getByTestId('entry').locator('li');
	await chips.first().waitFor();
	const ids = [...new Set(await chips.locator('span.font-semibold').allTextContents())].sort();
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) {
		const label = referentielReader.activityLabel(id)!;
		expect(label, id).toBeTruthy();
		await chips.filter({ hasText: label }).first().waitFor({ timeout: 30_000 });
	}
	const competences = referentielReader.competencesFor(ids);
	expect(competences.length).toBeGreaterThan(0);
	const summary = page.getByRole('region', { name: 'Bilan de la semaine' });
	await summary.getByText('Compétences mobilisées').waitFor();
	for (const c of competences) await summary.getByText(c.label).first().waitFor();
	return ids;
}

describe('tutor signing before the replica’s code arrived (phone)', () => {
	const { app, browser } = ownAppAndBrowser();

	it('keeps the visa on the phone while offline, then stores and sends exactly what was read', async () => {
		const link = await studentLink(browser(), app().url);
		const context = await browser().newContext({ ...PHONE, serviceWorkers: 'block' });
		const chunks = await holdChunks(context, HEAVY);
		const page: Page = await context.newPage();
		const tutor = new TutorPage(page);
		await tutor.openLink(link);
		await tutor.openWeek(/semaine 3/i);
		await page
			.getByRole('button', { name: 'Signer la semaine', disabled: false })
			.waitFor({ timeout: 30_000 });

		// The network drops before the database code has arrived.
		await context.setOffline(true);
		chunks.fail();
		await tutor.sign('Signé hors ligne, dès l’ouverture.');
		await page
			.getByText('Visa enregistré sur ce téléphone — en attente d’envoi')
			.waitFor({ timeout: 30_000 });
		expect(chunks.delivered).toEqual([]);

		// Back online: the code loads, the visa goes into the replica and to the gateway.
		await chunks.restore();
		await context.setOffline(false);
		await page.getByText('Visa transmis').waitFor({ timeout: 60_000 });
		await page.getByTestId('visa-state').getByText('Visée par le tuteur').waitFor();
		await context.close();
	});
});
