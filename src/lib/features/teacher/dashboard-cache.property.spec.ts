/**
 * The cached dashboard (summaries kept in memory and on the device, refreshed from the changes
 * since their seq, digests reused for weeks no change names) must equal a dashboard built from
 * scratch, whatever the journals went through. Random edits, deletions, new entries, photos,
 * visas (on current and on stale content), comments, week submissions and stage moves are applied
 * to three journals, round after round; after each round a warm cache, a cache re-opened from the
 * device rows and a brand-new cache must agree. Seeded, so a failure replays.
 */
import '$lib/data/test-setup.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyJournal, openJournal, type JournalDb } from '$lib/data/journal-db.ts';
import { addDays } from '$lib/domain/calendar/dates.ts';
import { weekDigest } from '$lib/domain/digest/week-digest.ts';
import { commentId, entryId, photoId, stageId, visaId, weekId } from '$lib/domain/ids.ts';
import { DashboardCache, type StudentRef } from './dashboard-loader.ts';

const TODAY = '2026-11-23';
const START = '2026-10-05';
const NOW = '2026-10-05T08:00:00.000Z';
type Doc = Record<string, unknown> & { _id: string; _rev?: string };

/** Mulberry32: small, seeded, good enough to pick actions. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const entryDoc = (stage: string, date: string, n: number): Doc => ({
	_id: entryId(date),
	type: 'entry',
	schemaVersion: 1,
	stageId: stage,
	date,
	text: `Travail ${n}`,
	minutes: 60 * (1 + (n % 7)),
	activityIds: [['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'][n % 6]!],
	tools: [],
	difficulties: '',
	learned: '',
	confidential: false,
	createdAt: NOW,
	updatedAt: NOW
});

async function seed(db: JournalDb, stage: string): Promise<void> {
	const docs: Doc[] = [
		{
			_id: stage,
			type: 'stage',
			schemaVersion: 1,
			organisation: { name: 'Mairie' },
			tutor: { name: 'M. Tuteur' },
			startDate: START,
			endDate: addDays(START, 32),
			trainingYear: 2,
			hoursPerDay: 7,
			createdAt: NOW,
			updatedAt: NOW
		}
	];
	for (let w = 0; w < 5; w++) {
		const monday = addDays(START, 7 * w);
		for (let d = 0; d < 3; d++) docs.push(entryDoc(stage, addDays(monday, d), w * 3 + d));
	}
	await db.bulkDocs(docs);
}

/** The tutor's or teacher's visa on the current content of a week (as the apps compute it). */
async function visaOn(db: JournalDb, stage: string, monday: string, signedAt: string) {
	const all = (await db.allDocs({ include_docs: true })).rows.map((r) => r.doc as unknown as Doc);
	const id = weekId(monday, stage);
	const week = all.find((d) => d._id === id);
	const sunday = addDays(monday, 6);
	const entries = all.filter(
		(d) =>
			d.type === 'entry' &&
			!d.deleted &&
			d.stageId === stage &&
			(d.date as string) >= monday &&
			(d.date as string) <= sunday
	);
	const ids = new Set(entries.map((e) => e._id));
	const photos = all.filter((d) => d.type === 'photo' && ids.has(d.entryId as string));
	const report = week ?? { stageId: stage, monday, summary: '', difficulties: '', learned: '' };
	return {
		_id: visaId(id, signedAt),
		weekId: id,
		digest: await weekDigest({
			week: report as never,
			entries: entries as never,
			photos: photos as never
		}),
		covers: [{ id: entries[0]?._id ?? id, rev: '1-a' }]
	};
}

async function step(db: JournalDb, stage: string, next: () => number, n: number): Promise<void> {
	const all = (await db.allDocs({ include_docs: true })).rows.map((r) => r.doc as unknown as Doc);
	const entries = all.filter((d) => d.type === 'entry' && !d.deleted);
	const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
	const monday = addDays(START, 7 * Math.floor(next() * 5));
	const signedAt = `2026-11-${String(10 + (n % 18)).padStart(2, '0')}T10:00:00.000Z`;
	const stamp = { signedAt, signerId: 'u1', signerName: 'M. Tuteur', comment: 'Vu.' };
	const visaBase = { type: 'visa', schemaVersion: 1, stageId: stage, ...stamp };
	const signature = 'data:image/png;base64,iVBORw0KGgo=';
	switch (Math.floor(next() * 9)) {
		case 0: {
			const entry = pick(entries);
			if (entry) await db.put({ ...entry, text: `${entry.text as string} (modifié ${n})` });
			break;
		}
		case 1: {
			const entry = pick(entries);
			if (entry) await db.put({ ...entry, deleted: true });
			break;
		}
		case 2:
			await db.put(entryDoc(stage, addDays(monday, 3 + Math.floor(next() * 2)), n));
			break;
		case 3: {
			const entry = pick(entries);
			if (!entry) break;
			await db.put({
				_id: photoId(entry.date as string),
				type: 'photo',
				schemaVersion: 1,
				entryId: entry._id,
				stageId: stage,
				date: entry.date,
				caption: `Photo ${n}`,
				sha256: String(n % 10).repeat(64),
				width: 800,
				height: 600,
				bytes: 50_000,
				confidential: false,
				createdAt: NOW
			});
			break;
		}
		case 4:
		case 5: {
			// A visa on the current content, or (one time in three) on content already gone.
			const visa = await visaOn(db, stage, monday, signedAt);
			const role = next() < 0.7 ? 'tutor' : 'teacher';
			const decision = next() < 0.75 ? 'signed' : 'changes_requested';
			await db.put({
				...visaBase,
				...visa,
				digest: next() < 0.33 ? 'e'.repeat(64) : visa.digest,
				signerRole: role,
				decision,
				...(decision === 'signed' ? { signature } : {})
			});
			break;
		}
		case 6: {
			const id = weekId(monday, stage);
			const week = all.find((d) => d._id === id);
			await db.put({
				_id: id,
				type: 'week',
				schemaVersion: 1,
				stageId: stage,
				monday,
				summary: `Bilan ${n}`,
				difficulties: '',
				learned: '',
				status: next() < 0.6 ? 'submitted' : 'draft',
				submittedAt: signedAt,
				updatedAt: signedAt,
				...(week?._rev ? { _rev: week._rev } : {})
			});
			break;
		}
		case 7:
			await db.put({
				_id: commentId(weekId(monday, stage), signedAt),
				type: 'comment',
				schemaVersion: 1,
				targetId: weekId(monday, stage),
				authorRole: 'teacher',
				authorId: 'prof1',
				authorName: 'Mme Prof',
				text: `Remarque ${n}`,
				createdAt: signedAt
			});
			break;
		default: {
			const current = all.find((d) => d._id === stage) as Doc;
			const shift = next() < 0.5 ? 7 : 0;
			await db.put({ ...current, endDate: addDays(START, 25 + shift), updatedAt: signedAt });
		}
	}
}

const studentIds: string[] = [];
afterEach(async () => {
	for (const id of studentIds.splice(0)) await destroyJournal(id);
});

describe('the cached dashboard', () => {
	it('equals a dashboard built from scratch after random changes, warm and re-opened', async () => {
		const next = random(20261123);
		const userId = `prof${Math.floor(next() * 1e9)}`;
		const refs: StudentRef[] = ['Léa', 'Hugo', 'Inès'].map((name, i) => ({
			studentId: `p${userId}s${i}`,
			name
		}));
		studentIds.push(...refs.map((r) => r.studentId));
		const stages = refs.map((_, i) => stageId(START, `stage${'abc'[i]}abcd`));
		for (const [i, ref] of refs.entries()) await seed(openJournal(ref.studentId), stages[i]!);

		const warm = new DashboardCache(userId);
		await warm.refresh(refs);
		let n = 0;
		let seenModified = false;
		for (let round = 0; round < 12; round++) {
			for (const [i, ref] of refs.entries()) {
				if (next() < 0.3) continue; // some journals do not move this round
				for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
					await step(openJournal(ref.studentId), stages[i]!, next, ++n);
				}
			}
			await warm.refresh(refs);
			const reopened = new DashboardCache(userId);
			await reopened.restore(refs);
			await reopened.refresh(refs);
			const scratch = new DashboardCache();
			await scratch.refresh(refs);
			const expected = scratch.build(refs, TODAY);
			expect(warm.build(refs, TODAY), `round ${round}`).toEqual(expected);
			expect(reopened.build(refs, TODAY), `round ${round} (re-opened)`).toEqual(expected);
			seenModified ||= expected.counts['modified-after-visa'] > 0;
		}
		// The run went through the case the digests exist for.
		expect(seenModified).toBe(true);
	});
});
