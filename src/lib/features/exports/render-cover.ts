/** The first page of the journal: who, where, when, then one line per week. */
import type { JournalPdfModel, PdfStage, PdfStudent, PdfWeek } from '$lib/domain/exports/index.ts';
import { COLORS, type PdfWriter } from './pdf-writer.ts';

const LABEL_WIDTH = 48;

export function drawCover(w: PdfWriter, model: JournalPdfModel): void {
	w.gap(12);
	w.text(model.diploma, { size: 10, color: COLORS.muted, after: 2 });
	w.text(model.title, { size: 28, bold: true, color: COLORS.accent, after: 1 });
	w.text(model.subtitle, { size: 12, after: 6 });
	w.rule(COLORS.accent, 5);
	drawDetails(w, model.student, model.stage);
	w.gap(2);
	w.text(model.totals, { size: 9.5, color: COLORS.muted, after: 6 });
	drawContents(w, model.weeks);
}

export function detailRows(student: PdfStudent, stage: PdfStage): [string, string | undefined][] {
	return [
		['Étudiant·e', student.name],
		['Classe', student.className],
		['Option', student.option],
		['Année de formation', student.trainingYear],
		['Organisation d’accueil', stage.organisation],
		['Adresse', stage.address],
		['Tuteur·rice', stage.tutorRole ? `${stage.tutor}, ${stage.tutorRole}` : stage.tutor],
		['Contact du tuteur·rice', stage.tutorContact],
		['Période', stage.period],
		['Durée', stage.duration],
		['Convention', stage.conventionRef],
		['Objectifs', stage.objectives]
	];
}

/** Label on the left, value wrapped on the right. */
export function drawDetails(w: PdfWriter, student: PdfStudent, stage: PdfStage): void {
	for (const [label, value] of detailRows(student, stage)) {
		if (!value) continue;
		w.ensure(w.height(value, { size: 10, indent: LABEL_WIDTH }));
		const top = w.y;
		w.text(label, { size: 9.5, bold: true, color: COLORS.muted });
		const afterLabel = w.y;
		w.y = top;
		w.text(value, { size: 10, indent: LABEL_WIDTH });
		w.y = Math.max(w.y, afterLabel) + 1.2;
	}
}

function drawContents(w: PdfWriter, weeks: PdfWeek[]): void {
	w.ensure(30);
	w.text('Sommaire des semaines', { size: 12, bold: true, color: COLORS.accent, after: 2 });
	for (const week of weeks) {
		const visas = week.visas.filter((v) => v.decision === 'signed' && v.current);
		const visaText = visas.length
			? `visa de ${visas.map((v) => v.signerName).join(', ')}`
			: 'sans visa valide';
		const details = `${week.statusLabel} · ${week.time} · ${visaText}`;
		const warn = week.status === 'modified-after-submit' || visas.length === 0;
		w.ensure(w.lineHeight(9.5) + w.height(details, { size: 8.5, indent: 24 }));
		const top = w.y;
		w.text(week.title, { size: 9.5, bold: true });
		w.y = top;
		w.text(week.period, { size: 9.5, indent: 24 });
		w.text(details, {
			size: 8.5,
			indent: 24,
			color: warn ? COLORS.warn : COLORS.muted,
			after: 1.5
		});
	}
}
