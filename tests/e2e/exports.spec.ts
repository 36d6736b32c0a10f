/**
 * The PDF exports in real Chromium: a 10-week journal with 60 photos is written to the page's
 * PouchDB, exported by the real modules, and the PDFs are read back with poppler (pdftotext,
 * pdfinfo, pdffonts, pdfimages) — independent code that sees what a reader's viewer sees.
 * Set UPDATE_PDF_SCREENSHOTS=1 to refresh docs/screenshots/pdf/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode as code } from '../../src/lib/domain/visa/verification-code.ts';
import * as T from '../factories/journal-texts.ts';
import type { SeededJournal } from '../factories/journal.ts';
import { launchBrowser } from './support/browser.ts';
import { importInPage, startModuleServer, type ModuleServer } from './support/vite-modules.ts';

const MODULES = {
	exports: '/src/lib/features/exports/export-pdf.ts',
	db: '/src/lib/data/journal-db.ts',
	factory: '/tests/factories/journal.ts'
};
const MAX_BYTES = 15 * 1024 * 1024;

interface Exported {
	base64: string;
	filename: string;
}

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** Words only: line breaks chosen by the layout must not matter to the assertions. */
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('PDF exports in real Chromium', () => {
	let server: ModuleServer;
	let browser: Browser;
	let page: Page;
	let journal: SeededJournal;
	const dir = mkdtempSync(join(tmpdir(), 'carnet-pdf-'));

	async function exportPdf(kind: 'journal' | 'week', id: string, name: string) {
		const out = (await page.evaluate(`(async () => {
			const { exports, db } = globalThis.__modules;
			const journal = db.openJournal('exports');
			const result = await exports.${kind === 'journal' ? 'exportJournalPdf' : 'exportWeekPdf'}(journal, ${JSON.stringify(id)});
			const bytes = new Uint8Array(await result.blob.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return { base64: btoa(binary), filename: result.filename };
		})()`)) as Exported;
		const path = join(dir, name);
		const bytes = Buffer.from(out.base64, 'base64');
		writeFileSync(path, bytes);
		return { path, bytes, filename: out.filename, text: words(run('pdftotext', path, '-')) };
	}

	beforeAll(async () => {
		server = await startModuleServer();
		browser = await launchBrowser();
		const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
		page = await server.blankPage(context);
		await importInPage(page, MODULES);
		journal = (await page.evaluate(`(async () => {
			const { db, factory } = globalThis.__modules;
			return factory.seedJournal(db.openJournal('exports'));
		})()`)) as SeededJournal;
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('exports the whole journal: cover, every week, accents, visas, no confidential content', async () => {
		expect(journal.counts).toEqual({ entries: 51, photos: 62, exportedPhotos: 60 });
		const pdf = await exportPdf('journal', journal.stageId, 'journal.pdf');
		expect(pdf.filename).toMatch(
			/^carnet-de-stage_garcon-lefevre-maelle_mairie-de-besancon-direction-des-systemes-d-information_2027-01-04\.pdf$/
		);
		expect(pdf.bytes.length).toBeLessThan(MAX_BYTES);
		const { text } = pdf;
		for (const phrase of [
			'Carnet de stage',
			'Maëlle Garçon-Lefèvre',
			T.ORGANISATION,
			'Jérôme Lœuillet, Responsable d’exploitation',
			'du lundi 4 janvier 2027 au vendredi 12 mars 2027',
			'10 semaines',
			'Installé un contrôleur de domaine',
			'unités d’organisation « Élèves » et « Enseignants »',
			'Mise à jour des postes du service État civil : 14 postes – déploiement via WSUS',
			'redémarrages planifiés…',
			'l’œil du tuteur',
			'Semaine 10',
			'Modifiée après envoi',
			'Brouillon (non envoyée)',
			'Modifications demandées',
			'Françoise Bézier',
			'Porte sur une version antérieure'
		]) {
			expect(text, phrase).toContain(phrase);
		}
		// Labels printed from the référentiel data.
		expect(text).toContain('1.2 Réponse aux incidents');
		expect(text).not.toContain(T.CONFIDENTIAL_TEXT);
		expect(text).not.toContain('coffre-fort');

		const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdf.path))?.[1]);
		expect(pages).toBeGreaterThan(20);
		expect(text).toContain('Page 1 / ' + pages);
		expect(text).toContain(`Page ${pages} / ${pages}`);
		for (const digest of journal.visaDigests[3] ?? []) expect(text).toContain(code(digest));
		expect(text).toContain(code('e'.repeat(64)));

		// The font is embedded (as a subset), so accents are glyphs, not substitutes.
		expect(run('pdffonts', pdf.path)).toMatch(
			/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/
		);
		// Exactly the 60 non-confidential photos, as JPEG, plus the signatures.
		const images = run('pdfimages', '-list', pdf.path).split('\n').slice(2).filter(Boolean);
		expect(images.filter((line) => /\sjpeg\s/.test(line))).toHaveLength(60);
	});

	it('exports one week with its visas and their verification codes', async () => {
		const weekId = journal.weekIds[2] as string;
		const pdf = await exportPdf('week', weekId, 'week-3.pdf');
		expect(pdf.filename).toBe('rapport-semaine-3_garcon-lefevre-maelle_2027-01-18.pdf');
		const { text } = pdf;
		expect(text).toContain('Rapport d’activité hebdomadaire');
		expect(text).toContain('Semaine 3');
		expect(text).toContain('Envoyée le 22 janvier 2027');
		expect(text).toContain('Visa signé — Jérôme Lœuillet');
		expect(text).toContain('Très bon travail, continuez ainsi.');
		for (const digest of journal.visaDigests[3] ?? []) {
			expect(text).toContain(`Code de vérification : ${code(digest)}`);
		}
		expect(text).not.toContain('Semaine 4');
		expect(text).toMatch(/Page 1 \/ \d/);
		// Two signature images drawn (PNG with transparency becomes an image plus its mask).
		const images = run('pdfimages', '-list', pdf.path);
		expect(images.match(/\sjpeg\s/g)).toHaveLength(6);
		expect(images.match(/\ssmask\s/g)?.length).toBe(2);
	});

	it('leaves out a confidential entry and its photo in the week that holds them', async () => {
		const pdf = await exportPdf('week', journal.weekIds[3] as string, 'week-4.pdf');
		expect(pdf.text).toContain('Semaine 4');
		expect(pdf.text).not.toContain('coffre-fort');
		expect(run('pdfimages', '-list', pdf.path).match(/\sjpeg\s/g)).toHaveLength(6);
	});

	it('renders readable pages (PNG previews)', () => {
		const out = join(dir, 'png');
		mkdirSync(out);
		const preview = (pdf: string, last: number, name: string) =>
			run('pdftoppm', '-png', '-r', '60', '-l', String(last), join(dir, pdf), join(out, name));
		preview('journal.pdf', 4, 'journal');
		preview('week-3.pdf', 4, 'semaine-3');
		// Week 7 (changes requested) and week 8 (visa on an older version) close pages 24–28.
		run(
			'pdftoppm',
			'-png',
			'-r',
			'60',
			'-f',
			'24',
			'-l',
			'28',
			join(dir, 'journal.pdf'),
			join(out, 'journal')
		);
		const files = readdirSync(out);
		expect(files.length).toBeGreaterThanOrEqual(10);
		if (process.env.UPDATE_PDF_SCREENSHOTS) {
			const target = resolve(import.meta.dirname, '../../docs/screenshots/pdf');
			mkdirSync(target, { recursive: true });
			for (const file of files) cpSync(join(out, file), join(target, file));
		}
	});
});
