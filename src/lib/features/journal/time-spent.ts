/** Quick choices for the time spent on a day, from the stage's hours per day. */
export interface TimeChip {
	label: string;
	minutes: number;
}

export function timeChips(hoursPerDay = 7): TimeChip[] {
	const day = Math.round(hoursPerDay * 60);
	return [
		{ label: '1 h', minutes: 60 },
		{ label: '2 h', minutes: 120 },
		{ label: '½ journée', minutes: Math.round(day / 2) },
		{ label: 'Journée', minutes: day }
	];
}

/** « 3 h 30 », « 45 min », « — » for nothing yet. */
export function formatMinutes(minutes: number): string {
	if (!minutes) return '—';
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (!h) return `${m} min`;
	return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}

/** « 1,5 » or « 1h30 » typed by the student → minutes, or null if unreadable. */
export function parseHours(input: string): number | null {
	const text = input.trim().toLowerCase().replace(',', '.');
	const hm = /^(\d{1,2})\s*h\s*(\d{1,2})?$/.exec(text);
	if (hm) return Number(hm[1]) * 60 + Number(hm[2] ?? 0);
	const value = Number(text);
	if (!text || !Number.isFinite(value) || value < 0 || value > 24) return null;
	return Math.round(value * 60);
}
