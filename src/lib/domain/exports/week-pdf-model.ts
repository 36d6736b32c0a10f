import { weeksOfStage } from '../calendar/stage-weeks.ts';
import {
	footerLabel,
	stageBlock,
	studentBlock,
	type StageInput,
	type StudentInput
} from './pdf-labels.ts';
import type { WeekPdfModel } from './pdf-model.ts';
import {
	buildPdfWeek,
	type PdfEntryInput,
	type PdfPhotoInput,
	type PdfStageDates,
	type PdfVisaInput,
	type PdfWeekInput
} from './pdf-week.ts';

export interface WeekPdfInput {
	profile: StudentInput;
	stage: StageInput & PdfStageDates;
	/** The weekly report; a week never opened is passed as an empty draft. */
	week: PdfWeekInput;
	/** May hold more than the week: only this week's entries, photos and visas are kept. */
	entries: readonly PdfEntryInput[];
	photos: readonly PdfPhotoInput[];
	visas: readonly PdfVisaInput[];
	now?: Date;
}

/** The « rapport d’activité hebdomadaire » of one week. Throws a RangeError when the week is outside the stage. */
export async function buildWeekPdfModel(input: WeekPdfInput): Promise<WeekPdfModel> {
	const { profile, stage, week } = input;
	const pdfWeek = await buildPdfWeek({
		stage,
		monday: week.monday,
		week,
		entries: input.entries,
		photos: input.photos,
		visas: input.visas
	});
	const student = studentBlock(profile);
	return {
		kind: 'week',
		title: 'Rapport d’activité hebdomadaire',
		subtitle: `${pdfWeek.title} — ${student.name}`,
		student,
		stage: stageBlock(stage, weeksOfStage(stage).length),
		week: pdfWeek,
		footer: footerLabel(input.now ?? new Date())
	};
}
