import '$lib/data/test-setup.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadHomeSnapshot, saveHomeSnapshot } from '$lib/data/home-snapshot.repository';
import { destroyJournal, openJournal, type JournalDb } from '$lib/data/journal-db';
import { createEntry, updateEntry } from '$lib/data/entry.repository';
import { loadSummaries, saveSummaries } from '$lib/data/dashboard-summary.repository';
import { saveStage } from '$lib/data/stage.repository';
import { HOME_SNAPSHOT_VERSION, snapshotForToday } from './home-snapshot';
import { homeSummary } from './home-summary';

let userId: string;
let db: JournalDb;
beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(() => destroyJournal(userId).catch(() => undefined));

// Monday 18 May 2026 to Friday 19 June 2026 (Whit Monday 25 May is a holiday).
async function journalOnTuesday() {
	const stage = await saveStage(db, {
		organisation: { name: 'Mairie de Lyon' },
		tutor: { name: 'Mme Durand' },
		startDate: '2026-05-18',
		endDate: '2026-06-19',
		trainingYear: 1
	});
	for (const [date, text] of [
		['2026-05-18', 'Lundi : câblage'],
		['2026-05-19', 'Mardi : VLAN']
	] as const) {
		const entry = await createEntry(db, { stageId: stage._id, date });
		await updateEntry(db, entry._id, { text });
	}
	return homeSummary(db, '2026-05-19');
}

describe('home snapshot', () => {
	it('is painted as is on the day it was taken', async () => {
		const summary = await journalOnTuesday();
		expect(snapshotForToday(summary, '2026-05-19')).toBe(summary);
	});

	it('moves to the next day of the same week: today’s entry and progress read again', async () => {
		const summary = await journalOnTuesday();
		expect(summary.todayEntry?.text).toBe('Mardi : VLAN');
		const wednesday = snapshotForToday(summary, '2026-05-20');
		expect(wednesday?.today).toBe('2026-05-20');
		expect(wednesday?.todayEntry).toBeNull();
		expect(wednesday?.weekEntries.map((e) => e.text)).toEqual(['Lundi : câblage', 'Mardi : VLAN']);
		expect(wednesday?.progress).toEqual({ done: 3, total: summary.progress.total });
		// The same as the journal says on Wednesday.
		expect(wednesday).toEqual(await homeSummary(db, '2026-05-20'));
	});

	it('is not used in a new week, outside the stage, or when the clock went back', async () => {
		const summary = await journalOnTuesday();
		expect(snapshotForToday(summary, '2026-05-25')).toBeNull();
		expect(snapshotForToday(summary, '2026-05-18')).toBeNull();
	});

	it('is stored per user and ignored once its version is old', async () => {
		const summary = await journalOnTuesday();
		await saveHomeSnapshot(userId, HOME_SNAPSHOT_VERSION, summary);
		expect(await loadHomeSnapshot(userId, HOME_SNAPSHOT_VERSION)).toEqual(summary);
		expect(await loadHomeSnapshot('someone-else', HOME_SNAPSHOT_VERSION)).toBeNull();
		expect(await loadHomeSnapshot(userId, HOME_SNAPSHOT_VERSION + 1)).toBeNull();
	});

	it('goes with the journal when the device deletes it, like a teacher’s summary of it', async () => {
		const summary = await journalOnTuesday();
		await saveHomeSnapshot(userId, HOME_SNAPSHOT_VERSION, summary);
		const mark = { instance: 'i', seq: 1 };
		await saveSummaries('prof1', 1, [{ studentId: userId, mark, summary: {} }]);
		await saveSummaries('prof1', 1, [{ studentId: 'other', mark, summary: {} }]);
		await destroyJournal(userId);
		expect(await loadHomeSnapshot(userId, HOME_SNAPSHOT_VERSION)).toBeNull();
		expect((await loadSummaries('prof1', 1)).map((row) => row.studentId)).toEqual(['other']);
	});
});
