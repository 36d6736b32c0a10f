/** « 16 – 20 nov. », « 13 nov. », « 30 nov. – 4 déc. »: short ranges for lists of weeks. */
import { toUtcMs } from '$lib/domain/calendar/dates';

const dayMonth = new Intl.DateTimeFormat('fr-FR', {
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC'
});
const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', timeZone: 'UTC' });

export function weekRangeLabel(start: string, end: string): string {
	const a = new Date(toUtcMs(start));
	const b = new Date(toUtcMs(end));
	if (start === end) return `le ${dayMonth.format(a)}`;
	const sameMonth = start.slice(0, 7) === end.slice(0, 7);
	return `du ${sameMonth ? day.format(a) : dayMonth.format(a)} au ${dayMonth.format(b)}`;
}
