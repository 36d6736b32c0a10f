/**
 * The effective total duration of a stage, as the attestation de stage states it: hours of
 * presence, then days and months by the rule of the national model (and of the Code de
 * l’éducation for stages): each 7 hours of presence, consecutive or not, count as one day, and
 * each 22 days of presence as one month.
 *
 * Presence = the working days of the stage (Monday to Friday, French public holidays excluded)
 * times its hours per day, less the hours of the declared absences. Absences on a weekend or a
 * public holiday remove nothing (no presence was planned); an absence never removes more than a
 * day's hours.
 */
import { dateRange, isWeekend } from '../calendar/dates.ts';
import { holidayName } from '../calendar/holidays.ts';

export const HOURS_PER_DAY_OF_PRESENCE = 7;
export const DAYS_PER_MONTH_OF_PRESENCE = 22;

export interface DurationInput {
	startDate: string;
	endDate: string;
	hoursPerDay: number;
	absences: readonly { date: string; hours: number }[];
}

export interface EffectiveDuration {
	/** Weekdays of the stage that are not public holidays. */
	workingDays: number;
	/** Public holidays falling on a weekday of the stage, with their names. */
	holidays: { date: string; name: string }[];
	scheduledHours: number;
	absentHours: number;
	presenceHours: number;
	/** Whole days of presence: presenceHours / 7, rounded down. */
	days: number;
	/** days / 22, rounded down, and the days left over. */
	months: number;
	extraDays: number;
}

/** Hours are kept to the minute so 7 × 0.1 h never becomes 0.7000000001 h. */
const toMinutes = (hours: number) => Math.round(hours * 60);

/** Throws on invalid dates (the schemas rule them out) or an end before the start. */
export function effectiveDuration(input: DurationInput): EffectiveDuration {
	if (input.endDate < input.startDate) throw new Error('La date de fin précède la date de début.');
	const perDay = toMinutes(input.hoursPerDay);
	const holidays: EffectiveDuration['holidays'] = [];
	const working = new Set<string>();
	for (const date of dateRange(input.startDate, input.endDate)) {
		if (isWeekend(date)) continue;
		const name = holidayName(date);
		if (name) holidays.push({ date, name });
		else working.add(date);
	}
	let absent = 0;
	for (const absence of input.absences) {
		if (working.has(absence.date)) absent += Math.min(perDay, toMinutes(absence.hours));
	}
	const scheduled = working.size * perDay;
	const presence = scheduled - absent;
	const days = Math.floor(presence / (HOURS_PER_DAY_OF_PRESENCE * 60));
	return {
		workingDays: working.size,
		holidays,
		scheduledHours: scheduled / 60,
		absentHours: absent / 60,
		presenceHours: presence / 60,
		days,
		months: Math.floor(days / DAYS_PER_MONTH_OF_PRESENCE),
		extraDays: days % DAYS_PER_MONTH_OF_PRESENCE
	};
}

/** « 210 h », « 17 h 30 ». */
export function formatHours(hours: number): string {
	const minutes = Math.round(hours * 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « 30 jours (1 mois et 8 jours), soit 210 h de présence ». */
export function durationLabel(duration: EffectiveDuration): string {
	const days = plural(duration.days, 'jour', 'jours');
	const months =
		duration.months === 0
			? ''
			: duration.extraDays === 0
				? ` (${duration.months} mois)`
				: ` (${duration.months} mois et ${plural(duration.extraDays, 'jour', 'jours')})`;
	return `${days}${months}, soit ${formatHours(duration.presenceHours)} de présence`;
}
