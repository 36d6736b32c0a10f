/** How the admin screens name a class's year, status and options. */
import type { ClassSummary, Person } from './admin-types.ts';

export function yearLabel(year: 1 | 2): string {
	return year === 1 ? '1re année' : '2e année';
}

export const STATUS_LABELS: Record<ClassSummary['status'], string> = {
	active: 'Active',
	archived: 'Archivée (lecture seule)',
	purged: 'Purgée'
};

/** `YYYY-MM-DD` → `JJ/MM/AAAA`. */
export function frenchDay(date: string): string {
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}

/** An ISO instant as a French date. */
export function frenchDate(instant: string): string {
	return new Date(instant).toLocaleDateString('fr-FR');
}

/** The options of the class's students (« SISR · SLAM »), or « option non renseignée ». */
export function optionsOf(classId: string, people: Person[]): string {
	const options = new Set(
		people
			.filter((person) => person.role === 'student' && person.classIds.includes(classId))
			.flatMap((person) => (person.option ? [person.option] : []))
	);
	return options.size === 0 ? 'option non renseignée' : [...options].sort().join(' · ');
}

/**
 * The default purge date the gateway applies when none is given (docs/api.md): 31 December of
 * the year `purgeDelayYears` after the archiving.
 */
export function defaultPurgeAfter(today: Date, purgeDelayYears: number): string {
	return `${today.getFullYear() + purgeDelayYears}-12-31`;
}
