/**
 * The content a weekly visa signs (docs/data-model.md, "Week digest"). The digest names the
 * content only: revisions, timestamps, `confidential` flags and attachments stubs are left out,
 * so a re-save without change keeps the visa valid and any edit of a signed field breaks it.
 * Photos are bound through `sha256` of their image bytes.
 */
import { addDays } from '../calendar/dates.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

export interface DigestWeek {
	stageId: string;
	monday: string;
	summary: string;
	difficulties: string;
	learned: string;
}

export interface DigestEntry {
	_id: string;
	stageId: string;
	date: string;
	text: string;
	minutes: number;
	activityIds: readonly string[];
	tools: readonly string[];
	difficulties: string;
	learned: string;
	deleted?: boolean;
}

export interface DigestPhoto {
	_id: string;
	entryId: string;
	caption: string;
	sha256: string;
	deleted?: boolean;
}

export interface WeekContent {
	stageId: string;
	monday: string;
	summary: string;
	difficulties: string;
	learned: string;
	entries: {
		id: string;
		date: string;
		text: string;
		minutes: number;
		activityIds: string[];
		tools: string[];
		difficulties: string;
		learned: string;
	}[];
	photos: { id: string; entryId: string; caption: string; sha256: string }[];
}

export interface WeekDigestInput {
	week: DigestWeek;
	entries: readonly DigestEntry[];
	photos: readonly DigestPhoto[];
}

const byId = (a: { _id: string }, b: { _id: string }) =>
	a._id < b._id ? -1 : a._id > b._id ? 1 : 0;

/**
 * The signed content of a week. Callers may pass more than the week: only non-deleted entries of
 * the same stage dated Monday to Sunday of that week are kept, and only the non-deleted photos of
 * those entries.
 */
export function weekContent({ week, entries, photos }: WeekDigestInput): WeekContent {
	const sunday = addDays(week.monday, 6);
	const kept = entries
		.filter((e) => !e.deleted && e.stageId === week.stageId)
		.filter((e) => e.date >= week.monday && e.date <= sunday)
		.sort(byId);
	const entryIds = new Set(kept.map((e) => e._id));
	return {
		stageId: week.stageId,
		monday: week.monday,
		summary: week.summary,
		difficulties: week.difficulties,
		learned: week.learned,
		entries: kept.map((e) => ({
			id: e._id,
			date: e.date,
			text: e.text,
			minutes: e.minutes,
			activityIds: [...e.activityIds],
			tools: [...e.tools],
			difficulties: e.difficulties,
			learned: e.learned
		})),
		photos: photos
			.filter((p) => !p.deleted && entryIds.has(p.entryId))
			.sort(byId)
			.map((p) => ({ id: p._id, entryId: p.entryId, caption: p.caption, sha256: p.sha256 }))
	};
}

/** SHA-256 hex of the canonical JSON of `weekContent(input)`. */
export async function weekDigest(input: WeekDigestInput): Promise<string> {
	return sha256Hex(canonicalJson(weekContent(input)));
}

export { sha256Hex } from './sha256.ts';
export { canonicalJson } from './canonical-json.ts';
