/**
 * Document ids: `<type>:<sortable key>[:<rand>]` (docs/data-model.md). The sortable key lets
 * `allDocs` range queries list a period (entries of a week) without an index; the random suffix
 * makes ids created offline on two devices never collide.
 */

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const RAND = '[a-z2-7]{10}';
const DATE = '\\d{4}-\\d{2}-\\d{2}';
const INSTANT = '\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z';

/** 10 characters of lowercase base32 (50 bits) from the platform's secure random source. */
export function newRand(): string {
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(10));
	let out = '';
	// 256 is a multiple of 32, so `byte % 32` is uniform.
	for (const byte of bytes) out += BASE32[byte % 32];
	return out;
}

export const PROFILE_ID = 'profile';

export function stageId(startDate: string, rand = newRand()): string {
	return `stage:${startDate}:${rand}`;
}

export function entryId(date: string, rand = newRand()): string {
	return `entry:${date}:${rand}`;
}

export function photoId(date: string, rand = newRand()): string {
	return `photo:${date}:${rand}`;
}

/** `week:<monday>:<rand of the stage>`: one weekly report per stage and week, hence no rand. */
export function weekId(monday: string, ofStageId: string): string {
	return `week:${monday}:${randOf(ofStageId)}`;
}

export function visaId(ofWeekId: string, signedAt: string, rand = newRand()): string {
	return `visa:${ofWeekId}:${signedAt}:${rand}`;
}

export function commentId(targetId: string, createdAt: string, rand = newRand()): string {
	return `comment:${targetId}:${createdAt}:${rand}`;
}

/** `achievement:<createdAt>:<rand>`: achievements list in creation order. */
export function achievementId(createdAt: string, rand = newRand()): string {
	return `achievement:${createdAt}:${rand}`;
}

export function validationId(
	ofAchievementId: string,
	validatedAt: string,
	rand = newRand()
): string {
	return `validation:${ofAchievementId}:${validatedAt}:${rand}`;
}

/** The type prefix of any id (`entry` for `entry:2026-06-01:…`, `profile` for `profile`). */
export function typeOfId(id: string): string {
	const colon = id.indexOf(':');
	return colon === -1 ? id : id.slice(0, colon);
}

function match(pattern: string, id: string): RegExpExecArray | null {
	return new RegExp(`^${pattern}$`).exec(id);
}

/** Throws when `id` does not end with a random suffix (stage, entry, photo ids do). */
export function randOf(id: string): string {
	const found = /:([a-z2-7]{10})$/.exec(id);
	if (!found?.[1]) throw new Error(`Identifiant sans suffixe aléatoire : ${id}`);
	return found[1];
}

export function startDateOfStageId(id: string): string | null {
	return match(`stage:(${DATE}):${RAND}`, id)?.[1] ?? null;
}

export function dateOfEntryId(id: string): string | null {
	return match(`entry:(${DATE}):${RAND}`, id)?.[1] ?? null;
}

export function dateOfPhotoId(id: string): string | null {
	return match(`photo:(${DATE}):${RAND}`, id)?.[1] ?? null;
}

export function mondayOfWeekId(id: string): string | null {
	return match(`week:(${DATE}):${RAND}`, id)?.[1] ?? null;
}

/** True when the week report `id` belongs to the stage `ofStageId`. */
export function weekBelongsToStage(id: string, ofStageId: string): boolean {
	const parsed = match(`week:${DATE}:(${RAND})`, id);
	return parsed?.[1] !== undefined && parsed[1] === randOf(ofStageId);
}

export function parseVisaId(id: string): { weekId: string; signedAt: string } | null {
	const found = match(`visa:(week:${DATE}:${RAND}):(${INSTANT}):${RAND}`, id);
	return found?.[1] && found[2] ? { weekId: found[1], signedAt: found[2] } : null;
}

export function parseCommentId(id: string): { targetId: string; createdAt: string } | null {
	const found = match(`comment:(.+):(${INSTANT}):${RAND}`, id);
	return found?.[1] && found[2] ? { targetId: found[1], createdAt: found[2] } : null;
}

export function parseValidationId(
	id: string
): { achievementId: string; validatedAt: string } | null {
	const found = match(`validation:(achievement:${INSTANT}:${RAND}):(${INSTANT}):${RAND}`, id);
	return found?.[1] && found[2] ? { achievementId: found[1], validatedAt: found[2] } : null;
}
