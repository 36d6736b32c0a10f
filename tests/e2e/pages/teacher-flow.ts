/**
 * The teacher's review, shared by the laptop and phone specs: the seeded class with its real week
 * states, the attention list, a student's journal, a comment and a countersignature that reach
 * the student's phone through the gateway.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousA11yViolations } from '../support/browser.ts';
import { LoginPage } from './login.page.ts';
import { editEntryOfWeek, serverDocs, signAsTutor } from './teacher-seed.ts';
import { TeacherPage } from './teacher.page.ts';

export async function expectAccessible(page: Page, name: string): Promise<void> {
	const violations = await seriousA11yViolations(page);
	expect(violations.map((v) => `${name}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
	for (let i = 0; ; i++) {
		const value = await read();
		if (ok(value) || i > 60) return value;
		await new Promise((r) => setTimeout(r, 500));
	}
}

export async function teacherReview(
	browser: Browser,
	baseUrl: string,
	device: BrowserContextOptions,
	commentText: string
): Promise<void> {
	// Léa's first week is signed by her tutor; her second too, then she edits it.
	const signedWeek = await signAsTutor(baseUrl, 'Léa Martin', 1);
	await signAsTutor(baseUrl, 'Léa Martin', 2);
	await editEntryOfWeek(baseUrl, 'lea.martin', 2);

	const context = await browser.newContext(device);
	const page = await context.newPage();
	const teacher = new TeacherPage(page);
	await teacher.signIn(baseUrl);

	// The seed: two submitted weeks, a draft third week, weeks to come; Léa's from the visas above.
	await teacher.waitForCell('Léa Martin', 2, 'modified-after-visa');
	for (const name of ['Hugo Bernard', 'Inès Petit']) {
		expect(await teacher.cellState(name, 1)).toBe('submitted');
		expect(await teacher.cellState(name, 2)).toBe('submitted');
		expect(await teacher.cellState(name, 3)).toBe('draft');
	}
	expect(await teacher.cellState('Léa Martin', 1)).toBe('signed');
	expect(await teacher.cellState('Léa Martin', 3)).toBe('draft');
	expect(await teacher.cellState('Léa Martin', 6)).toBe('future'); // 2nd year: six weeks
	expect(await teacher.cellState('Inès Petit', 5)).toBe('future'); // 1st year: five weeks
	await expect
		.poll(() => teacher.student('Inès Petit').locator('[data-week="6"] [data-state]').count())
		.toBe(0);

	const attention = teacher.attention();
	await attention.getByText(/modifiée après visa/).waitFor();
	expect(await attention.getByRole('link').first().textContent()).toContain('Léa Martin');
	expect(await page.getByTestId('alerts-badge').textContent()).toBe('1 alerte à traiter');
	expect(await page.locator('[data-counter="modified-after-visa"]').textContent()).toContain('1');
	await expectAccessible(page, 'tableau de bord');

	// « À traiter seulement » keeps Léa alone.
	await page.getByLabel('À traiter seulement').check();
	await page.getByTestId('shown-count').getByText('1 élève affiché sur 3').waitFor();
	expect(await teacher.student('Hugo Bernard').count()).toBe(0);
	await page.getByLabel('À traiter seulement').uncheck();

	// The attention item leads to the week in Léa's journal.
	await attention.getByRole('link').first().click();
	await page.getByRole('heading', { name: 'Léa Martin', level: 1 }).waitFor();
	await page
		.getByTestId('coverage')
		.getByText(/Compétences du bloc 1 mobilisées/)
		.waitFor();
	await expectAccessible(page, 'carnet de l’élève');

	await teacher.comment(signedWeek, commentText);
	const panel = teacher.weekPanel(signedWeek);
	await panel.getByText(commentText).waitFor();
	await panel.getByRole('button', { name: 'Contresigner' }).click();
	await panel.locator('[data-state="countersigned"]').first().waitFor();
	await panel.getByText(/Contresignée par Claire Dubois/).waitFor();

	// Both reach the server (the sync manager pushes what a teacher writes)…
	const comments = await eventually(
		() => serverDocs(baseUrl, 'lea.martin', 'comment'),
		(docs) => docs.some((d) => d.text === commentText)
	);
	expect(comments.map((d) => d.text)).toContain(commentText);
	const visas = await eventually(
		() => serverDocs(baseUrl, 'lea.martin', 'visa'),
		(docs) => docs.some((d) => d.signerRole === 'teacher')
	);
	expect(visas.filter((d) => d.signerRole === 'teacher' && d.weekId === signedWeek)).toHaveLength(
		1
	);

	// …and the dashboard shows the countersigned week.
	await page.getByRole('link', { name: 'Classe' }).click();
	await teacher.waitForCell('Léa Martin', 1, 'countersigned');

	// Léa's phone pulls both into her journal (its IndexedDB)…
	const student = await browser.newContext(device);
	const studentPage = await student.newPage();
	await new LoginPage(studentPage).signIn(baseUrl);
	const pulled = async () =>
		studentPage.evaluate(async () => {
			const names = (await indexedDB.databases()).map((d) => d.name ?? '');
			const name = names.find((n) => n.startsWith('_pouch_journal_'));
			if (!name) return [];
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const rows = await new Promise<unknown[]>((resolve, reject) => {
				const request = db.transaction('by-sequence').objectStore('by-sequence').getAll();
				request.onsuccess = () => resolve(request.result as unknown[]);
				request.onerror = () => reject(request.error);
			});
			db.close();
			// The idb adapter stores each revision under `_doc_id_rev` (`<id>::<rev>`).
			return rows.map((r) => r as { _doc_id_rev?: string; text?: string; signerRole?: string });
		});
	const docs = await eventually(
		pulled,
		(rows) =>
			rows.some((r) => r.text === commentText) && rows.some((r) => r.signerRole === 'teacher')
	);
	expect(docs.filter((r) => r.text === commentText)).toHaveLength(1);
	expect(
		docs.some((r) => r._doc_id_rev?.startsWith(`visa:${signedWeek}:`) && r.signerRole === 'teacher')
	).toBe(true);
	// …and shows them on her week.
	await studentPage.goto(`${baseUrl}/semaines/${signedWeek}`);
	await studentPage.getByText(commentText).waitFor();
	await studentPage.getByText('Par Claire Dubois (professeur·e)').waitFor();
	await student.close();
	await context.close();
}
