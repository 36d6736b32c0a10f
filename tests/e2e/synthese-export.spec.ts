/**
 * The E4 tableau de synthèse in real Chromium: an exam file is written to the page's PouchDB,
 * exported by the real modules (PDF and CSV), and the PDF is read back with poppler: its text
 * (accents included), and where each X was drawn (`pdftotext -bbox`), column by column.
 * Set UPDATE_PDF_SCREENSHOTS=1 to refresh docs/screenshots/pdf/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_CAPTION, SECRET_CAPTION, SECRET_ENTRY_PHOTO } from '../factories/exam-file.ts';
import { SUB_WIDTH, subColumnX } from '../../src/lib/features/exports/render-synthese-layout.ts';
import { launchBrowser } from './support/browser.ts';
import { importInPage, startModuleServer, type ModuleServer } from './support/vite-modules.ts';

const MODULES = {
	exports: '/src/lib/features/exports/export-pdf.ts',
	db: '/src/lib/data/journal-db.ts',
	factory: '/tests/factories/exam-file.ts'
};
const MM_PER_PT = 25.4 / 72;

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('tableau de synthèse exports in real Chromium', () => {
	let server: ModuleServer;
	let browser: Browser;
	let page: Page;
	const dir = mkdtempSync(join(tmpdir(), 'carnet-synthese-'));

	async function exportFile(
		fn: 'exportSynthesePdf' | 'exportSyntheseCsv' | 'exportSyntheseXlsx',
		name: string
	) {
		const out = (await page.evaluate(`(async () => {
			const { exports, db } = globalThis.__modules;
			const result = await exports.${fn}(db.openJournal('synthese'));
			const bytes = new Uint8Array(await result.blob.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return { base64: btoa(binary), filename: result.filename, warnings: result.warnings };
		})()`)) as { base64: string; filename: string; warnings: string[] };
		const path = join(dir, name);
		const bytes = Buffer.from(out.base64, 'base64');
		writeFileSync(path, bytes);
		return { path, bytes, filename: out.filename, warnings: out.warnings };
	}

	beforeAll(async () => {
		server = await startModuleServer();
		browser = await launchBrowser();
		const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
		page = await server.blankPage(context);
		await importInPage(page, MODULES);
		await page.evaluate(`(async () => {
			const { db, factory } = globalThis.__modules;
			await factory.seedExamFile(db.openJournal('synthese'));
		})()`);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('prints the header, the three groups and the achievements, never a confidential photo', async () => {
		const pdf = await exportFile('exportSynthesePdf', 'synthese.pdf');
		expect(pdf.filename).toBe('tableau-de-synthese_garcon-lefevre-maelle_session-2027.pdf');
		expect(pdf.warnings).toEqual([]);
		const info = run('pdfinfo', pdf.path);
		expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/); // A4 landscape
		const text = words(run('pdftotext', pdf.path, '-'));
		for (const phrase of [
			'BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2027',
			'Épreuve E4 – Support et mise à disposition de services informatiques',
			'Nom et prénom : GARÇON-LEFÈVRE Maëlle',
			'N° candidat : 02 468 135',
			'Centre de formation : Lycée Édouard-Belin, Vesoul',
			'Option : SISR',
			'Adresse URL du portfolio : https://maelle.example.fr/portfolio',
			'Réalisations professionnelles (intitulé et liste des documents et productions associés)',
			'Période (JJ/MM/AA au JJ/MM/AA)',
			'1.1 Gérer le patrimoine informatique',
			'Réalisations en cours de formation',
			'Réalisations en milieu professionnel en cours de première année',
			'Réalisations en milieu professionnel en cours de seconde année',
			'Mise en place d’un serveur de sauvegarde « Veeam »',
			'Veille technologique : l’IPv6 en entreprise',
			'03/11/25 au 30/01/26',
			'Assistance aux utilisateurs de la mairie',
			'Mairie de Dole',
			'Conseil départemental du Doubs',
			`Photo : ${PUBLIC_CAPTION}`,
			'Page 1 / 1'
		]) {
			expect(text, phrase).toContain(phrase);
		}
		expect(text).not.toContain(SECRET_CAPTION);
		expect(text).not.toContain(SECRET_ENTRY_PHOTO);
		// The font is embedded, so accents are real glyphs.
		expect(run('pdffonts', pdf.path)).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
	});

	it('draws each X in the column of its sub-competence, on the row of its achievement', () => {
		const html = run('pdftotext', '-bbox', join(dir, 'synthese.pdf'), '-');
		const boxes = [
			...html.matchAll(
				/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g
			)
		].map(([, x0, y0, x1, word]) => ({
			x: ((Number(x0) + Number(x1)) / 2) * MM_PER_PT,
			y: Number(y0) * MM_PER_PT,
			word
		}));
		const column = (x: number) => Math.floor((x - subColumnX(0)) / SUB_WIDTH);
		const xs = boxes.filter((b) => b.word === 'X');
		const rowOf = (title: string) => boxes.find((b) => b.word === title)?.y ?? NaN;
		// Columns: C1.1.1–6 → 0–5, C1.2.x → 6–8, C1.3.x → 9–11, C1.4.x → 12–14, C1.5.x → 15–17,
		// C1.6.1–4 → 18–21. Rows start at the first word of their title, in page order.
		const rows = [
			{ y: rowOf('Mise'), columns: [3, 4, 12, 13] },
			{ y: rowOf('Veille'), columns: [15, 16, 17] },
			{ y: rowOf('Assistance'), columns: [6, 7, 18, 19] },
			{ y: rowOf('Inventaire'), columns: [0, 2, 9, 10, 11, 20, 21] }
		];
		expect(xs).toHaveLength(rows.reduce((n, r) => n + r.columns.length, 0));
		for (const [i, row] of rows.entries()) {
			const next = rows[i + 1]?.y ?? Infinity;
			const mine = xs.filter((x) => x.y > row.y - 1 && x.y < next - 1).map((x) => column(x.x));
			expect(
				mine.toSorted((a, b) => a - b),
				`row ${i}`
			).toEqual(row.columns);
		}
	});

	it('exports the same table as CSV for French spreadsheets', async () => {
		const csv = await exportFile('exportSyntheseCsv', 'synthese.csv');
		expect(csv.filename).toBe('tableau-de-synthese_garcon-lefevre-maelle_session-2027.csv');
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = csv.bytes.toString('utf8').slice(1);
		const lines = text.split('\r\n');
		expect(lines[0]).toBe(
			'BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2027' + ';'.repeat(23)
		);
		expect(text).toContain('Nom et prénom;GARÇON-LEFÈVRE Maëlle;');
		expect(text).toContain(
			'Réalisations professionnelles (intitulé et liste des documents et productions associés);Période (JJ/MM/AA au JJ/MM/AA);1.1 Gérer le patrimoine informatique;'
		);
		expect(text).toContain(
			'"Assistance aux utilisateurs de la mairie\nMairie de Dole\n– Tickets GLPI résolus (export)";25/05/26 au 26/06/26;;;;;;;X;X;;;;;;;;;;;X;X;;'
		);
		expect(text).not.toContain(SECRET_CAPTION);
		expect(text).not.toContain(SECRET_ENTRY_PHOTO);
	});

	it('exports the same table as an .xlsx workbook any unzip and spreadsheet can read', async () => {
		const xlsx = await exportFile('exportSyntheseXlsx', 'synthese.xlsx');
		expect(xlsx.filename).toBe('tableau-de-synthese_garcon-lefevre-maelle_session-2027.xlsx');
		expect(run('unzip', '-t', xlsx.path)).toContain('No errors detected');
		const sheet = run('unzip', '-p', xlsx.path, 'xl/worksheets/sheet1.xml');
		const cells = [...sheet.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)].map(
			([, column, row, value]) => ({ column, row: Number(row), value: value ?? '' })
		);
		expect(cells[0]).toEqual({
			column: 'A',
			row: 1,
			value: 'BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2027'
		});
		expect(cells).toContainEqual({ column: 'B', row: 3, value: 'GARÇON-LEFÈVRE Maëlle' });
		// Same ticks as the PDF: 18 X, and the « Assistance » row has them in I, J, U and V
		// (C1.2.1, C1.2.2, C1.6.1, C1.6.2 after the two first columns).
		expect(cells.filter((c) => c.value === 'X')).toHaveLength(18);
		const assistance = cells.find((c) => c.value.startsWith('Assistance aux utilisateurs'))!;
		expect(
			cells.filter((c) => c.row === assistance.row && c.value === 'X').map((c) => c.column)
		).toEqual(['I', 'J', 'U', 'V']);
		expect(sheet).not.toContain(SECRET_CAPTION);
	});

	it('repeats the table header on every page and never splits a row', async () => {
		await page.evaluate(`(async () => {
			const { db, factory } = globalThis.__modules;
			await factory.seedLongExamFile(db.openJournal('synthese-long'), 30);
		})()`);
		const out = (await page.evaluate(`(async () => {
			const { exports, db } = globalThis.__modules;
			const result = await exports.exportSynthesePdf(db.openJournal('synthese-long'));
			const bytes = new Uint8Array(await result.blob.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return btoa(binary);
		})()`)) as string;
		const path = join(dir, 'synthese-long.pdf');
		writeFileSync(path, Buffer.from(out, 'base64'));
		const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', path))?.[1]);
		expect(pages).toBeGreaterThanOrEqual(3);
		for (let n = 1; n <= pages; n++) {
			const text = words(run('pdftotext', '-f', String(n), '-l', String(n), path, '-'));
			expect(text, `page ${n}`).toContain('Période (JJ/MM/AA au JJ/MM/AA)');
			expect(text, `page ${n}`).toContain(`Page ${n} / ${pages}`);
		}
		const texts = Array.from({ length: pages }, (_, n) =>
			words(run('pdftotext', '-f', String(n + 1), '-l', String(n + 1), path, '-'))
		);
		const pageOf = (phrase: string) => texts.findIndex((t) => t.includes(phrase));
		for (let i = 1; i <= 30; i++) {
			// A row's title and its last document are on the same page: rows are never split.
			const last = `Document ${1 + ((i - 1) % 4)} de la réalisation ${i} —`;
			expect(pageOf(`Réalisation n° ${i} :`), `row ${i}`).toBeGreaterThanOrEqual(0);
			expect(pageOf(last), `row ${i}`).toBe(pageOf(`Réalisation n° ${i} :`));
		}
	});

	it('renders readable pages (PNG previews)', () => {
		const out = join(dir, 'png');
		mkdirSync(out);
		run(
			'pdftoppm',
			'-png',
			'-r',
			'110',
			join(dir, 'synthese.pdf'),
			join(out, 'tableau-de-synthese')
		);
		run(
			'pdftoppm',
			'-png',
			'-r',
			'110',
			'-f',
			'2',
			'-l',
			'2',
			join(dir, 'synthese-long.pdf'),
			join(out, 'tableau-de-synthese-suite')
		);
		const files = readdirSync(out);
		expect(files.length).toBeGreaterThanOrEqual(2);
		if (process.env.UPDATE_PDF_SCREENSHOTS) {
			const target = resolve(import.meta.dirname, '../../docs/screenshots/pdf');
			mkdirSync(target, { recursive: true });
			for (const file of files) cpSync(join(out, file), join(target, file));
		}
	});
});
