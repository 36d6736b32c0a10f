/**
 * Suggested file names: ASCII only, because accents in a download name still get mangled by some
 * phone file managers and mail clients.
 */
export const slug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();

interface Named {
	firstName: string;
	lastName: string;
}

/** « rapport-semaine-3_martin-lea_2026-06-15.pdf ». */
export function weekPdfFilename(profile: Named, weekNumber: number, monday: string): string {
	return `rapport-semaine-${weekNumber}_${slug(`${profile.lastName} ${profile.firstName}`)}_${monday}.pdf`;
}

/** « carnet-de-stage_martin-lea_mairie-de-lyon_2026-06-01.pdf ». */
export function journalPdfFilename(
	profile: Named,
	organisation: string,
	startDate: string
): string {
	return `carnet-de-stage_${slug(`${profile.lastName} ${profile.firstName}`)}_${slug(organisation)}_${startDate}.pdf`;
}

/** « tableau-de-synthese_martin-lea_session-2027.pdf » (or `.csv`). */
export function synthesisFilename(
	profile: Named,
	session: number,
	extension: 'pdf' | 'csv' | 'xlsx'
): string {
	return `tableau-de-synthese_${slug(`${profile.lastName} ${profile.firstName}`)}_session-${session}.${extension}`;
}
