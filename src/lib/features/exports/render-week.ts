/** Draws one week: its days and entries, the student's weekly review, then the visas. */
import type { PdfDay, PdfVisa, PdfWeek } from '$lib/domain/exports/index.ts';
import { drawEntry, type ImageMap } from './render-entry.ts';
import { FONT } from './pdf-fonts.ts';
import { COLORS, type PdfWriter } from './pdf-writer.ts';

export function drawWeek(w: PdfWriter, week: PdfWeek, images: ImageMap): void {
	w.ensure(40);
	w.text(week.title, { size: 16, bold: true, color: COLORS.accent });
	w.text(week.period, { size: 9.5, color: COLORS.muted, after: 1 });
	const warn = week.status === 'modified-after-submit';
	w.text(`Statut : ${week.statusLabel}`, {
		size: 9.5,
		bold: true,
		color: warn ? COLORS.warn : COLORS.text
	});
	w.text(`Temps déclaré : ${week.time}`, { size: 9.5, after: 2 });
	w.rule(COLORS.accent, 4);
	for (const day of week.days) drawDay(w, day, images);
	drawReview(w, week);
	drawVisas(w, week.visas);
}

function drawDay(w: PdfWriter, day: PdfDay, images: ImageMap): void {
	const band = w.lineHeight(10.5) + 2;
	// A day heading keeps its first entry's first lines with it.
	w.ensure(band + w.lineHeight(10) * 4);
	w.doc.setFillColor(COLORS.band);
	w.doc.rect(w.margin, w.y, w.width, band, 'F');
	const title = day.note ? `${day.label} — ${day.note}` : day.label;
	const top = w.y;
	w.gap(1);
	w.text(title, { size: 10.5, bold: true, indent: 2 });
	w.doc.setFont(FONT, 'normal');
	w.doc.setTextColor(COLORS.muted);
	w.doc.text(day.time, w.margin + w.width - 2, top + 1 + 10.5 * (25.4 / 72), { align: 'right' });
	w.gap(2.5);
	if (day.entries.length === 0) {
		w.text('Aucune entrée.', { size: 9.5, color: COLORS.muted, indent: 4, after: 3 });
		return;
	}
	for (const entry of day.entries) drawEntry(w, entry, images);
}

function drawReview(w: PdfWriter, week: PdfWeek): void {
	w.ensure(30);
	w.gap(2);
	w.text('Bilan de la semaine', { size: 12, bold: true, color: COLORS.accent, after: 1.5 });
	const empty = [week.summary, week.difficulties, week.learned].every((t) => t.trim() === '');
	if (empty) w.text('Bilan non rédigé.', { size: 9.5, color: COLORS.muted, after: 1.5 });
	w.field('Synthèse', week.summary);
	w.field('Difficultés rencontrées', week.difficulties);
	w.field('Ce que j’ai appris', week.learned);
	if (week.activities.length > 0) {
		const list = week.activities.map((a) => (a.label ? `${a.id} ${a.label}` : a.id)).join('\n');
		w.field('Activités du référentiel mobilisées', list, { size: 9 });
	}
	w.gap(2);
}

function drawVisas(w: PdfWriter, visas: PdfVisa[]): void {
	w.ensure(20);
	w.text('Visas', { size: 12, bold: true, color: COLORS.accent, after: 1.5 });
	if (visas.length === 0) {
		w.text('Aucun visa pour cette semaine.', { size: 9.5, color: COLORS.muted, after: 3 });
		return;
	}
	for (const visa of visas) drawVisa(w, visa);
}

const SIGNATURE = { width: 55, height: 22 };

function drawVisa(w: PdfWriter, visa: PdfVisa): void {
	const inner = { indent: 3 };
	const signature = visa.signature ? signatureSize(w, visa.signature) : null;
	const height =
		3 +
		w.height(`${visa.decisionLabel} — ${visa.signerName}`, { ...inner, bold: true }) +
		w.height(visa.dateLabel, { ...inner, size: 9 }) +
		(visa.comment.trim() ? w.height(visa.comment, { ...inner, size: 9.5 }) + 1 : 0) +
		(signature ? signature.height + 2 : 0) +
		w.height(visa.validityLabel, { ...inner, size: 8.5 }) +
		w.lineHeight(9) +
		3;
	w.ensure(height + 3);
	const top = w.y;
	const page = w.doc.getNumberOfPages();
	w.gap(3);
	w.text(`${visa.decisionLabel} — ${visa.signerName}`, { ...inner, bold: true });
	w.text(`${visa.roleLabel} · le ${visa.dateLabel}`, { ...inner, size: 9, color: COLORS.muted });
	if (visa.comment.trim()) w.text(`« ${visa.comment} »`, { ...inner, size: 9.5, after: 1 });
	if (visa.signature && signature) {
		w.doc.addImage(visa.signature, 'PNG', w.margin + 3, w.y + 1, signature.width, signature.height);
		w.gap(signature.height + 2);
	}
	w.text(`Code de vérification : ${visa.verificationCode}`, { ...inner, size: 9, bold: true });
	w.text(visa.validityLabel, {
		...inner,
		size: 8.5,
		color: visa.current ? COLORS.muted : COLORS.warn
	});
	w.gap(2);
	w.doc.setDrawColor(visa.current ? COLORS.rule : COLORS.warn);
	w.doc.setLineWidth(0.3);
	// The box is drawn only when the visa did not flow onto another page.
	if (w.doc.getNumberOfPages() === page)
		w.doc.roundedRect(w.margin, top, w.width, w.y - top, 1.5, 1.5);
	w.gap(3);
}

function signatureSize(w: PdfWriter, dataUrl: string): { width: number; height: number } | null {
	try {
		const { width, height } = w.doc.getImageProperties(dataUrl);
		const scale = Math.min(SIGNATURE.width / width, SIGNATURE.height / height);
		return { width: width * scale, height: height * scale };
	} catch {
		return null;
	}
}
