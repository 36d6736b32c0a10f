/**
 * Confidentiality in real Chromium at phone size against the real gateway: Léa marks an entry
 * and a photo confidential in the app; the week PDF, the journal PDF and the tableau de synthèse
 * (read back with pdftotext) never contain them while they do contain the public content beside
 * them; the tutor, on his own phone, reads both with a « Confidentiel » badge.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mondayOf } from '../../src/lib/domain/calendar/dates.ts';
import { achievementId, randOf } from '../../src/lib/domain/ids.ts';
import { login, type UserClient } from '../integration/support/gateway-client.ts';
import { invite } from '../integration/support/tutor-client.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import {
	launchBrowser,
	launchPersistentPhone,
	PHONE,
	seriousA11yViolations
} from './support/browser.ts';

const SCREENSHOTS = 'docs/screenshots/confidentiality';
const SECRET_TEXT = 'Mot de passe du coffre ACME-7731';
const SECRET_CAPTION = 'Plan d’adressage du client Zéphyr';

type Doc = Record<string, unknown> & { _id: string; _rev: string };

const words = (text: string) => text.replace(/\s+/g, ' ');

async function serverDocs(student: UserClient): Promise<Doc[]> {
	const body = (await (
		await student.fetch(`/couch/${student.journal}/_all_docs?include_docs=true`)
	).json()) as { rows: { id: string; doc: Doc }[] };
	return body.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
	for (let i = 0; i < 120; i++) {
		const found = await probe();
		if (found !== undefined) return found;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`timed out waiting for ${what}`);
}

async function downloadPdf(page: Page, button: string, path: string): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	await (await download).saveAs(path);
	return words(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }));
}

describe('confidential entries and photos (phone)', () => {
	let app: RunningApp;
	let dir: string;
	let phone: BrowserContext | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		app = await startApp();
		dir = await mkdtemp(join(tmpdir(), 'carnet-confidential-'));
		await mkdir(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await phone?.close().catch(() => undefined);
		await browser?.close().catch(() => undefined);
		await app?.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it('keeps them out of every jury export and shows them to the tutor, marked', async () => {
		const student = await login(app.url, 'lea.martin');
		const docs = await serverDocs(student);
		const photos = docs.filter((d) => d.type === 'photo');
		const secretPhoto = photos[0]!;
		const photoEntry = docs.find((d) => d._id === secretPhoto.entryId)!;
		const monday = mondayOf(photoEntry.date as string);
		const stageId = photoEntry.stageId as string;
		const weekId = `week:${monday}:${randOf(stageId)}`;
		const secretEntry = docs.find(
			(d) =>
				d.type === 'entry' &&
				d._id !== photoEntry._id &&
				mondayOf(d.date as string) === monday &&
				!photos.some((p) => p.entryId === d._id)
		)!;
		const publicPhoto = photos.find((p) => p.entryId !== photoEntry._id && p.caption)!;
		expect(secretEntry, 'another entry in the week of the photo').toBeTruthy();

		// Léa marks them on her phone.
		phone = await launchPersistentPhone(join(dir, 'lea'));
		const page = phone.pages()[0] ?? (await phone.newPage());
		await new LoginPage(page).signIn(app.url);
		await page.goto(`${app.url}/parametres`);
		await page.getByTestId('sync-status').getByText('À jour').waitFor({ timeout: 60_000 });
		await page.goto(`${app.url}/journal/${encodeURIComponent(secretEntry._id)}`);
		const text = page.getByLabel('Qu’avez-vous fait aujourd’hui ?');
		await text.waitFor();
		// fill, not typing: a keystroke dropped while typing under load is the editor's matter.
		await text.fill(`${String(secretEntry.text)} ${SECRET_TEXT}.`);
		await page.getByTestId('entry-confidential').check();
		await page.getByTestId('confidential-badge').waitFor();
		await page.screenshot({ path: `${SCREENSHOTS}/entry.png`, fullPage: true });
		await page.waitForTimeout(2000); // folded from the draft into the entry 1.5 s later

		await page.goto(`${app.url}/journal/${encodeURIComponent(photoEntry._id)}`);
		const firstPhoto = page
			.getByRole('list', { name: 'Photos de la journée' })
			.getByRole('listitem')
			.first();
		await firstPhoto.waitFor();
		await firstPhoto.getByLabel('Légende').fill(SECRET_CAPTION);
		await firstPhoto.getByRole('checkbox', { name: 'Confidentielle', exact: true }).check();
		expect(await page.getByTestId('entry-confidential').isChecked()).toBe(false);
		await page.getByRole('list', { name: 'Photos de la journée' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SCREENSHOTS}/photo.png` });
		expect((await seriousA11yViolations(page)).map((v) => v.id)).toEqual([]);

		// On the server, as the tutor and teachers will read them.
		await until('the flags on the server', async () => {
			const now = await serverDocs(student);
			const entry = now.find((d) => d._id === secretEntry._id);
			const photo = now.find((d) => d._id === secretPhoto._id);
			return entry?.confidential === true &&
				String(entry.text).includes(SECRET_TEXT) &&
				photo?.confidential === true &&
				photo.caption === SECRET_CAPTION
				? true
				: undefined;
		});

		// An achievement naming both photos, for the tableau de synthèse.
		const now = new Date().toISOString();
		const achievement = {
			_id: achievementId(now),
			type: 'achievement',
			schemaVersion: 1,
			title: 'Refonte du plan d’adressage',
			context: 'stage',
			organisation: '',
			stageId,
			trainingYear: 2,
			startDate: monday,
			endDate: photoEntry.date,
			description: 'Découpage en sous-réseaux et documentation.',
			links: [],
			photoIds: [secretPhoto._id, publicPhoto._id],
			competenceIds: ['C1.1.1'],
			situationKinds: ['project'],
			entryIds: [secretEntry._id, photoEntry._id],
			createdAt: now,
			updatedAt: now
		};
		const put = await student.fetch(
			`/couch/${student.journal}/${encodeURIComponent(achievement._id)}`,
			{
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(achievement)
			}
		);
		expect(put.status, await put.clone().text()).toBe(201);

		// Week PDF.
		await page.goto(`${app.url}/semaines/${encodeURIComponent(weekId)}`);
		// The student's own week marks the entry too.
		await page
			.getByRole('link', { name: /ACME-7731/ })
			.getByTestId('confidential-badge')
			.waitFor();
		const week = await downloadPdf(page, 'Exporter la semaine en PDF', join(dir, 'week.pdf'));
		expect(week).toContain(words(String(photoEntry.text)).slice(0, 40));
		expect(week).not.toContain('ACME-7731');
		expect(week).not.toContain(words(String(secretEntry.text)).slice(0, 40));
		expect(week).not.toContain('Zéphyr');

		// Journal PDF.
		await page.goto(`${app.url}/stages/${encodeURIComponent(stageId)}`);
		const journal = await downloadPdf(
			page,
			'Exporter le carnet de stage en PDF',
			join(dir, 'journal.pdf')
		);
		expect(journal).toContain(words(String(photoEntry.text)).slice(0, 40));
		expect(journal).toContain(words(String(publicPhoto.caption)));
		expect(journal).not.toContain('ACME-7731');
		expect(journal).not.toContain('Zéphyr');

		// Tableau de synthèse, once the achievement reached the phone.
		await page.goto(`${app.url}/portfolio`);
		await page.getByText(achievement.title).first().waitFor({ timeout: 60_000 });
		const synthese = await downloadPdf(page, 'Exporter en PDF', join(dir, 'synthese.pdf'));
		expect(synthese).toContain('Refonte du plan');
		expect(synthese).toContain(words(String(publicPhoto.caption)));
		expect(synthese).not.toContain('Zéphyr');
		expect(synthese).not.toContain('ACME-7731');

		// The tutor reads both, marked « Confidentiel ».
		browser = await launchBrowser();
		const tutorContext = await browser.newContext(PHONE);
		const tutor = await tutorContext.newPage();
		const invitation = await invite(student, stageId);
		await tutor.goto(invitation.url);
		await tutor.waitForURL(/\/tuteur/);
		// Its week, from the list once the journal reached the tutor's phone.
		const weekLink = tutor.locator(`a[href*="${monday}"]`).first();
		await weekLink.waitFor({ timeout: 60_000 });
		await weekLink.click();
		await tutor.getByText(SECRET_TEXT).waitFor({ timeout: 60_000 });
		await tutor
			.getByRole('button', { name: `Agrandir la photo : ${SECRET_CAPTION}` })
			.waitFor({ timeout: 60_000 });
		const badges = tutor.getByTestId('confidential-badge');
		await expect(badges.count()).resolves.toBe(2);
		await tutor.getByText(SECRET_TEXT).scrollIntoViewIfNeeded();
		await tutor.screenshot({ path: `${SCREENSHOTS}/tutor-week.png` });
		expect((await seriousA11yViolations(tutor)).map((v) => v.id)).toEqual([]);
	});
});
