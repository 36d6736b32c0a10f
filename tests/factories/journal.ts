/**
 * A realistic stage journal for export tests and the PDF benchmark, built in the browser page
 * (`await import('/tests/factories/journal.ts')`): a 10-week stage, 5 entries a week, 60 photos,
 * weekly reports in every state, and visas (signed with a drawn signature, changes requested, one
 * on an older version of its week). One confidential entry with its photo, and one confidential
 * photo on an ordinary entry, must never reach an export.
 */
import { weekDigest } from '../../src/lib/domain/digest/week-digest.ts';
import type { Entry, Photo, Visa, Week } from '../../src/lib/domain/schemas/index.ts';
import { photo, signaturePng } from './journal-images.ts';
import * as T from './journal-texts.ts';

export const START = '2027-01-04';
export const END = '2027-03-12';
export const WEEKS = 10;
const AT = '2027-01-04T07:00:00.000Z';

let counter = 0;
/** Deterministic 10-character base32 suffixes. */
function rand(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	let n = ++counter * 7919 + 100_000;
	let out = '';
	for (let i = 0; i < 10; i++) {
		out += alphabet[n % 32];
		n = Math.floor(n / 32) + i * 3;
	}
	return out;
}

function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

export interface SeededJournal {
	stageId: string;
	weekIds: string[];
	/** Digests signed by the visas, by week number (1-based). */
	visaDigests: Record<number, string[]>;
	counts: { entries: number; photos: number; exportedPhotos: number };
}

export async function buildJournal() {
	const stageId = `stage:${START}:${rand()}`;
	const stageRand = stageId.slice(-10);
	const entries: Entry[] = [];
	const photos: (Photo & { _attachments: Record<string, { content_type: string; data: Blob }> })[] =
		[];
	const weeks: Week[] = [];
	const visas: Visa[] = [];
	const visaDigests: Record<number, string[]> = {};
	const entry = (date: string, text: string, day: number, patch: Partial<Entry> = {}): Entry => ({
		_id: `entry:${date}:${rand()}`,
		type: 'entry',
		schemaVersion: 1,
		stageId,
		date,
		text,
		minutes: 360 + day * 15,
		activityIds: T.DAY_ACTIVITIES[day] ?? [],
		tools: T.DAY_TOOLS[day] ?? [],
		difficulties: day === 0 ? T.DIFFICULTIES : '',
		learned: day === 4 ? T.LEARNED : '',
		confidential: false,
		createdAt: AT,
		updatedAt: AT,
		...patch
	});
	const addPhoto = async (of: Entry, caption: string, confidential = false) => {
		const made = await photo(photos.length + 1, `Photo ${photos.length + 1}`);
		photos.push({
			_id: `photo:${of.date}:${rand()}`,
			type: 'photo',
			schemaVersion: 1,
			entryId: of._id,
			stageId,
			date: of.date,
			caption,
			sha256: made.sha256,
			width: made.width,
			height: made.height,
			bytes: made.image.size,
			confidential,
			createdAt: AT,
			_attachments: {
				'image.jpg': { content_type: 'image/jpeg', data: made.image },
				'thumb.jpg': { content_type: 'image/jpeg', data: made.thumb }
			}
		});
	};

	for (let w = 0; w < WEEKS; w++) {
		const monday = addDays(START, w * 7);
		const n = w + 1;
		const ofWeek = T.DAY_TEXTS.map((text, day) =>
			entry(addDays(monday, day), text.replace('{n}', String(n)), day)
		);
		entries.push(...ofWeek);
		// Six photos a week: two on Monday, Tuesday and Friday.
		for (const day of [0, 0, 1, 1, 4, 4]) {
			const of = ofWeek[day] as Entry;
			await addPhoto(
				of,
				`Semaine ${n} — ${of.tools[0]} : écran de contrôle n° ${photos.length + 1}`
			);
		}
		if (n === 4) {
			const secret = entry(addDays(monday, 2), T.CONFIDENTIAL_TEXT, 2, { confidential: true });
			entries.push(secret);
			await addPhoto(secret, T.CONFIDENTIAL_CAPTION);
			await addPhoto(ofWeek[0] as Entry, T.CONFIDENTIAL_CAPTION, true);
		}
		const week: Week = {
			_id: `week:${monday}:${stageRand}`,
			type: 'week',
			schemaVersion: 1,
			stageId,
			monday,
			summary: T.weekSummary(n),
			difficulties: n % 2 ? T.DIFFICULTIES : '',
			learned: T.LEARNED,
			status: 'draft',
			updatedAt: AT
		};
		const digest = await weekDigest({ week, entries, photos });
		const submittedAt = `${addDays(monday, 4)}T16:30:00.000Z`;
		if (n <= 8) {
			// Week 8 was edited after it was sent: its sent digest names an older content.
			const sent = n === 8 ? 'e'.repeat(64) : digest;
			Object.assign(week, { status: 'submitted', submittedAt, submittedDigest: sent });
		}
		weeks.push(week);
		const signed = (role: 'tutor' | 'teacher', name: string, hour: number, on: string) =>
			visa(week._id, role, name, `${addDays(monday, 4)}T${hour}:15:00.000Z`, on);
		const pending: Promise<Visa>[] = [];
		if (n <= 6) pending.push(signed('tutor', T.TUTOR, 17, digest));
		if (n === 3) pending.push(signed('teacher', T.TEACHER, 18, digest));
		if (n === 8) pending.push(signed('tutor', T.TUTOR, 17, 'e'.repeat(64)));
		for (const v of await Promise.all(pending)) {
			visas.push(v);
			(visaDigests[n] ??= []).push(v.digest);
		}
		if (n === 7) {
			visas.push({
				...(await visa(week._id, 'tutor', T.TUTOR, `${addDays(monday, 4)}T17:15:00.000Z`, digest)),
				decision: 'changes_requested',
				comment: 'Merci de détailler la mise à jour du pare-feu — règles « Écoles » comprises.',
				signature: undefined
			});
			(visaDigests[n] ??= []).push(digest);
		}
	}

	async function visa(
		weekId: string,
		role: 'tutor' | 'teacher',
		name: string,
		signedAt: string,
		digest: string
	): Promise<Visa> {
		return {
			_id: `visa:${weekId}:${signedAt}:${rand()}`,
			type: 'visa',
			schemaVersion: 1,
			weekId,
			stageId,
			signerRole: role,
			signerId: role === 'tutor' ? 'tuteur-besancon' : 'prof-bezier',
			signerName: name,
			decision: 'signed',
			comment: role === 'teacher' ? 'Très bon travail, continuez ainsi.' : '',
			signature: await signaturePng(visas.length + 1),
			digest,
			covers: [{ id: weekId, rev: '1-abc' }],
			signedAt
		};
	}

	const profile = {
		_id: 'profile',
		type: 'profile',
		schemaVersion: 1,
		...T.STUDENT,
		className: 'BTS SIO 2e année — Lycée Pergaud',
		option: 'SISR',
		trainingYear: 2,
		updatedAt: AT
	};
	const stage = {
		_id: stageId,
		type: 'stage',
		schemaVersion: 1,
		organisation: { name: T.ORGANISATION, address: '2 rue Mégevand, 25000 Besançon' },
		tutor: {
			name: T.TUTOR,
			role: 'Responsable d’exploitation',
			email: 'jerome.loeuillet@example.fr',
			phone: '03 81 00 00 00'
		},
		startDate: START,
		endDate: END,
		trainingYear: 2,
		conventionRef: 'CONV-2027-042',
		objectives: 'Participer à l’exploitation du réseau et au support des utilisateurs.',
		hoursPerDay: 7,
		createdAt: AT,
		updatedAt: AT
	};
	const journal: SeededJournal = {
		stageId,
		weekIds: weeks.map((w) => w._id),
		visaDigests,
		counts: { entries: entries.length, photos: photos.length, exportedPhotos: WEEKS * 6 }
	};
	return { docs: [profile, stage, ...entries, ...photos, ...weeks, ...visas], journal };
}

/** Writes the journal into a PouchDB database (the page's real one). */
export async function seedJournal(db: {
	bulkDocs(docs: object[]): Promise<unknown[]>;
}): Promise<SeededJournal> {
	const { docs, journal } = await buildJournal();
	const results = (await db.bulkDocs(docs)) as { error?: string }[];
	const failed = results.filter((r) => r.error);
	if (failed.length) throw new Error(`seedJournal: ${failed.length} documents refused`);
	return journal;
}
