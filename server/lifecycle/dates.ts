/**
 * Date rules of the school year, pure (no clock of their own: callers pass `now`). Dates are
 * `YYYY-MM-DD` strings and a day ends at midnight UTC, like invitation expiries.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date (`2027-02-30` is refused). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function isoDay(now: number): string {
	return new Date(now).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
	const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
	return new Date(time).toISOString().slice(0, 10);
}

/**
 * Default last day a class's journals are kept after archiving: 31 December of the year
 * `delayYears` after the archiving. Seed 001, annex II.D: documents stay at the jury's disposal
 * until the following session, which is always before that date.
 */
export function defaultPurgeAfter(archivedAt: number, delayYears: number): string {
	const year = new Date(archivedAt).getUTCFullYear() + delayYears;
	return `${year}-12-31`;
}

/** Whether the whole day `lastDay` is over at `now` (the day itself still counts). */
export function dayIsOver(lastDay: string, now: number): boolean {
	return isoDay(now) > lastDay;
}

/** The last day a tutor may use a journal: the stage's end + `tutorAccessDays`. */
export function tutorAccessEndsOn(stageEndDate: string, tutorAccessDays: number): string {
	return addDays(stageEndDate, tutorAccessDays);
}

/** `2026-08-12` → `12/08/2026` for French messages. */
export function frenchDate(date: string): string {
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}
