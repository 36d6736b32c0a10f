/**
 * Draws the E4 tableau de synthèse on landscape A4, in the layout of the national model: the
 * header block, then one table whose two header rows (competences over their sub-competences,
 * printed vertically) are repeated on every page, a band per group of rows and an X per ticked
 * sub-competence. A row is never split across pages. Imported on demand with jsPDF.
 */
import { jsPDF } from 'jspdf';
import type { SyntheseModel, SyntheseRow } from '$lib/domain/exports/synthese.ts';
import { embedFonts, FONT } from './pdf-fonts.ts';
import { COLORS } from './pdf-writer.ts';
import {
	ACHIEVEMENT_WIDTH,
	PERIOD_WIDTH,
	SUB_WIDTH,
	SYNTHESE_PAGE as PAGE,
	subColumnX
} from './render-synthese-layout.ts';

const PT = 25.4 / 72;
const PAD = 1.5;
const TABLE_WIDTH = PAGE.width - 2 * PAGE.margin;
const COMPETENCE_HEIGHT = 16;
const SUB_HEIGHT = 46;
const MIN_ROW = 8;

const lineStep = (size: number) => size * PT * 1.2;

function font(doc: jsPDF, size: number, bold = false, color: string = COLORS.text): void {
	doc.setFont(FONT, bold ? 'bold' : 'normal');
	doc.setFontSize(size);
	doc.setTextColor(color);
}

/** French typography: no line starts with » ; : ! ? nor ends with « (as in `PdfWriter`). */
const bind = (text: string) => text.replace(/« /g, '«\u00a0').replace(/ ([»;:!?])/g, '\u00a0$1');

/** Lines of `text` in `width` mm with the current font. */
const wrap = (doc: jsPDF, text: string, width: number) =>
	doc.splitTextToSize(bind(text), width) as string[];

function cell(doc: jsPDF, x: number, y: number, w: number, h: number, fill?: string): void {
	doc.setDrawColor('#374151');
	doc.setLineWidth(0.2);
	if (fill) {
		doc.setFillColor(fill);
		doc.rect(x, y, w, h, 'FD');
	} else doc.rect(x, y, w, h);
}

/** Writes lines from `top`, each baseline one step lower. */
function lines(doc: jsPDF, text: string[], x: number, top: number, size: number): number {
	const step = lineStep(size);
	text.forEach((line, i) => doc.text(line, x, top + size * PT + i * step));
	return text.length * step;
}

function drawTitle(doc: jsPDF, model: SyntheseModel): number {
	let y = PAGE.margin;
	font(doc, 13, true, COLORS.accent);
	doc.text(model.title, PAGE.width / 2, y + 13 * PT, { align: 'center' });
	y += lineStep(13) + 0.5;
	font(doc, 9, false, COLORS.muted);
	doc.text(model.exam, PAGE.width / 2, y + 9 * PT, { align: 'center' });
	return y + lineStep(9) + 2.5;
}

/** Label : value pairs, two per line; an empty value leaves a line to fill in by hand. */
function drawHeader(doc: jsPDF, model: SyntheseModel, top: number): number {
	const half = TABLE_WIDTH / 2;
	const height = 6.5;
	const [name, candidate, centre, option, url] = model.header;
	const pairs = [
		[name, candidate],
		[centre, option],
		[url, undefined]
	] as const;
	let y = top;
	for (const pair of pairs) {
		pair.forEach((field, i) => {
			if (!field) return;
			const x = PAGE.margin + i * half;
			const w = pair[1] ? half : TABLE_WIDTH;
			cell(doc, x, y, w, height);
			font(doc, 8, true, COLORS.muted);
			const label = `${field.label} :`;
			doc.text(label, x + PAD, y + 4.3);
			const labelWidth = doc.getTextWidth(label) + 2;
			font(doc, 9.5, true);
			const value = field.value || '';
			if (value)
				doc.text(
					wrap(doc, value, w - labelWidth - 2 * PAD)[0] ?? '',
					x + PAD + labelWidth,
					y + 4.4
				);
		});
		y += height;
	}
	return y + 3;
}

function drawTableHeader(doc: jsPDF, model: SyntheseModel, top: number): number {
	const full = COMPETENCE_HEIGHT + SUB_HEIGHT;
	let x = PAGE.margin;
	for (const [label, width] of [
		[model.columns.achievement, ACHIEVEMENT_WIDTH],
		[model.columns.period, PERIOD_WIDTH]
	] as const) {
		cell(doc, x, top, width, full, COLORS.band);
		font(doc, 8, true);
		const text = wrap(doc, label, width - 2 * PAD);
		const height = text.length * lineStep(8);
		lines(doc, text, x + PAD, top + (full - height) / 2, 8);
		x += width;
	}
	let index = 0;
	for (const competence of model.competences) {
		const span = competence.subCompetences.length * SUB_WIDTH;
		cell(doc, subColumnX(index), top, span, COMPETENCE_HEIGHT, COLORS.band);
		font(doc, 6.3, true);
		const label = wrap(doc, `${competence.id.slice(1)} ${competence.label}`, span - 2 * PAD);
		lines(doc, label.slice(0, 5), subColumnX(index) + PAD, top + 1, 6.3);
		for (const sub of competence.subCompetences) {
			drawSubHeader(doc, `${sub.id.slice(1)} ${sub.label}`, index, top + COMPETENCE_HEIGHT);
			index++;
		}
	}
	return top + full;
}

/** A sub-competence label written bottom to top, as in the model, wrapped on up to 3 lines. */
function drawSubHeader(doc: jsPDF, label: string, index: number, top: number): void {
	const x = subColumnX(index);
	cell(doc, x, top, SUB_WIDTH, SUB_HEIGHT);
	font(doc, 5.6);
	const text = wrap(doc, label, SUB_HEIGHT - 2 * PAD).slice(0, 3);
	const step = lineStep(5.6);
	const left = x + (SUB_WIDTH - text.length * step) / 2;
	text.forEach((line, i) => {
		doc.text(line, left + (i + 1) * step - 0.6, top + SUB_HEIGHT - PAD, { angle: 90 });
	});
}

/** Tallest row a page can take under the repeated table header. */
const MAX_ROW = PAGE.height - PAGE.bottom - PAGE.margin - COMPETENCE_HEIGHT - SUB_HEIGHT - 2;

interface RowLayout {
	title: string[];
	place: string[];
	docs: string[];
	height: number;
}

/** Wraps a row's texts; documents past what one page can hold are summed up on a last line. */
function layoutRow(doc: jsPDF, row: SyntheseRow): RowLayout {
	const width = ACHIEVEMENT_WIDTH - 2 * PAD;
	font(doc, 8, true);
	const title = wrap(doc, row.title, width);
	font(doc, 7);
	const place = row.organisation ? wrap(doc, row.organisation, width) : [];
	let docs = row.documents.flatMap((d) => wrap(doc, `– ${d}`, width - 1));
	const fixed = title.length * lineStep(8) + place.length * lineStep(7) + 2 * PAD;
	const room = Math.floor((MAX_ROW - fixed) / lineStep(7));
	if (docs.length > room) {
		const kept = docs.slice(0, Math.max(0, room - 1));
		docs = [...kept, `… (suite dans le portfolio : ${docs.length - kept.length} lignes)`];
	}
	const height = fixed + docs.length * lineStep(7);
	return { title, place, docs, height: Math.max(MIN_ROW, height) };
}

function drawRow(doc: jsPDF, model: SyntheseModel, row: SyntheseRow, top: number): number {
	const { title, place, docs, height } = layoutRow(doc, row);
	const x = PAGE.margin + PAD;
	cell(doc, PAGE.margin, top, ACHIEVEMENT_WIDTH, height);
	font(doc, 8, true);
	let y = top + PAD + lines(doc, title, x, top + PAD, 8);
	font(doc, 7, false, COLORS.muted);
	y += lines(doc, place, x, y, 7);
	font(doc, 7, false, '#374151');
	lines(doc, docs, x + 1, y, 7);
	const periodX = PAGE.margin + ACHIEVEMENT_WIDTH;
	cell(doc, periodX, top, PERIOD_WIDTH, height);
	font(doc, 7.5);
	lines(doc, wrap(doc, row.period, PERIOD_WIDTH - 2 * PAD), periodX + PAD, top + PAD, 7.5);
	row.ticks.forEach((ticked, i) => {
		cell(doc, subColumnX(i), top, SUB_WIDTH, height);
		if (!ticked) return;
		font(doc, 10, true);
		doc.text(model.tick, subColumnX(i) + SUB_WIDTH / 2, top + height / 2 + 1.3, {
			align: 'center'
		});
	});
	return top + height;
}

function drawGroupBand(doc: jsPDF, label: string, top: number): number {
	const height = 6;
	cell(doc, PAGE.margin, top, TABLE_WIDTH, height, '#e5e7eb');
	font(doc, 8.5, true);
	doc.text(label, PAGE.margin + PAD, top + 4.1);
	return top + height;
}

/** « Page n / N » and the footer, aligned with the table. */
function drawFooters(doc: jsPDF, footer: string): void {
	const pages = doc.getNumberOfPages();
	for (let page = 1; page <= pages; page++) {
		doc.setPage(page);
		font(doc, 8, false, COLORS.muted);
		const baseline = PAGE.height - 8;
		doc.text(footer, PAGE.margin, baseline);
		doc.text(`Page ${page} / ${pages}`, PAGE.width - PAGE.margin, baseline, { align: 'right' });
	}
}

const EMPTY_ROW: Omit<SyntheseRow, 'ticks'> = {
	title: '',
	organisation: '',
	documents: [],
	period: ''
};

export async function renderSynthesePdf(model: SyntheseModel): Promise<Blob> {
	const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape', compress: true });
	await embedFonts(doc);
	const limit = PAGE.height - PAGE.bottom;
	let y = drawTableHeader(doc, model, drawHeader(doc, model, drawTitle(doc, model)));
	const newPage = () => {
		doc.addPage('a4', 'landscape');
		y = drawTableHeader(doc, model, PAGE.margin);
	};
	for (const group of model.groups) {
		// A band is never left alone at the bottom of a page.
		if (y + 6 + MIN_ROW > limit) newPage();
		y = drawGroupBand(doc, group.label, y);
		const rows = group.rows.length
			? group.rows
			: [{ ...EMPTY_ROW, ticks: model.subCompetenceIds.map(() => false) }];
		for (const row of rows) {
			if (y + layoutRow(doc, row).height > limit) newPage();
			y = drawRow(doc, model, row, y);
		}
	}
	drawFooters(doc, model.footer);
	doc.setProperties({
		title: `${model.title} — ${model.header[0]?.value ?? ''}`,
		subject: model.exam,
		author: model.header[0]?.value ?? '',
		creator: 'Carnet de stage'
	});
	doc.setLanguage('fr');
	return doc.output('blob');
}
