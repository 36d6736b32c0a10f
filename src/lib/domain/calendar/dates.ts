/**
 * Calendar arithmetic on local calendar dates written `YYYY-MM-DD`. Every computation goes
 * through UTC midnight so that no time zone or daylight-saving change can shift a day; the only
 * place local time is read is `todayLocal`, which turns an instant into the user's calendar date.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws a RangeError when `date` is not an existing `YYYY-MM-DD` calendar date. */
export function toUtcMs(date: string): number {
	const match = DATE_RE.exec(date);
	if (!match) throw new RangeError(`Date invalide : ${date}`);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const back = new Date(ms);
	if (
		back.getUTCFullYear() !== year ||
		back.getUTCMonth() !== month - 1 ||
		back.getUTCDate() !== day
	) {
		throw new RangeError(`Date invalide : ${date}`);
	}
	return ms;
}

export function fromUtcMs(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function isValidDate(date: string): boolean {
	try {
		toUtcMs(date);
		return true;
	} catch {
		return false;
	}
}

/** The user's calendar date at instant `now` (local time zone of the device). */
export function todayLocal(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(date: string, days: number): string {
	return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
	const day = new Date(toUtcMs(date)).getUTCDay();
	return day === 0 ? 7 : day;
}

export function isWeekend(date: string): boolean {
	return isoWeekday(date) >= 6;
}

export function mondayOf(date: string): string {
	return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week number and its year (the year of that week's Thursday). */
export function isoWeek(date: string): { year: number; week: number } {
	const thursday = addDays(mondayOf(date), 3);
	const year = Number(thursday.slice(0, 4));
	const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
	return { year, week };
}

/** Every date from `start` to `end` inclusive; empty when `end` is before `start`. */
export function dateRange(start: string, end: string): string[] {
	const days: string[] = [];
	for (let ms = toUtcMs(start), last = toUtcMs(end); ms <= last; ms += DAY_MS) {
		days.push(fromUtcMs(ms));
	}
	return days;
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** « lundi 1 juin 2026 », for reports and messages. */
export function formatDateFr(date: string): string {
	return dayFormat.format(new Date(toUtcMs(date)));
}

const shortFormat = new Intl.DateTimeFormat('fr-FR', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** « 1 juin 2026 ». */
export function formatDateShortFr(date: string): string {
	return shortFormat.format(new Date(toUtcMs(date)));
}
