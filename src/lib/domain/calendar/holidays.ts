/**
 * French public holidays (jours fériés) of metropolitan France, the eleven of the Code du
 * travail (art. L3133-1). Alsace-Moselle and overseas extra days are not included. Lundi de
 * Pentecôte is listed because it is a public holiday even where it is worked (journée de
 * solidarité): the stage calendar treats it like the others.
 */
import { addDays, fromUtcMs } from './dates.ts';

export interface Holiday {
	date: string;
	name: string;
}

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return fromUtcMs(Date.UTC(year, month - 1, day));
}

/** The eleven public holidays of `year`, in date order. */
export function frenchPublicHolidays(year: number): Holiday[] {
	const easter = easterSunday(year);
	const fixed = (monthDay: string) => `${year}-${monthDay}`;
	const holidays: Holiday[] = [
		{ date: fixed('01-01'), name: 'Jour de l’an' },
		{ date: addDays(easter, 1), name: 'Lundi de Pâques' },
		{ date: fixed('05-01'), name: 'Fête du Travail' },
		{ date: fixed('05-08'), name: 'Victoire 1945' },
		{ date: addDays(easter, 39), name: 'Ascension' },
		{ date: addDays(easter, 50), name: 'Lundi de Pentecôte' },
		{ date: fixed('07-14'), name: 'Fête nationale' },
		{ date: fixed('08-15'), name: 'Assomption' },
		{ date: fixed('11-01'), name: 'Toussaint' },
		{ date: fixed('11-11'), name: 'Armistice 1918' },
		{ date: fixed('12-25'), name: 'Noël' }
	];
	return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

const cache = new Map<number, Map<string, string>>();

/** The holiday's French name when `date` is a public holiday, otherwise null. */
export function holidayName(date: string): string | null {
	const year = Number(date.slice(0, 4));
	let byDate = cache.get(year);
	if (!byDate) {
		byDate = new Map(frenchPublicHolidays(year).map((h) => [h.date, h.name]));
		cache.set(year, byDate);
	}
	return byDate.get(date) ?? null;
}
