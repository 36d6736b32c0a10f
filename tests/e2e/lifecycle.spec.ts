/**
 * The school year on a student's device, in real Chromium against the real gateway: once the
 * class is archived the student sees the read-only banner (with the purge date), the sync only
 * pulls, and what she writes afterwards stays on the phone, counted, across a reload; once the
 * journal is purged on the server, the next opening of the app deletes the device's copy
 * (IndexedDB) and returns to the sign-in page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, type UserClient } from '../integration/support/gateway-client.ts';
import {
	createClass,
	importStudents,
	isoDay,
	putDoc,
	stageDoc,
	type Student
} from '../integration/support/lifecycle.ts';
import { localDate } from './pages/app-shell.ts';
import { LoginPage } from './pages/login.page.ts';
import { StagePage } from './pages/stage.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE, seriousA11yViolations } from './support/browser.ts';

let app: RunningApp;
let browser: Browser;
let admin: UserClient;
let classId = '';
let alice: Student;
let bruno: Student;
const contexts: BrowserContext[] = [];
const purgeAfter = isoDay(3);

async function signedInPhone(student: Student): Promise<Page> {
	const context = await browser.newContext(PHONE);
	contexts.push(context);
	const page = await context.newPage();
	await new LoginPage(page).signIn(app.url, student.username, student.password);
	return page;
}

/** The IndexedDB databases of the page's origin (PouchDB names them `_pouch_<name>`). */
async function databaseNames(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

async function waitForDatabases(
	page: Page,
	check: (names: string[]) => boolean,
	what: string
): Promise<string[]> {
	const deadline = Date.now() + 20_000;
	let names: string[] = [];
	while (Date.now() < deadline) {
		names = await databaseNames(page);
		if (check(names)) return names;
		await page.waitForTimeout(250);
	}
	throw new Error(`${what}: ${names.join(', ')}`);
}

beforeAll(async () => {
	app = await startApp({ LIFECYCLE_TEST_CLOCK: '1' });
	browser = await launchBrowser();
	admin = await login(app.url, 'admin.demo');
	classId = await createClass(admin, 'SIO2 Appareils', 2);
	[alice, bruno] = (await importStudents(
		app.url,
		admin,
		classId,
		'Appareil',
		['Alice', 'Bruno'],
		2
	)) as [Student, Student];
});
afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => undefined);
	await browser?.close();
	await app?.stop();
});

describe('school year on the device', () => {
	let alicePage: Page;
	let brunoPage: Page;

	it('shows the read-only banner once the class is archived', async () => {
		alicePage = await signedInPhone(alice);
		brunoPage = await signedInPhone(bruno);
		await waitForDatabases(
			alicePage,
			(names) => names.includes(`_pouch_${alice.journal}`),
			'Alice’s journal on her phone'
		);
		await waitForDatabases(
			brunoPage,
			(names) => names.includes(`_pouch_${bruno.journal}`),
			'Bruno’s journal on his phone'
		);
		expect(await alicePage.getByTestId('read-only-banner').count()).toBe(0);

		const archived = await admin.fetch(`/api/admin/classes/${classId}/archive`, {
			method: 'POST',
			...json({ purgeAfter })
		});
		expect(archived.status).toBe(200);

		await alicePage.reload();
		const banner = alicePage.getByTestId('read-only-banner');
		await banner.getByRole('heading', { name: 'Carnet archivé : lecture seule' }).waitFor();
		const [year, month, day] = purgeAfter.split('-');
		expect(await banner.textContent()).toContain(
			`Il reste consultable jusqu’au ${day}/${month}/${year}`
		);
		// The journal itself stays on the phone, readable.
		expect(await databaseNames(alicePage)).toContain(`_pouch_${alice.journal}`);
		const violations = await seriousA11yViolations(alicePage);
		expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});

	it('keeps and shows what the student writes afterwards, never sent nor dropped', async () => {
		const stage = new StagePage(alicePage);
		await stage.openNew(app.url);
		await stage.fill({
			organisation: 'Médiathèque de Bron',
			tutorName: 'Claire Durand',
			startDate: localDate(-30),
			endDate: localDate(-2)
		});
		await stage.save();
		await alicePage.getByRole('heading', { name: 'Médiathèque de Bron' }).waitFor();
		const unsent =
			'1 modification faite sur cet appareil n’a pas pu être envoyée : elle reste enregistrée sur cet appareil.';
		const banner = alicePage.getByTestId('read-only-banner');
		await banner.getByText(unsent, { exact: false }).waitFor();
		// Still there, still counted, after the app is opened again; the server never got it.
		await alicePage.reload();
		await alicePage.getByTestId('read-only-banner').getByText(unsent, { exact: false }).waitFor();
		const onServer = (await (
			await alice.fetch(
				`/couch/${alice.journal}/_all_docs?startkey=${encodeURIComponent('"stage:"')}&endkey=${encodeURIComponent('"stage:\ufff0"')}`
			)
		).json()) as { rows: unknown[] };
		expect(onServer.rows).toEqual([]);
	});

	it('deletes the phone’s copy of a purged journal at the next opening', async () => {
		// Alice's app showed her the export offer with the banner; Bruno's is recorded here.
		const offered = await bruno.fetch('/api/me/export-offered', { method: 'POST' });
		expect(offered.status).toBe(200);
		const run = await admin.fetch('/api/admin/purges/run', {
			method: 'POST',
			...json({ now: `${isoDay(4)}T01:00:00.000Z` })
		});
		const report = (await run.json()) as { purged: { journal: string }[]; waiting: unknown[] };
		expect(report.purged.map((row) => row.journal).sort()).toEqual(
			[alice.journal, bruno.journal].sort()
		);

		for (const [page, student] of [
			[brunoPage, bruno],
			[alicePage, alice]
		] as const) {
			await page.reload();
			await waitForDatabases(
				page,
				(names) => !names.includes(`_pouch_${student.journal}`),
				`${student.username}: purged journal still on the phone`
			);
			await page.waitForURL(/\/connexion$/);
		}
	});
});

describe('tutor access ended on the device', () => {
	it('removes the tutor phone’s copy of a journal once access ended', async () => {
		const otherClass = await createClass(admin, 'SIO2 Tutelle', 2);
		const [gina] = (await importStudents(app.url, admin, otherClass, 'Fin', ['Gina'], 2)) as [
			Student
		];
		const stage = stageDoc(isoDay(-40), isoDay(-10));
		expect((await putDoc(gina, gina.journal, stage)).status).toBe(201);
		const created = await admin.fetch('/api/admin/tutors', {
			method: 'POST',
			...json({ username: 'tuteur.fin', displayName: 'Tuteur Fin' })
		});
		const { user, password } = (await created.json()) as {
			user: { id: string };
			password: string;
		};
		const linked = await admin.fetch('/api/admin/tutor-links', {
			method: 'POST',
			...json({ studentId: gina.id, tutorId: user.id })
		});
		expect(linked.status).toBe(200);

		const context = await browser.newContext(PHONE);
		contexts.push(context);
		const page = await context.newPage();
		await new LoginPage(page).signIn(app.url, 'tuteur.fin', password, false);
		// Signed in, on the tutor's home: the sync pulls the journals of the tutor's students.
		await page.waitForURL(/\/tuteur$/);
		await waitForDatabases(
			page,
			(names) => names.includes(`_pouch_${gina.journal}`),
			'Gina’s journal on the tutor’s phone'
		);

		// The stage ended ten days ago: with 5 days of access, it is over.
		const settings = await admin.fetch('/api/admin/settings', {
			method: 'PUT',
			...json({ tutorAccessDays: 5 })
		});
		expect(settings.status).toBe(200);
		await page.reload();
		await waitForDatabases(
			page,
			(names) => !names.includes(`_pouch_${gina.journal}`),
			'ended journal still on the tutor’s phone'
		);
	});
});
