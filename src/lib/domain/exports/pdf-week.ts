/**
 * One week of a PDF export. The week report is built on the whole content (confidential entries
 * included) so the status and the digest are those a visa signed; confidential entries and
 * photos are then left out of what is printed.
 */
import { formatDateFr } from '../calendar/dates.ts';
import { buildWeekReport, type WeekReport } from '../week-report/week-report.ts';
import type { Entry, Photo, Visa, Week } from '../schemas/index.ts';
import {
	activityLabel,
	capitalise,
	DECISION_LABELS,
	formatInstantFr,
	formatMinutes,
	periodLabel,
	ROLE_LABELS,
	weekStatusLabel
} from './pdf-labels.ts';
import type { PdfDay, PdfEntry, PdfVisa, PdfWeek } from './pdf-model.ts';
import { verificationCode } from '../visa/verification-code.ts';

export type PdfEntryInput = Pick<
	Entry,
	| '_id'
	| 'stageId'
	| 'date'
	| 'text'
	| 'minutes'
	| 'activityIds'
	| 'tools'
	| 'difficulties'
	| 'learned'
	| 'confidential'
	| 'deleted'
>;
export type PdfPhotoInput = Pick<
	Photo,
	'_id' | 'entryId' | 'caption' | 'sha256' | 'width' | 'height' | 'confidential' | 'deleted'
>;
export type PdfVisaInput = Pick<
	Visa,
	| '_id'
	| 'weekId'
	| 'signerRole'
	| 'signerName'
	| 'decision'
	| 'comment'
	| 'signature'
	| 'digest'
	| 'signedAt'
>;
export type PdfWeekInput = Pick<
	Week,
	| 'stageId'
	| 'monday'
	| 'summary'
	| 'difficulties'
	| 'learned'
	| 'status'
	| 'submittedAt'
	| 'submittedDigest'
>;

export interface PdfStageDates {
	_id: string;
	startDate: string;
	endDate: string;
	hoursPerDay?: number;
}

export interface PdfWeekSource {
	stage: PdfStageDates;
	monday: string;
	week?: PdfWeekInput | null;
	entries: readonly PdfEntryInput[];
	photos: readonly PdfPhotoInput[];
	visas: readonly PdfVisaInput[];
}

/** Throws a RangeError when `monday` is not a week of the stage. */
export async function buildPdfWeek(source: PdfWeekSource): Promise<PdfWeek> {
	const report = await buildWeekReport({
		stage: source.stage,
		monday: source.monday,
		week: source.week ?? null,
		entries: source.entries,
		photos: source.photos
	});
	const hidden = new Set(source.entries.filter((e) => e.confidential).map((e) => e._id));
	const photos = new Map(source.photos.map((p) => [p._id, p]));
	const days = report.days.map((day) => pdfDay(day, hidden, photos));
	const shown = days.flatMap((d) => d.entries);
	const minutes = shown.reduce((sum, e) => sum + e.minutes, 0);
	const activityIds = [...new Set(shown.flatMap((e) => e.activities.map((a) => a.id)))];
	return {
		weekId: report.weekId,
		number: report.index + 1,
		title: `Semaine ${report.index + 1}`,
		period: periodLabel(report.start, report.end),
		status: report.status,
		statusLabel: weekStatusLabel(report.status, report.submittedAt),
		time: `${formatMinutes(minutes)} sur ${formatMinutes(report.expectedMinutes)}`,
		days,
		summary: report.summary,
		difficulties: report.difficulties,
		learned: report.learned,
		activities: report.activityIds.filter((id) => activityIds.includes(id)).map(activityLabel),
		visas: source.visas
			.filter((v) => v.weekId === report.weekId)
			.sort((a, b) => (a.signedAt < b.signedAt ? -1 : 1))
			.map((v) => pdfVisa(v, report.digest)),
		digest: report.digest
	};
}

function pdfDay(
	day: WeekReport['days'][number],
	hidden: Set<string>,
	photos: Map<string, PdfPhotoInput>
): PdfDay {
	const entries = day.entries
		.filter((e) => !hidden.has(e._id))
		.map((e): PdfEntry => {
			return {
				id: e._id,
				time: formatMinutes(e.minutes),
				minutes: e.minutes,
				text: e.text,
				activities: e.activityIds.map(activityLabel),
				tools: [...e.tools],
				difficulties: e.difficulties,
				learned: e.learned,
				photos: e.photos
					.map((p) => photos.get(p._id))
					.filter((p): p is PdfPhotoInput => !!p && !p.confidential)
					.map((p) => ({ id: p._id, caption: p.caption, width: p.width, height: p.height }))
			};
		});
	const note = day.holiday ? `Jour férié : ${day.holiday}` : day.weekend ? 'Week-end' : undefined;
	return {
		date: day.date,
		label: capitalise(formatDateFr(day.date)),
		...(note ? { note } : {}),
		time: formatMinutes(entries.reduce((sum, e) => sum + e.minutes, 0)),
		entries
	};
}

function pdfVisa(visa: PdfVisaInput, currentDigest: string): PdfVisa {
	const current = visa.digest === currentDigest;
	return {
		id: visa._id,
		signerName: visa.signerName,
		signerRole: visa.signerRole,
		roleLabel: ROLE_LABELS[visa.signerRole],
		signedAt: visa.signedAt,
		dateLabel: formatInstantFr(visa.signedAt),
		decision: visa.decision,
		decisionLabel: DECISION_LABELS[visa.decision],
		comment: visa.comment,
		...(visa.decision === 'signed' && visa.signature ? { signature: visa.signature } : {}),
		verificationCode: verificationCode(visa.digest),
		current,
		validityLabel: current
			? 'Le contenu de la semaine n’a pas changé depuis ce visa.'
			: 'Porte sur une version antérieure : la semaine a été modifiée depuis ce visa.'
	};
}
