/** `2026-06-02` → `02/06/26`, the period format of the tableau de synthèse (JJ/MM/AA). */
export function formatPeriodDate(date: string): string {
	const [year, month, day] = date.split('-');
	return year && month && day ? `${day}/${month}/${year.slice(2)}` : date;
}
