/**
 * The two PDF exports, generated on the device from the local journal (no network needed).
 * Pages load this module on demand: `const { exportWeekPdf } = await import('$lib/features/exports/export-pdf.ts')`.
 */
import type { JournalDb } from '$lib/data/journal-db.ts';
import {
	buildJournalPdfModel,
	buildWeekPdfModel,
	journalPdfFilename,
	synthesisFilename,
	weekPdfFilename
} from '$lib/domain/exports/index.ts';
import { syntheseGrid, syntheseHeadingRows } from '$lib/domain/exports/synthese-sheet.ts';
import { loadJournal, loadWeek, photoSource } from './load-journal.ts';
import { loadAttestation } from '$lib/features/attestation/load-attestation.ts';
import { buildAttestationPdfModel } from '$lib/domain/attestation/attestation-pdf-model.ts';
import { slug } from '$lib/domain/exports/filenames.ts';
import { signedContentDigest } from '$lib/domain/signature/signed-content.ts';
import { renderAttestationPdf } from './render-attestation.ts';
import { renderPdf } from './render-pdf.ts';
import { loadSyntheseModel } from './render-synthese-data.ts';
import { renderSynthesePdf } from './render-synthese.ts';
import { toCsv } from './spreadsheet-csv.ts';
import { toXlsx } from './spreadsheet-xlsx.ts';

export { downloadBlob } from './download.ts';

export interface PdfExport {
	blob: Blob;
	/** Suggested name, ASCII only: `rapport-semaine-3_martin-lea_2026-06-15.pdf`. */
	filename: string;
}

/** The weekly report of `weekId`. Throws an Error with a French message when data is missing. */
export async function exportWeekPdf(db: JournalDb, weekId: string): Promise<PdfExport> {
	const data = await loadWeek(db, weekId);
	const model = await buildWeekPdfModel(data);
	const blob = await renderPdf(model, photoSource(db));
	return { blob, filename: weekPdfFilename(data.profile, model.week.number, data.week.monday) };
}

/** The whole journal of `stageId`, cover page first. Throws like `exportWeekPdf`. */
export async function exportJournalPdf(db: JournalDb, stageId: string): Promise<PdfExport> {
	const data = await loadJournal(db, stageId);
	const model = await buildJournalPdfModel(data);
	const blob = await renderPdf(model, photoSource(db));
	const { profile, stage } = data;
	return { blob, filename: journalPdfFilename(profile, stage.organisation.name, stage.startDate) };
}

export interface SyntheseExport extends PdfExport {
	/** What the student should fix (a competence ticked without sub-competence). */
	warnings: string[];
}

/** The E4 tableau de synthèse of the journal `db` (landscape A4). Throws like `exportWeekPdf`. */
export async function exportSynthesePdf(db: JournalDb): Promise<SyntheseExport> {
	const model = await loadSyntheseModel(db);
	const blob = await renderSynthesePdf(model);
	const filename = synthesisFilename(model.student, model.sessionYear, 'pdf');
	return { blob, filename, warnings: model.warnings };
}

/** The same tableau as CSV for French spreadsheets (UTF-8 with BOM, `;`). */
export async function exportSyntheseCsv(db: JournalDb): Promise<SyntheseExport> {
	const model = await loadSyntheseModel(db);
	const blob = new Blob([toCsv(syntheseGrid(model))], { type: 'text/csv;charset=utf-8' });
	const filename = synthesisFilename(model.student, model.sessionYear, 'csv');
	return { blob, filename, warnings: model.warnings };
}

/** The same tableau as an .xlsx workbook (one sheet, bold headings, wrapped first column). */
export async function exportSyntheseXlsx(db: JournalDb): Promise<SyntheseExport> {
	const model = await loadSyntheseModel(db);
	const grid = syntheseGrid(model);
	const bytes = toXlsx(grid, {
		name: 'Tableau de synthèse',
		widths: [60, 22, ...model.subCompetenceIds.map(() => 7)],
		boldRows: syntheseHeadingRows(model, grid)
	});
	const blob = new Blob([bytes], {
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	});
	const filename = synthesisFilename(model.student, model.sessionYear, 'xlsx');
	return { blob, filename, warnings: model.warnings };
}

/**
 * The attestation de stage of `stageId`, as saved (never the unsaved prefill: a signature names
 * a stored revision). Throws in French when it was never saved or the stage is missing.
 */
export async function exportAttestationPdf(db: JournalDb, stageId: string): Promise<PdfExport> {
	const { stage, attestation, saved, signatures } = await loadAttestation(db, stageId);
	if (!saved) throw new Error('Enregistrez l’attestation avant de la télécharger en PDF.');
	const model = buildAttestationPdfModel({
		attestation,
		hoursPerDay: stage.hoursPerDay,
		signatures,
		currentDigest: await signedContentDigest(attestation)
	});
	const { intern } = attestation;
	const blob = await renderAttestationPdf(model, `${intern.firstName} ${intern.lastName}`);
	const who = slug(`${intern.lastName} ${intern.firstName}`);
	return {
		blob,
		filename: `attestation-de-stage_${who}_${slug(stage.organisation.name)}_${stage.startDate}.pdf`
	};
}
