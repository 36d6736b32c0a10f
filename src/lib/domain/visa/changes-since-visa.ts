/**
 * What changed in a week since it was signed, in French, for the banner « modifié après visa » and
 * for the tutor who signs again. Compares two `weekContent` values (the signed one is rebuilt from
 * the revisions the visa covers); entries and photos are matched by id.
 */
import type { WeekContent } from '../digest/week-digest.ts';
import { dateOfEntryId } from '../ids.ts';
import { dayLabelFr } from './day-label.ts';

type ContentEntry = WeekContent['entries'][number];
type ContentPhoto = WeekContent['photos'][number];

export type WeekChangeKind =
	| 'week-replaced'
	| 'week-field-changed'
	| 'entry-added'
	| 'entry-removed'
	| 'entry-changed'
	| 'photo-added'
	| 'photo-removed'
	| 'photo-changed';

export interface WeekChange {
	kind: WeekChangeKind;
	/** The entry or photo concerned, or the week field (`summary`, `difficulties`, `learned`). */
	target: string;
	message: string;
	/** For an entry or a photo that changed: the fields that differ, in French. */
	fields?: string[];
}

const WEEK_FIELDS = [
	['summary', 'Synthèse modifiée'],
	['difficulties', 'Difficultés de la semaine modifiées'],
	['learned', 'Apprentissages de la semaine modifiés']
] as const;

const ENTRY_FIELDS: readonly [keyof ContentEntry, string][] = [
	['date', 'date'],
	['text', 'texte'],
	['minutes', 'temps passé'],
	['activityIds', 'activités'],
	['tools', 'outils'],
	['difficulties', 'difficultés'],
	['learned', 'apprentissages']
];

/** Equality as the digest sees it: strings compared in NFC, arrays item by item. */
const nfc = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value);
const same = (a: unknown, b: unknown): boolean =>
	Array.isArray(a) && Array.isArray(b)
		? a.length === b.length && a.every((item, i) => same(item, b[i]))
		: nfc(a) === nfc(b);

/**
 * The changes from `signed` to `current`, week texts first, then entries in date order, then
 * photos. Throws a RangeError when an entry carries an invalid date.
 */
export function describeChangesSinceVisa(signed: WeekContent, current: WeekContent): WeekChange[] {
	const changes: WeekChange[] = [];
	if (signed.stageId !== current.stageId || signed.monday !== current.monday) {
		changes.push({ kind: 'week-replaced', target: 'week', message: 'Semaine différente' });
	}
	for (const [field, message] of WEEK_FIELDS) {
		if (!same(signed[field], current[field])) {
			changes.push({ kind: 'week-field-changed', target: field, message });
		}
	}
	const entryDates = new Map<string, string>();
	for (const e of [...signed.entries, ...current.entries]) entryDates.set(e.id, e.date);
	const entryLabel = (id: string) => {
		const date = entryDates.get(id) ?? dateOfEntryId(id);
		return date ? `l’entrée du ${dayLabelFr(date)}` : 'une entrée';
	};

	changes.push(...diffById(signed.entries, current.entries, entryChange, entryDates));
	changes.push(
		...diffById(
			signed.photos,
			current.photos,
			photoChange(entryLabel),
			entryDates,
			(p) => p.entryId
		)
	);
	return changes;
}

function entryChange(
	before: ContentEntry | undefined,
	after: ContentEntry | undefined
): WeekChange | null {
	const entry = (after ?? before) as ContentEntry;
	const day = `Entrée du ${dayLabelFr(entry.date)}`;
	if (!before) return { kind: 'entry-added', target: entry.id, message: `${day} ajoutée` };
	if (!after) return { kind: 'entry-removed', target: entry.id, message: `${day} supprimée` };
	const fields = ENTRY_FIELDS.filter(([key]) => !same(before[key], after[key])).map(([, l]) => l);
	if (fields.length === 0) return null;
	return { kind: 'entry-changed', target: entry.id, message: `${day} modifiée`, fields };
}

function photoChange(entryLabel: (id: string) => string) {
	return (before: ContentPhoto | undefined, after: ContentPhoto | undefined): WeekChange | null => {
		const photo = (after ?? before) as ContentPhoto;
		const where = entryLabel(photo.entryId);
		if (!before)
			return { kind: 'photo-added', target: photo.id, message: `Photo ajoutée à ${where}` };
		if (!after) {
			return { kind: 'photo-removed', target: photo.id, message: `Photo supprimée de ${where}` };
		}
		const fields = [
			...(before.sha256 !== after.sha256 ? ['image'] : []),
			...(same(before.caption, after.caption) ? [] : ['légende']),
			...(before.entryId !== after.entryId ? ['entrée'] : [])
		];
		if (fields.length === 0) return null;
		const message = before.sha256 !== after.sha256 ? 'Photo remplacée' : 'Photo modifiée';
		return { kind: 'photo-changed', target: photo.id, message: `${message} (${where})`, fields };
	};
}

/** Pairs items by id and reports each difference, ordered by the date of the entry involved. */
function diffById<T extends { id: string }>(
	before: readonly T[],
	after: readonly T[],
	describe: (before: T | undefined, after: T | undefined) => WeekChange | null,
	entryDates: ReadonlyMap<string, string>,
	entryOf: (item: T) => string = (item) => item.id
): WeekChange[] {
	const old = new Map(before.map((item) => [item.id, item]));
	const now = new Map(after.map((item) => [item.id, item]));
	const ids = [...new Set([...old.keys(), ...now.keys()])];
	const sortKey = (id: string) => {
		const item = (now.get(id) ?? old.get(id)) as T;
		return `${entryDates.get(entryOf(item)) ?? ''}|${id}`;
	};
	return ids
		.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))
		.map((id) => describe(old.get(id), now.get(id)))
		.filter((change): change is WeekChange => change !== null);
}
