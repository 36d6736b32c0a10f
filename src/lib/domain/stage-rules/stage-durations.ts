/**
 * Checks the stages of a journal against the duration rules of the BTS SIO (seed 001, annex
 * III.B and §4.1): 10 weeks over two years, a period of 4–5 consecutive weeks at the end of
 * year 1 and of 5–6 in year 2, up to 2 more weeks in school holidays, or a reduction to no less
 * than 8 weeks with 4 consecutive in year 2. The rules come from `referentiel/stage-rules.json`.
 * The app cannot know whether a reduction or an extension was granted, so what those cases
 * allow is a `warning` that names the condition; what no case allows is an `error`.
 */
import { formatDateShortFr } from '../calendar/dates.ts';
import { consecutiveRuns, formatWeeks, WEEKDAYS_PER_WEEK, weekdaysOf } from './stage-length.ts';

export interface StageRules {
	totalWeeks: number;
	year1: { minConsecutiveWeeks: number; maxConsecutiveWeeks: number };
	year2: { minConsecutiveWeeks: number; maxConsecutiveWeeks: number };
	extensionWeeksInHolidays: number;
	reduced: { minTotalWeeks: number; minConsecutiveWeeksYear2: number };
}

export interface DurationStage {
	trainingYear: 1 | 2;
	startDate: string;
	endDate: string;
	deleted?: boolean;
}

export type FindingLevel = 'error' | 'warning' | 'ok';
export interface Finding {
	level: FindingLevel;
	code: string;
	message: string;
}

export interface YearDuration {
	/** Length in weeks (weekdays / 5, may be fractional). */
	weeks: number;
	longestConsecutiveWeeks: number;
	stages: number;
}

export interface DurationReport {
	totalWeeks: number;
	perYear: Record<1 | 2, YearDuration>;
	findings: Finding[];
}

const YEAR_LABEL = { 1: 'première année', 2: 'deuxième année' } as const;
const period = (s: DurationStage) =>
	`du ${formatDateShortFr(s.startDate)} au ${formatDateShortFr(s.endDate)}`;

export function checkStageDurations(stages: DurationStage[], rules: StageRules): DurationReport {
	const findings: Finding[] = [];
	const live = stages.filter((s) => !s.deleted);
	const valid = live.filter((s) => s.endDate >= s.startDate);
	for (const s of live.filter((x) => x.endDate < x.startDate)) {
		const message = `Le stage ${period(s)} se termine avant d’avoir commencé : la date de fin doit être après la date de début.`;
		findings.push({ level: 'error', code: 'end-before-start', message });
	}
	findings.push(...overlapFindings(valid));

	const days = (weeks: number) => weeks * WEEKDAYS_PER_WEEK;
	const perYearDays = { 1: yearDays(valid, 1), 2: yearDays(valid, 2) };
	const total = perYearDays[1].weekdays + perYearDays[2].weekdays;
	const reducedBand = total >= days(rules.reduced.minTotalWeeks) && total < days(rules.totalWeeks);

	for (const year of [1, 2] as const) {
		const { longest, count } = perYearDays[year];
		const { minConsecutiveWeeks: min, maxConsecutiveWeeks: max } = rules[`year${year}`];
		const need = `il en faut ${min} à ${max} consécutives en ${year === 1 ? 'fin de ' : ''}${YEAR_LABEL[year]}`;
		const code = `year${year}`;
		if (count === 0) {
			const message = `Aucun stage de ${YEAR_LABEL[year]} n’est enregistré : ${need}.`;
			findings.push({ level: 'warning', code: `${code}-missing`, message });
		} else if (longest < days(min)) {
			const reducedMin = year === 2 ? rules.reduced.minConsecutiveWeeksYear2 : 0;
			const excused = reducedBand && longest >= days(reducedMin);
			const message =
				`Votre période de ${YEAR_LABEL[year]} dure ${formatWeeks(longest)} : ${need}.` +
				(excused ? ' Une réduction de la durée des stages peut toutefois s’appliquer.' : '');
			findings.push({ level: excused ? 'warning' : 'error', code: `${code}-too-short`, message });
		} else if (longest > days(max)) {
			const allowed = longest <= days(max + rules.extensionWeeksInHolidays);
			const message =
				`Votre période de ${YEAR_LABEL[year]} dure ${formatWeeks(longest)} : ${need}.` +
				(allowed
					? ` Au-delà, la prolongation de ${rules.extensionWeeksInHolidays} semaines au plus doit avoir lieu pendant les vacances scolaires.`
					: '');
			findings.push({ level: allowed ? 'warning' : 'error', code: `${code}-too-long`, message });
		} else {
			const message = `Période de ${YEAR_LABEL[year]} : ${formatWeeks(longest)} consécutives, conforme.`;
			findings.push({ level: 'ok', code: `${code}-ok`, message });
		}
	}

	findings.push(totalFinding(total, perYearDays[2].count > 0, rules));
	const weeks = (weekdays: number) => weekdays / WEEKDAYS_PER_WEEK;
	const perYear = {
		1: toYear(perYearDays[1], weeks),
		2: toYear(perYearDays[2], weeks)
	};
	return { totalWeeks: weeks(total), perYear, findings };
}

function yearDays(stages: DurationStage[], year: 1 | 2) {
	const ofYear = stages.filter((s) => s.trainingYear === year);
	const weekdays = ofYear.reduce((sum, s) => sum + weekdaysOf(s), 0);
	return { weekdays, longest: Math.max(0, ...consecutiveRuns(ofYear)), count: ofYear.length };
}

function toYear(
	y: { weekdays: number; longest: number; count: number },
	weeks: (d: number) => number
): YearDuration {
	return { weeks: weeks(y.weekdays), longestConsecutiveWeeks: weeks(y.longest), stages: y.count };
}

function overlapFindings(stages: DurationStage[]): Finding[] {
	const sorted = [...stages].sort((a, b) => a.startDate.localeCompare(b.startDate));
	const findings: Finding[] = [];
	sorted.forEach((a, i) => {
		for (const b of sorted.slice(i + 1)) {
			if (b.startDate > a.endDate) break;
			const message = `Les stages ${period(a)} et ${period(b)} se chevauchent.`;
			findings.push({ level: 'error', code: 'overlap', message });
		}
	});
	return findings;
}

function totalFinding(total: number, hasYear2: boolean, rules: StageRules): Finding {
	const days = (weeks: number) => weeks * WEEKDAYS_PER_WEEK;
	const head = `Total : ${formatWeeks(total)} sur ${rules.totalWeeks}.`;
	const maxWeeks = rules.totalWeeks + rules.extensionWeeksInHolidays;
	if (total > days(maxWeeks)) {
		const message = `${head} C’est plus que les ${rules.totalWeeks} semaines prolongées de ${rules.extensionWeeksInHolidays} semaines pendant les vacances scolaires (${maxWeeks} au plus).`;
		return { level: 'error', code: 'total-too-long', message };
	}
	if (total > days(rules.totalWeeks)) {
		const message = `${head} Les semaines au-delà de ${rules.totalWeeks} sont une prolongation : elles doivent avoir lieu pendant les vacances scolaires et la convention en précise les modalités.`;
		return { level: 'warning', code: 'total-extended', message };
	}
	if (total === days(rules.totalWeeks)) {
		return { level: 'ok', code: 'total-ok', message: `${head} La durée des stages est atteinte.` };
	}
	if (!hasYear2) {
		const message = `${head} La période de deuxième année reste à prévoir.`;
		return { level: 'warning', code: 'total-incomplete', message };
	}
	const reduction = `En cas de réduction (force majeure ou aménagement), le minimum est de ${rules.reduced.minTotalWeeks} semaines dont ${rules.reduced.minConsecutiveWeeksYear2} consécutives en deuxième année, sur demande de positionnement auprès du recteur.`;
	const reduced = total >= days(rules.reduced.minTotalWeeks);
	return {
		level: reduced ? 'warning' : 'error',
		code: reduced ? 'total-reduced' : 'total-too-short',
		message: `${head} ${reduction}`
	};
}
