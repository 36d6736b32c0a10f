/** French wording shared by the week and journal models. */
import { formatDateFr, formatDateShortFr } from '../calendar/dates.ts';
import { activityById, referentiel, subActivityById } from '../referentiel/referentiel.ts';
import type { WeekReportStatus } from '../week-report/week-report.ts';
import type { PdfActivity, PdfStage, PdfStudent } from './pdf-model.ts';

/** « 2 h 30 », « 45 min », « 0 h ». */
export function formatMinutes(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return m === 0 ? '0 h' : `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** Capitalised first letter: « lundi » opens a line as « Lundi ». */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/** An unknown id (another référentiel version) keeps its id as label rather than vanishing. */
export function activityLabel(id: string): PdfActivity {
	const label = activityById(id)?.label ?? subActivityById(id)?.subActivity.label ?? '';
	return { id, label };
}

export function weekStatusLabel(status: WeekReportStatus, submittedAt?: string): string {
	if (status === 'draft') return 'Brouillon (non envoyée)';
	if (status === 'modified-after-submit') return 'Modifiée après envoi';
	return submittedAt ? `Envoyée le ${formatInstantDateFr(submittedAt)}` : 'Envoyée';
}

export const ROLE_LABELS = { tutor: 'Tuteur·rice', teacher: 'Professeur·e' } as const;
export const DECISION_LABELS = {
	signed: 'Visa signé',
	changes_requested: 'Modifications demandées'
} as const;

const parisDate = new Intl.DateTimeFormat('fr-FR', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Paris'
});
const parisTime = new Intl.DateTimeFormat('fr-FR', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Paris'
});

/** Instants are stored in UTC; readers are in metropolitan France. */
export function formatInstantDateFr(instant: string): string {
	return parisDate.format(new Date(instant));
}

/** « 5 juin 2026 à 17 h 42 ». */
export function formatInstantFr(instant: string): string {
	const [h, m] = parisTime.format(new Date(instant)).split(':');
	return `${formatInstantDateFr(instant)} à ${h} h ${m}`;
}

export function periodLabel(start: string, end: string): string {
	return `du ${formatDateFr(start)} au ${formatDateFr(end)}`;
}

export interface StudentInput {
	firstName: string;
	lastName: string;
	className?: string;
	option: 'SISR' | 'SLAM';
	trainingYear: 1 | 2;
}

export function studentBlock(profile: StudentInput): PdfStudent {
	const option = referentiel.exam.options.find((o) => o.id === profile.option);
	return {
		name: `${profile.firstName} ${profile.lastName}`,
		...(profile.className ? { className: profile.className } : {}),
		option: option ? `${option.id} — ${option.name}` : profile.option,
		trainingYear: profile.trainingYear === 1 ? '1re année' : '2e année'
	};
}

export interface StageInput {
	organisation: { name: string; address?: string };
	tutor: { name: string; role?: string; email?: string; phone?: string };
	startDate: string;
	endDate: string;
	conventionRef?: string;
	objectives?: string;
}

export function stageBlock(stage: StageInput, weekCount: number): PdfStage {
	const contact = [stage.tutor.email, stage.tutor.phone].filter(Boolean).join(' · ');
	return {
		organisation: stage.organisation.name,
		...(stage.organisation.address ? { address: stage.organisation.address } : {}),
		tutor: stage.tutor.name,
		...(stage.tutor.role ? { tutorRole: stage.tutor.role } : {}),
		...(contact ? { tutorContact: contact } : {}),
		period: periodLabel(stage.startDate, stage.endDate),
		duration: weekCount > 1 ? `${weekCount} semaines` : `${weekCount} semaine`,
		...(stage.conventionRef ? { conventionRef: stage.conventionRef } : {}),
		...(stage.objectives ? { objectives: stage.objectives } : {})
	};
}

/** « Document généré le 23 novembre 2026 par Carnet de stage ». */
export function footerLabel(now: Date): string {
	return `Document généré le ${formatInstantDateFr(now.toISOString())} par Carnet de stage`;
}

export { formatDateFr, formatDateShortFr };
