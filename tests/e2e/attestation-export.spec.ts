/**
 * The attestation de stage PDF in real Chromium: an attestation (unsigned, signed by the tutor,
 * signed then edited) is written to the page's PouchDB, exported by the real modules and read
 * back with poppler (text with accents, the signature image). Set UPDATE_PDF_SCREENSHOTS=1 to
 * refresh docs/screenshots/pdf/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../../src/lib/domain/visa/verification-code.ts';
import { STAGE_2 } from '../factories/exam-file.ts';
import { launchBrowser } from './support/browser.ts';
import { importInPage, startModuleServer, type ModuleServer } from './support/vite-modules.ts';

const MODULES = {
	exports: '/src/lib/features/exports/export-pdf.ts',
	db: '/src/lib/data/journal-db.ts',
	factory: '/tests/factories/exam-file.ts'
};

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('attestation de stage PDF in real Chromium', () => {
	let server: ModuleServer;
	let browser: Browser;
	let page: Page;
	const dir = mkdtempSync(join(tmpdir(), 'carnet-attestation-'));

	async function exportAttestation(mode: 'unsigned' | 'signed' | 'modified') {
		const out = (await page.evaluate(`(async () => {
			const { exports, db, factory } = globalThis.__modules;
			const journal = db.openJournal('attestation-${mode}');
			const { digest } = await factory.seedAttestation(journal, '${mode}');
			const result = await exports.exportAttestationPdf(journal, ${JSON.stringify(STAGE_2)});
			const bytes = new Uint8Array(await result.blob.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return { base64: btoa(binary), filename: result.filename, digest };
		})()`)) as { base64: string; filename: string; digest: string | null };
		const path = join(dir, `attestation-${mode}.pdf`);
		writeFileSync(path, Buffer.from(out.base64, 'base64'));
		return {
			path,
			filename: out.filename,
			digest: out.digest,
			text: words(run('pdftotext', path, '-'))
		};
	}

	beforeAll(async () => {
		server = await startModuleServer();
		browser = await launchBrowser();
		const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
		page = await server.blankPage(context);
		await importInPage(page, MODULES);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('prints every field of the national model, accents included, and a blank box to sign', async () => {
		const pdf = await exportAttestation('unsigned');
		expect(pdf.filename).toBe(
			'attestation-de-stage_garcon-lefevre-maelle_conseil-departemental-du-doubs_2027-01-04.pdf'
		);
		expect(run('pdfinfo', pdf.path)).toMatch(/Page size:\s+595\.28 x 841\.89 pts/);
		for (const phrase of [
			'ATTESTATION DE STAGE',
			'Organisme d’accueil',
			'Conseil départemental du Doubs',
			'7 avenue de la Gare d’Eau, 25000 Besançon',
			'Représenté par Jérôme Lœuillet, Responsable d’exploitation',
			'Nom GARÇON-LEFÈVRE',
			'Prénom Maëlle',
			'Date de naissance 12 mars 2008',
			'12 rue des Œillets, 70000 Vesoul',
			'maelle@example.fr',
			'option A « Solutions d’infrastructure, systèmes et réseaux »',
			'Lycée Édouard-Belin, Vesoul',
			'du 4 janvier 2027 au 12 février 2027',
			// 30 working days of 7 h, one day absent: 203 h = 29 days = 1 month (22) and 7 days.
			'Durée effective totale 29 jours (1 mois et 7 jours), soit 203 h de présence',
			'30 jours ouvrés à 7 h, 7 h d’absence déduites',
			'Chaque période de 7 heures de présence compte pour un jour',
			'– 1.1 Gestion du patrimoine informatique',
			'– 1.2 Réponse aux incidents et aux demandes d’assistance et d’évolution',
			'– A2.1 Conception d’une solution d’infrastructure',
			'mise à jour des postes « État civil ».',
			'Montant de la gratification 4,35 € de l’heure',
			'Signature et cachet de l’organisme d’accueil',
			'Page 1 / 1'
		]) {
			expect(pdf.text, phrase).toContain(phrase);
		}
		expect(pdf.text).not.toContain('Code de vérification');
		expect(run('pdfimages', '-list', pdf.path).split('\n').slice(2).filter(Boolean)).toHaveLength(
			0
		);
	});

	it('shows the tutor’s signature with its signer, date and verification code', async () => {
		const pdf = await exportAttestation('signed');
		expect(pdf.digest).toMatch(/^[0-9a-f]{64}$/);
		expect(pdf.text).toContain('Jérôme Lœuillet — Signé le 12 février 2027 à 17 h 05');
		expect(pdf.text).toContain(`Code de vérification : ${verificationCode(pdf.digest!)}`);
		expect(pdf.text).not.toContain('modifiée après cette signature');
		expect(run('pdfimages', '-list', pdf.path).match(/\ssmask\s/g)).toHaveLength(1);
	});

	it('says when the attestation was edited after the signature', async () => {
		const pdf = await exportAttestation('modified');
		expect(pdf.text).toContain('Montant de la gratification 5 € de l’heure');
		expect(pdf.text).toContain(
			'Attestation modifiée après cette signature : elle doit être signée à nouveau.'
		);
	});

	it('renders readable pages (PNG previews)', () => {
		const out = join(dir, 'png');
		mkdirSync(out);
		run(
			'pdftoppm',
			'-png',
			'-r',
			'80',
			join(dir, 'attestation-signed.pdf'),
			join(out, 'attestation-signee')
		);
		run(
			'pdftoppm',
			'-png',
			'-r',
			'80',
			join(dir, 'attestation-modified.pdf'),
			join(out, 'attestation-modifiee')
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
