/**
 * Pure conflict resolution. One writer per document means a conflict is the same student
 * editing on two devices while offline; the rule is "nothing typed is lost":
 *
 * - text fields: changed on one side only (given the common ancestor) → that side; one text
 *   contains the other → the longer; otherwise both, newest first, joined by TEXT_SEPARATOR;
 * - `activityIds`, `tools` (and an achievement's competence, situation, photo, entry ids): union;
 * - other scalars and nested objects (per key): the side that changed it, else newest `updatedAt`;
 * - `createdAt`: earliest, `updatedAt`: latest; `deleted` only if every side deleted;
 * - a submitted week keeps the date and digest of one submission (the latest);
 * - photos: attachments are united, never dropped;
 * - visas, comments and validations are immutable: no merge, every revision is kept (null).
 *
 * Deterministic (no clock, sorted keys): two devices resolving the same conflict write the
 * same document, hence the same revision id, and do not create a new conflict.
 */
export const TEXT_SEPARATOR = '\n\n— version de l’autre appareil —\n\n';

export interface SyncedDoc {
	_id: string;
	_rev?: string;
	type?: string;
	updatedAt?: string;
	_attachments?: Record<string, unknown>;
	[key: string]: unknown;
}

const TEXT_FIELDS: Record<string, readonly string[]> = {
	entry: ['text', 'difficulties', 'learned'],
	week: ['summary', 'difficulties', 'learned'],
	stage: ['objectives'],
	photo: ['caption'],
	profile: [],
	achievement: ['title', 'description']
};
const UNION_FIELDS = new Set([
	'activityIds',
	'tools',
	// Achievement lists: a tick or a link added on either device is kept.
	'competenceIds',
	'situationKinds',
	'photoIds',
	'entryIds'
]);
const IMMUTABLE_TYPES = new Set(['visa', 'comment', 'validation']);
/** Returned by a field rule to leave the field out of the merged document. */
const DROP = Symbol('drop');
const META = new Set(['_id', '_rev', '_conflicts', '_revisions', '_revs_info', '_attachments']);

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export function mergeText(newer: string, older: string, base?: string): string {
	if (newer === older) return newer;
	if (base !== undefined && newer === base) return older;
	if (base !== undefined && older === base) return newer;
	if (!older.trim()) return newer;
	if (!newer.trim()) return older;
	if (newer.includes(older.trim())) return newer;
	if (older.includes(newer.trim())) return older;
	return newer + TEXT_SEPARATOR + older;
}

function union(newer: unknown, older: unknown): unknown[] {
	const items = [...(Array.isArray(newer) ? newer : []), ...(Array.isArray(older) ? older : [])];
	return items.filter((item, index) => items.findIndex((other) => same(other, item)) === index);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeScalar(newer: unknown, older: unknown, base: unknown, hasBase: boolean): unknown {
	if (same(newer, older)) return newer;
	if (hasBase && same(newer, base)) return older;
	if (hasBase && same(older, base)) return newer;
	if (isPlainObject(newer) && isPlainObject(older)) {
		const baseObject = isPlainObject(base) ? base : {};
		return mergeObject(newer, older, baseObject, hasBase && isPlainObject(base), () => undefined);
	}
	return newer === undefined ? older : newer;
}

type FieldRule = (key: string, newer: unknown, older: unknown, base: unknown) => unknown;

function mergeObject(
	newer: Record<string, unknown>,
	older: Record<string, unknown>,
	base: Record<string, unknown>,
	hasBase: boolean,
	rule: FieldRule
): Record<string, unknown> {
	const keys = [...new Set([...Object.keys(newer), ...Object.keys(older)])].sort();
	const out: Record<string, unknown> = {};
	for (const key of keys) {
		if (META.has(key)) continue;
		const special = rule(key, newer[key], older[key], base[key]);
		const value =
			special !== undefined ? special : mergeScalar(newer[key], older[key], base[key], hasBase);
		if (value !== undefined && value !== DROP) out[key] = value;
	}
	return out;
}

/**
 * A week's submission (date and digest) comes from one side, the latest submission: mixing two
 * would pair a date with another version's digest. (A digest that no longer matches the merged
 * content is what the week report shows as "modified after submission".)
 */
function keepSubmissionTogether(merged: Record<string, unknown>, sides: SyncedDoc[]): void {
	const latest = sides
		.filter((side) => side.status === 'submitted')
		.sort((x, y) => String(y.submittedAt ?? '').localeCompare(String(x.submittedAt ?? '')))[0];
	if (!latest) return;
	merged.submittedAt = latest.submittedAt;
	merged.submittedDigest = latest.submittedDigest;
}

function isNewer(a: SyncedDoc, b: SyncedDoc): boolean {
	return (a.updatedAt ?? '') >= (b.updatedAt ?? '');
}

/** Merges two versions of one document; `a` wins ties (PouchDB's winner is passed first). */
export function mergeTwo(a: SyncedDoc, b: SyncedDoc, base?: SyncedDoc): SyncedDoc {
	const [newer, older] = isNewer(a, b) ? [a, b] : [b, a];
	const textFields = TEXT_FIELDS[a.type ?? ''] ?? [];
	const rule: FieldRule = (key, n, o, baseValue) => {
		if (key === 'deleted') return n === true && o === true ? true : DROP;
		if (key === 'createdAt' && typeof n === 'string' && typeof o === 'string') return n < o ? n : o;
		if (key === 'updatedAt' && typeof n === 'string' && typeof o === 'string') return n > o ? n : o;
		if (UNION_FIELDS.has(key)) return union(n, o);
		if (textFields.includes(key) && (typeof n === 'string' || typeof o === 'string')) {
			const baseText = base && typeof baseValue === 'string' ? baseValue : undefined;
			return mergeText(typeof n === 'string' ? n : '', typeof o === 'string' ? o : '', baseText);
		}
		return undefined;
	};
	const merged = mergeObject(newer, older, base ?? {}, base !== undefined, rule);
	if (merged.status === 'submitted') keepSubmissionTogether(merged, [newer, older]);
	const doc: SyncedDoc = { ...merged, _id: a._id };
	if (a._rev !== undefined) doc._rev = a._rev;
	const attachments = { ...older._attachments, ...newer._attachments };
	if (Object.keys(attachments).length > 0) doc._attachments = attachments;
	return doc;
}

/**
 * The document to write over `winner` so that nothing in `losers` is lost, or null for
 * immutable types (visas, comments), whose revisions are all kept as they are.
 */
export function resolveConflict(
	winner: SyncedDoc,
	losers: SyncedDoc[],
	base?: SyncedDoc
): SyncedDoc | null {
	if (IMMUTABLE_TYPES.has(winner.type ?? '')) return null;
	return losers.reduce((merged, loser) => mergeTwo(merged, loser, base), winner);
}
