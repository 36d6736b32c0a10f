import '$lib/data/test-setup.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeJournal, destroyJournal, journalName, openJournal } from '$lib/data/journal-db.ts';
import PouchDB from '$lib/data/pouchdb.ts';
import { weekDigest } from '$lib/domain/digest/week-digest.ts';
import { entryId, stageId, visaId, weekId } from '$lib/domain/ids.ts';
import { DashboardCache, mondayOfChangedId } from './dashboard-loader.ts';

const MONDAY = '2026-11-02';
const TODAY = '2026-11-23';
let studentId: string;

async function seedSignedWeek() {
	const stage = stageId(MONDAY);
	const entry = {
		_id: entryId('2026-11-03'),
		type: 'entry',
		schemaVersion: 1,
		stageId: stage,
		date: '2026-11-03',
		text: 'Inventaire du parc.',
		minutes: 420,
		activityIds: ['1.1'],
		tools: [],
		difficulties: '',
		learned: '',
		confidential: false,
		createdAt: '2026-11-03T08:00:00.000Z',
		updatedAt: '2026-11-03T08:00:00.000Z'
	};
	const week = weekId(MONDAY, stage);
	const report = {
		stageId: stage,
		monday: MONDAY,
		summary: 'Bilan',
		difficulties: '',
		learned: ''
	};
	const signedAt = '2026-11-09T08:00:00.000Z';
	await openJournal(studentId).bulkDocs([
		{
			_id: stage,
			type: 'stage',
			schemaVersion: 1,
			organisation: { name: 'Mairie' },
			tutor: { name: 'M. Tuteur' },
			startDate: MONDAY,
			endDate: '2026-11-27',
			trainingYear: 2,
			hoursPerDay: 7,
			createdAt: signedAt,
			updatedAt: signedAt
		},
		entry,
		{ _id: week, type: 'week', schemaVersion: 1, ...report, status: 'draft', updatedAt: signedAt },
		{
			_id: visaId(week, signedAt),
			type: 'visa',
			schemaVersion: 1,
			weekId: week,
			stageId: stage,
			signerRole: 'tutor',
			signerId: 'tutor1',
			signerName: 'M. Tuteur',
			decision: 'signed',
			comment: '',
			signature: 'data:image/png;base64,iVBORw0KGgo=',
			digest: await weekDigest({ week: report, entries: [entry], photos: [] }),
			covers: [{ id: week, rev: '1-a' }],
			signedAt
		}
	]);
	return entry._id;
}

async function editEntry(id: string) {
	const db = openJournal(studentId);
	await db.put({ ...(await db.get(id)), text: 'Inventaire du parc, complété.' });
}

const firstState = (cache: DashboardCache) =>
	cache.build([{ studentId, name: 'Léa' }], TODAY).rows[0]?.cells[0]?.state;

beforeEach(() => {
	studentId = `t${Math.random().toString(36).slice(2, 10)}`;
});
afterEach(() => destroyJournal(studentId));

describe('mondayOfChangedId', () => {
	it('names the week a changed id can alter', () => {
		expect(mondayOfChangedId('entry:2026-11-05:abcdefghij')).toBe('2026-11-02');
		expect(mondayOfChangedId('photo:2026-11-08:abcdefghij')).toBe('2026-11-02');
		expect(mondayOfChangedId('week:2026-11-02:abcdefghij')).toBe('2026-11-02');
		expect(mondayOfChangedId('visa:week:2026-11-02:abcdefghij:2026-11-09T08:00:00.000Z:x')).toBe(
			'2026-11-02'
		);
		expect(mondayOfChangedId('comment:week:2026-11-02:abcdefghij:2026-11-09T08:00:00Z:x')).toBe(
			'none'
		);
		expect(mondayOfChangedId('stage:2026-11-02:abcdefghij')).toBe('all');
	});
});

describe('DashboardCache', () => {
	const refs = () => [{ studentId, name: 'Léa' }];

	it('re-hashes the week an edit touches: a signed week edited shows « modifié après visa »', async () => {
		const entry = await seedSignedWeek();
		const cache = new DashboardCache();
		expect(await cache.refresh(refs())).toEqual([studentId]);
		expect(firstState(cache)).toBe('signed');

		await editEntry(entry);
		expect(await cache.refresh(refs())).toEqual([studentId]);
		expect(firstState(cache)).toBe('modified-after-visa');
	});

	it('reads nothing again when the replica has not moved since the last refresh', async () => {
		await seedSignedWeek();
		const cache = new DashboardCache();
		const reads: number[] = [];
		await cache.refresh(refs(), (read) => reads.push(read));
		expect(reads).toEqual([1]);
		expect(await cache.refresh(refs(), (read) => reads.push(read))).toEqual([]);
		expect(reads).toEqual([1]);
	});

	it('paints from the summaries stored on the device, then catches up with the replica', async () => {
		const entry = await seedSignedWeek();
		const userId = `prof${studentId}`;
		await new DashboardCache(userId).refresh(refs());
		await editEntry(entry);

		// A new app open: the stored summary paints at once (as it was), the refresh corrects it.
		const reopened = new DashboardCache(userId);
		expect(await reopened.restore(refs())).toBe(1);
		expect(firstState(reopened)).toBe('signed');
		expect(await reopened.refresh(refs())).toEqual([studentId]);
		expect(firstState(reopened)).toBe('modified-after-visa');

		// Another user of the device restores nothing of it.
		expect(await new DashboardCache('someone-else').restore(refs())).toBe(0);
	});

	it('reads a re-created replica in full, even when its seq is back where it was', async () => {
		const entry = await seedSignedWeek();
		const userId = `prof${studentId}`;
		await editEntry(entry);
		await new DashboardCache(userId).refresh(refs());

		// Deleted behind the app's back (`destroyJournal` would drop the summary with it) and
		// pulled again: as many writes as before, the entry no longer edited.
		await closeJournal(studentId);
		await new PouchDB(journalName(studentId)).destroy();
		await seedSignedWeek();
		const fresh = await openJournal(studentId).info();
		await openJournal(studentId).put({
			_id: `comment:${entry}:2026-11-10T08:00:00.000Z:abcdefghij`,
			type: 'comment',
			schemaVersion: 1,
			targetId: entry,
			authorRole: 'teacher',
			authorId: 'prof1',
			authorName: 'Mme Prof',
			text: 'Vu.',
			createdAt: '2026-11-10T08:00:00.000Z'
		});
		expect((await openJournal(studentId).info()).update_seq).toBe(Number(fresh.update_seq) + 1);
		const reopened = new DashboardCache(userId);
		await reopened.restore(refs());
		expect(firstState(reopened)).toBe('modified-after-visa');
		await reopened.refresh(refs());
		expect(firstState(reopened)).toBe('signed');
	});
});
