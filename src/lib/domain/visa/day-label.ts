/**
 * Short French day labels for messages (« mardi 19 mai », « lundi 1er juin »): the year is
 * left out because every message is about a stage week the reader already has in front of them.
 */
import { toUtcMs } from '../calendar/dates.ts';

const weekdayFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

/** « mardi 19 mai ». Throws a RangeError when `date` is not a valid `YYYY-MM-DD` date. */
export function dayLabelFr(date: string): string {
	const at = new Date(toUtcMs(date));
	return `${weekdayFormat.format(at)} ${dayOfMonthFr(at)} ${monthFormat.format(at)}`;
}

/** « 19 mai ». Throws a RangeError when `date` is not a valid `YYYY-MM-DD` date. */
export function shortDayLabelFr(date: string): string {
	const at = new Date(toUtcMs(date));
	return `${dayOfMonthFr(at)} ${monthFormat.format(at)}`;
}

/** French writes the first day of a month as an ordinal (« 1er juin »). */
function dayOfMonthFr(at: Date): string {
	const day = at.getUTCDate();
	return day === 1 ? '1er' : String(day);
}

/** « 1 jour », « 3 jours ». */
export function daysFr(count: number): string {
	return `${count} jour${Math.abs(count) >= 2 ? 's' : ''}`;
}
