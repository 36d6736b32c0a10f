import { weeksOfStage } from '../calendar/stage-weeks.ts';
import { referentiel } from '../referentiel/referentiel.ts';
import {
	footerLabel,
	formatMinutes,
	stageBlock,
	studentBlock,
	type StageInput,
	type StudentInput
} from './pdf-labels.ts';
import type { JournalPdfModel } from './pdf-model.ts';
import {
	buildPdfWeek,
	type PdfEntryInput,
	type PdfPhotoInput,
	type PdfStageDates,
	type PdfVisaInput,
	type PdfWeekInput
} from './pdf-week.ts';

export interface JournalPdfInput {
	profile: StudentInput;
	stage: StageInput & PdfStageDates;
	/** Weekly reports of the stage; weeks without one print as empty drafts. */
	weeks: readonly PdfWeekInput[];
	entries: readonly PdfEntryInput[];
	photos: readonly PdfPhotoInput[];
	visas: readonly PdfVisaInput[];
	now?: Date;
}

/**
 * The whole journal of a stage: every week of the stage in order, even those left empty, so gaps
 * show. Throws a RangeError when the stage dates are invalid.
 */
export async function buildJournalPdfModel(input: JournalPdfInput): Promise<JournalPdfModel> {
	const { profile, stage } = input;
	const stageWeeks = weeksOfStage(stage);
	const weeks = await Promise.all(
		stageWeeks.map((w) =>
			buildPdfWeek({
				stage,
				monday: w.monday,
				week: input.weeks.find((doc) => doc.stageId === stage._id && doc.monday === w.monday),
				entries: input.entries,
				photos: input.photos,
				visas: input.visas
			})
		)
	);
	const entries = weeks.flatMap((w) => w.days.flatMap((d) => d.entries));
	const photos = entries.reduce((sum, e) => sum + e.photos.length, 0);
	const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
	const student = studentBlock(profile);
	return {
		kind: 'journal',
		title: 'Carnet de stage',
		subtitle: `Rapports d’activité hebdomadaires — ${student.name}`,
		diploma: `BTS ${referentiel.exam.diploma.name}`,
		student,
		stage: stageBlock(stage, stageWeeks.length),
		weeks,
		totals: [
			plural(entries.length, 'entrée'),
			plural(photos, 'photo'),
			`${formatMinutes(minutes)} déclarées`
		].join(' · '),
		footer: footerLabel(input.now ?? new Date())
	};
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
