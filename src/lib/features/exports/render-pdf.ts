/**
 * Draws a PDF model with jsPDF, entirely on the device. Imported on demand (`await import`) so
 * jsPDF and the fonts never weigh on the pages that do not export.
 */
import { jsPDF } from 'jspdf';
import type { JournalPdfModel, PdfModel, WeekPdfModel } from '$lib/domain/exports/index.ts';
import { embedFonts } from './pdf-fonts.ts';
import { preparePhotos, type PhotoSource } from './pdf-photos.ts';
import { COLORS, PdfWriter } from './pdf-writer.ts';
import { drawCover, drawDetails } from './render-cover.ts';
import type { ImageMap } from './render-entry.ts';
import { drawWeek } from './render-week.ts';

export interface RenderOptions {
	/** Leaves photos out (used by the benchmark's baseline). */
	withoutPhotos?: boolean;
}

/** Throws when the fonts cannot be loaded; a photo that cannot be read is drawn as a placeholder. */
export async function renderPdf(
	model: PdfModel,
	photos: PhotoSource,
	options: RenderOptions = {}
): Promise<Blob> {
	const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
	const weeks = model.kind === 'week' ? [model.week] : model.weeks;
	const refs = options.withoutPhotos
		? []
		: weeks.flatMap((w) => w.days.flatMap((d) => d.entries.flatMap((e) => e.photos)));
	const [images] = await Promise.all([preparePhotos(refs, photos), embedFonts(doc)]);
	const writer = new PdfWriter(doc);
	if (model.kind === 'week') drawWeekDocument(writer, model, images);
	else drawJournal(writer, model, images);
	writer.finish(model.footer);
	doc.setProperties({
		title: `${model.title} — ${model.student.name}`,
		subject: model.subtitle,
		author: model.student.name,
		creator: 'Carnet de stage'
	});
	doc.setLanguage('fr');
	return doc.output('blob');
}

function drawWeekDocument(w: PdfWriter, model: WeekPdfModel, images: ImageMap): void {
	w.text(model.title, { size: 18, bold: true, color: COLORS.accent, after: 3 });
	drawDetails(w, model.student, model.stage);
	w.gap(2);
	w.rule(COLORS.rule, 5);
	drawWeek(w, model.week, images);
}

function drawJournal(w: PdfWriter, model: JournalPdfModel, images: ImageMap): void {
	drawCover(w, model);
	for (const week of model.weeks) {
		w.newPage();
		drawWeek(w, week, images);
	}
}
