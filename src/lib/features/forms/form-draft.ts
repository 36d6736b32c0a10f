/**
 * What a student typed in a form that is not valid yet (profile, stage, attestation) is kept on
 * the device, so leaving the page or a killed tab never loses it. Cleared once the form is saved.
 *
 * Forms over a synced document keep a revision draft: the values and the revision of the stored
 * document they were typed on. Values equal to the stored version leave no draft, so an untouched
 * form (opened before the first sync, say) never hides the version that arrives later.
 */
import { getSetting, setSetting } from '$lib/data/device-db';

const key = (userId: string, form: string) => `form-draft:${userId}:${form}`;

export function loadFormDraft<T>(userId: string, form: string): Promise<T | null> {
	return getSetting<T | null>(key(userId, form), null);
}

export function saveFormDraft(userId: string, form: string, values: unknown): Promise<void> {
	return setSetting(key(userId, form), values);
}

export function clearFormDraft(userId: string, form: string): Promise<void> {
	return setSetting(key(userId, form), null);
}

/** What was typed, and the revision it was typed on (null: nothing stored then). */
export interface RevisionDraft<T> {
	base: string | null;
	values: T;
}

/** What a form over a stored document shows when it opens. */
export interface DraftChoice<T> {
	values: T;
	/** The values come from the device draft (typed, not saved yet). */
	fromDraft: boolean;
	/** The stored document changed since the draft was typed: tell the person. */
	stale: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Chooses between the stored values (at revision `rev`) and a device draft. The draft wins only
 * when it holds typing: values that differ from the stored ones. A draft in the older format
 * (bare values, saved even when nothing was typed) also loses when it equals `blank`, the
 * values the form shows when nothing is stored.
 */
export function chooseDraft<T>(
	draft: unknown,
	stored: T,
	rev: string | null,
	blank?: T
): DraftChoice<T> {
	const storedChoice = { values: stored, fromDraft: false, stale: false };
	if (!draft || typeof draft !== 'object') return storedChoice;
	const revisioned = 'values' in draft && 'base' in draft;
	const values = (revisioned ? (draft as RevisionDraft<T>).values : draft) as T;
	if (!values || same(values, stored)) return storedChoice;
	if (!revisioned && blank !== undefined && same(values, blank)) return storedChoice;
	const base = revisioned ? (draft as RevisionDraft<T>).base : undefined;
	return { values, fromDraft: true, stale: base !== rev };
}

/** Opens the form's draft and chooses what to show (see `chooseDraft`). */
export async function openRevisionDraft<T>(
	userId: string,
	form: string,
	stored: T,
	rev: string | null,
	blank?: T
): Promise<DraftChoice<T>> {
	return chooseDraft(await loadFormDraft<unknown>(userId, form), stored, rev, blank);
}

/** Keeps the typed values with their base revision; values equal to the stored ones clear it. */
export function keepRevisionDraft<T>(
	userId: string,
	form: string,
	values: T,
	stored: T,
	rev: string | null
): Promise<void> {
	if (same(values, stored)) return clearFormDraft(userId, form);
	const draft: RevisionDraft<T> = { base: rev, values };
	return saveFormDraft(userId, form, draft);
}

/**
 * The last draft, written synchronously when the page ends (`pagehide`, hidden): an IndexedDB
 * write started then may never commit (the tab is torn down first), a `localStorage` write has
 * happened when it returns. Read back, and removed, when the form opens again; removed with the
 * user's device data (journal-cleanup.ts).
 */
const mirrorKey = (userId: string, form: string) => `${MIRROR_PREFIX}${userId}:${form}`;
export const MIRROR_PREFIX = 'form-draft-mirror:';

/** A mirrored draft and when it was written (milliseconds). */
export type MirroredDraft<T> = RevisionDraft<T> & { at: number };

export function mirrorDraftNow<T>(userId: string, form: string, draft: RevisionDraft<T>): void {
	try {
		const mirrored: MirroredDraft<T> = { ...draft, at: Date.now() };
		localStorage.setItem(mirrorKey(userId, form), JSON.stringify(mirrored));
	} catch {
		// Storage full or unavailable: the IndexedDB draft written at each keystroke remains.
	}
}

/**
 * The mirror left by the page's end, if any (then gone from `localStorage`). Also called when a
 * hidden page comes back (it was not its end): its later writes supersede the mirror.
 */
export function takeMirroredDraft<T>(userId: string, form: string): MirroredDraft<T> | null {
	try {
		const key = mirrorKey(userId, form);
		const raw = localStorage.getItem(key);
		localStorage.removeItem(key);
		return raw ? (JSON.parse(raw) as MirroredDraft<T>) : null;
	} catch {
		return null;
	}
}

/** Removes every mirror of `userId` (account deleted on this device). */
export function forgetMirroredDrafts(userId: string): void {
	try {
		const prefix = `${MIRROR_PREFIX}${userId}:`;
		const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
		for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
	} catch {
		// Nothing stored then.
	}
}
