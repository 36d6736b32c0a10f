/**
 * What a device says about a journal of an archived class (pure): the gateway refuses every
 * write to it, so the sync stops pushing and any change made on this device stays here, counted
 * and shown, never dropped.
 */

export interface ReadOnlyFacts {
	/** `YYYY-MM-DD`: last day the school keeps the journal. */
	purgeAfter?: string;
	/** Local changes the server does not have (they cannot be sent any more). */
	pending: number;
}

function frenchDate(date: string): string {
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}

export function readOnlyTitle(): string {
	return 'Carnet archivé : lecture seule';
}

export function readOnlyMessage(facts: ReadOnlyFacts): string {
	const parts = [
		'Votre classe a été archivée à la fin de la session d’examen : ce carnet ne peut plus être modifié ni synchronisé vers le serveur.'
	];
	if (facts.purgeAfter) {
		parts.push(
			`Il reste consultable jusqu’au ${frenchDate(facts.purgeAfter)}, puis il sera supprimé du serveur.`
		);
	}
	if (facts.pending === 1) {
		parts.push(
			'1 modification faite sur cet appareil n’a pas pu être envoyée : elle reste enregistrée sur cet appareil.'
		);
	} else if (facts.pending > 1) {
		parts.push(
			`${facts.pending} modifications faites sur cet appareil n’ont pas pu être envoyées : elles restent enregistrées sur cet appareil.`
		);
	}
	return parts.join(' ');
}

/** Names of the databases of `previous` that `next` no longer lists (all of them when signed out). */
export function droppedJournals(
	previous: { databases: { name: string }[] } | null,
	next: { databases: { name: string }[] } | null
): string[] {
	if (!previous) return [];
	const kept = new Set((next?.databases ?? []).map((db) => db.name));
	return previous.databases.map((db) => db.name).filter((name) => !kept.has(name));
}

/** Whether the read-only state of a database changed (the sync must restart to follow it). */
export function readOnlyChanged(
	previous: { databases: { name: string; readOnly?: boolean }[] } | null,
	next: { databases: { name: string; readOnly?: boolean }[] } | null
): boolean {
	if (!previous || !next) return false;
	const before = new Map(previous.databases.map((db) => [db.name, db.readOnly === true]));
	return next.databases.some((db) => (before.get(db.name) ?? false) !== (db.readOnly === true));
}
