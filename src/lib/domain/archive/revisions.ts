/**
 * Revision histories as PouchDB/CouchDB carry them (`_revisions: { start, ids }`, newest first)
 * and the import decision they allow: the archive's revision is written with
 * `new_edits: false`, like replication does, so a visa naming `{ id, rev }` still names it.
 */

export interface RevisionHistory {
	start: number;
	ids: string[];
}

const REV = /^(\d+)-([0-9a-f]+)$/;

/** `['3-c', '2-b', '1-a']` for `{ start: 3, ids: ['c', 'b', 'a'] }`. */
export function revisionsOf(history: RevisionHistory): string[] {
	return history.ids.map((id, i) => `${history.start - i}-${id}`);
}

/** The history agrees with the revision (same generation and hash at its head). */
export function historyMatches(rev: string, history: RevisionHistory): boolean {
	const match = REV.exec(rev);
	return (
		!!match &&
		history.ids.length > 0 &&
		history.start === Number(match[1]) &&
		history.ids[0] === match[2] &&
		history.start - history.ids.length >= 0
	);
}

export type ImportDecision =
	/** Not on this device: written. */
	| 'new'
	/** The same revision is already here: nothing to do. */
	| 'same'
	/** The archive continues this device's version: written (fast-forward). */
	| 'archive-newer'
	/** This device continues the archive's version: kept, the archive's is older. */
	| 'device-newer'
	/** Both changed since a common version: both kept, the app's conflict merge joins them. */
	| 'diverged';

export function decideImport(
	incoming: { rev: string; history: RevisionHistory },
	local: { rev: string; history?: RevisionHistory | null } | null
): ImportDecision {
	if (!local) return 'new';
	if (local.rev === incoming.rev) return 'same';
	if (revisionsOf(incoming.history).includes(local.rev)) return 'archive-newer';
	if (local.history && revisionsOf(local.history).includes(incoming.rev)) return 'device-newer';
	return 'diverged';
}
