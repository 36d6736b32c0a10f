/**
 * Confidentiality for host organisations (issue 6): an entry or a photo marked `confidential` is
 * visible to the student, the tutor and the teachers, and never part of anything shown to a jury
 * (week and journal PDFs, portfolio, tableau de synthèse). A photo is also withheld when the
 * entry it belongs to is confidential: the photo documents that entry.
 *
 * Every jury-facing export filters through `forJury` (or `isPublic` / `isPhotoPublic`) so the
 * rule lives in one place. Deleted documents are never public either.
 */

/** The fields the rule reads; any journal document carrying them fits. */
export interface Flagged {
	_id: string;
	confidential?: boolean;
	deleted?: boolean;
	_deleted?: boolean;
}

export interface FlaggedPhoto extends Flagged {
	entryId: string;
}

/** The badge shown to the student, the tutor and the teachers. */
export const CONFIDENTIAL_LABEL = 'Confidentiel';

/** What the student reads beside the switch (entry editor, photo caption). */
export const CONFIDENTIAL_EXPLANATION =
	'Visible par vous, votre tuteur·rice et vos enseignant·es seulement : jamais dans les PDF, le portfolio ni le tableau de synthèse présentés au jury.';

/** Live and not confidential. */
export function isPublic(doc: Flagged): boolean {
	return doc.confidential !== true && doc.deleted !== true && doc._deleted !== true;
}

/**
 * A photo is public when it is and its entry is. `entries` may be a list or a map by id; an
 * entry that is not given (not loaded, another week) does not hide the photo, so callers that
 * show photos without their entries pass every entry they have.
 */
export function isPhotoPublic(
	photo: FlaggedPhoto,
	entries: ReadonlyMap<string, Flagged> | readonly Flagged[]
): boolean {
	if (!isPublic(photo)) return false;
	const entry = Array.isArray(entries)
		? entries.find((e) => e._id === photo.entryId)
		: (entries as ReadonlyMap<string, Flagged>).get(photo.entryId);
	return entry === undefined || entry.confidential !== true;
}

/** What a jury may see: public entries and the public photos of public entries. */
export function forJury<E extends Flagged, P extends FlaggedPhoto>(
	entries: readonly E[],
	photos: readonly P[] = []
): { entries: E[]; photos: P[] } {
	const byId = new Map(entries.map((e) => [e._id, e]));
	return {
		entries: entries.filter(isPublic),
		photos: photos.filter((p) => isPhotoPublic(p, byId))
	};
}

/**
 * Keeps, in order, the ids (e.g. an achievement's `photoIds` or linked `entryIds`) that name a
 * public document; unknown ids are dropped too, since nothing can be said about them.
 */
export function publicIds(
	ids: readonly string[],
	docs: readonly (Flagged | FlaggedPhoto)[],
	entries: readonly Flagged[] = []
): string[] {
	const byId = new Map(docs.map((d) => [d._id, d]));
	const entryById = new Map(entries.map((e) => [e._id, e]));
	return ids.filter((id) => {
		const doc = byId.get(id);
		if (!doc) return false;
		return 'entryId' in doc ? isPhotoPublic(doc, entryById) : isPublic(doc);
	});
}

/** How many items a jury export leaves out (the student is told before exporting). */
export function withheldCount(
	entries: readonly Flagged[],
	photos: readonly FlaggedPhoto[] = []
): { entries: number; photos: number } {
	const kept = forJury(entries, photos);
	return {
		entries: entries.filter((e) => !e.deleted && !e._deleted).length - kept.entries.length,
		photos: photos.filter((p) => !p.deleted && !p._deleted).length - kept.photos.length
	};
}
