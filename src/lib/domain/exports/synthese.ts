/**
 * The E4 tableau de synthèse as a layout-free model: the header of the national model, three
 * groups of rows (en cours de formation, en milieu professionnel en 1re année, en 2e année) and,
 * for each achievement, an X under every bloc 1 sub-competence it mobilises. The PDF renderer
 * and the spreadsheet writers draw the same model, so they always agree.
 *
 * Assumes: rows carry sub-competence ids (`C1.1.5`); a competence id alone (`C1.2`) cannot say
 * which column to tick, so it ticks none and is reported in `warnings`.
 */
import { referentiel, bloc1Competences } from '../referentiel/referentiel.ts';
import { footerLabel } from './pdf-labels.ts';
import { synthesisTable, SYNTHESE_GROUPS, type SyntheseGroupId } from './synthese-labels.ts';

export { SYNTHESE_GROUPS, type SyntheseGroupId };

export interface SyntheseRowInput {
	title: string;
	/** Where it was done (host organisation, school); '' when unknown. */
	organisation?: string;
	/** Names of the documents and productions (links, photo captions), in the student’s order. */
	documents: readonly string[];
	startDate: string;
	endDate: string;
	group: SyntheseGroupId;
	/** Any competence ids; only bloc 1 sub-competences become ticks. */
	competenceIds: readonly string[];
}

export interface SyntheseInput {
	student: { firstName: string; lastName: string; option: 'SISR' | 'SLAM' };
	candidateNumber?: string | undefined;
	trainingCentre?: string | undefined;
	portfolioUrl?: string | undefined;
	sessionYear: number;
	rows: readonly SyntheseRowInput[];
	now?: Date;
}

export interface SyntheseColumn {
	id: string;
	label: string;
	subCompetences: { id: string; label: string }[];
}

export interface SyntheseRow {
	title: string;
	organisation: string;
	documents: string[];
	/** « 01/06/26 au 03/07/26 ». */
	period: string;
	/** One per sub-competence column, in column order. */
	ticks: boolean[];
}

export interface SyntheseModel {
	student: { firstName: string; lastName: string };
	sessionYear: number;
	/** « BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2027 ». */
	title: string;
	/** « Épreuve E4 – Support et mise à disposition de services informatiques — tableau de synthèse ». */
	exam: string;
	header: { label: string; value: string }[];
	columns: { achievement: string; period: string; competences: string };
	competences: SyntheseColumn[];
	/** Sub-competence ids in column order (what `ticks` index). */
	subCompetenceIds: string[];
	tick: string;
	groups: { id: SyntheseGroupId; label: string; rows: SyntheseRow[] }[];
	warnings: string[];
	footer: string;
}

/** « 03/06/26 »: the JJ/MM/AA of the model. Throws on a date that is not YYYY-MM-DD. */
export function formatDateJjMmAa(date: string): string {
	const match = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) throw new Error(`Date invalide : ${date}`);
	return `${match[3]}/${match[2]}/${match[1]}`;
}

/** « 01/06/26 au 03/07/26 »; a one-day achievement shows its one date. */
export function formatSynthesePeriod(start: string, end: string): string {
	if (start === end) return formatDateJjMmAa(start);
	return `${formatDateJjMmAa(start)}${synthesisTable.periodSeparator}${formatDateJjMmAa(end)}`;
}

/**
 * The June session a student sits E4 in: the end of the school year of their second year. A school
 * year starts in September, so from September on it ends the next calendar year.
 */
export function defaultSessionYear(trainingYear: 1 | 2, today: string): number {
	const [year, month] = today.split('-').map(Number) as [number, number];
	const endOfSchoolYear = month >= 9 ? year + 1 : year;
	return endOfSchoolYear + (trainingYear === 1 ? 1 : 0);
}

export function sessionTitle(year: number): string {
	return synthesisTable.sessionTitle
		.replace('{diploma}', referentiel.exam.diploma.title)
		.replace('{year}', String(year));
}

function headerOf(input: SyntheseInput): SyntheseModel['header'] {
	const labels = synthesisTable.headerLabels;
	return [
		{
			label: labels.name,
			value: `${input.student.lastName.toLocaleUpperCase('fr')} ${input.student.firstName}`
		},
		{ label: labels.candidateNumber, value: input.candidateNumber?.trim() ?? '' },
		{ label: labels.trainingCentre, value: input.trainingCentre?.trim() ?? '' },
		{ label: labels.option, value: input.student.option },
		{ label: labels.portfolioUrl, value: input.portfolioUrl?.trim() ?? '' }
	];
}

const byPeriod = (a: SyntheseRowInput, b: SyntheseRowInput) =>
	a.startDate.localeCompare(b.startDate) ||
	a.endDate.localeCompare(b.endDate) ||
	a.title.localeCompare(b.title, 'fr');

export function buildSyntheseModel(input: SyntheseInput): SyntheseModel {
	const competences: SyntheseColumn[] = bloc1Competences().map((c) => ({
		id: c.id,
		label: c.label,
		subCompetences: c.subCompetences.map((s) => ({ id: s.id, label: s.label }))
	}));
	const subCompetenceIds = competences.flatMap((c) => c.subCompetences.map((s) => s.id));
	const bloc1Ids = new Set(competences.map((c) => c.id));
	const warnings: string[] = [];

	const rowOf = (row: SyntheseRowInput): SyntheseRow => {
		const ids = new Set(row.competenceIds);
		for (const id of ids) {
			const hasSub = subCompetenceIds.some((sub) => sub.startsWith(`${id}.`) && ids.has(sub));
			if (bloc1Ids.has(id) && !hasSub) {
				warnings.push(
					`« ${row.title.trim() || 'Sans titre'} » : compétence ${id.slice(1)} sans sous-compétence précisée, aucune case cochée.`
				);
			}
		}
		return {
			title: row.title.trim() || 'Sans titre',
			organisation: row.organisation?.trim() ?? '',
			documents: row.documents.map((d) => d.trim()).filter(Boolean),
			period: formatSynthesePeriod(row.startDate, row.endDate),
			ticks: subCompetenceIds.map((id) => ids.has(id))
		};
	};

	const groups = synthesisTable.groups.map((group) => ({
		id: group.id,
		label: group.label,
		rows: input.rows
			.filter((r) => r.group === group.id)
			.toSorted(byPeriod)
			.map(rowOf)
	}));

	return {
		student: { firstName: input.student.firstName, lastName: input.student.lastName },
		sessionYear: input.sessionYear,
		title: sessionTitle(input.sessionYear),
		exam: `${referentiel.exam.portfolioExam.heading} — ${referentiel.exam.portfolioExam.synthesisTable}`,
		header: headerOf(input),
		columns: synthesisTable.columns,
		competences,
		subCompetenceIds,
		tick: synthesisTable.tick,
		groups,
		warnings,
		footer: footerLabel(input.now ?? new Date())
	};
}
