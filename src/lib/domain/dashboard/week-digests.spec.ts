import { describe, expect, it } from 'vitest';
import { weekDigest } from '../digest/week-digest.ts';
import { studentFactory } from './class-dashboard.fixtures.ts';
import { currentWeekDigests } from './week-digests.ts';

describe('currentWeekDigests', () => {
	it('hashes only the weeks that carry visas, as weekDigest would', async () => {
		const student = await studentFactory(
			7,
			['2026-05-18'],
			(i) => (['submitted', 'signed', 'modified', 'draft', 'changes'] as const)[i] ?? 'nothing'
		);
		const digests = await currentWeekDigests(student);
		const visaWeeks = [...new Set(student.visas.map((v) => v.weekId))];
		expect([...digests.keys()].sort()).toEqual(visaWeeks.sort());
		for (const [id, digest] of digests) {
			const week = student.weeks.find((w) => w._id === id);
			if (!week) throw new Error(id);
			expect(digest).toBe(
				await weekDigest({ week, entries: student.entries, photos: student.photos })
			);
		}
		const visaDigest = (monday: string) =>
			student.visas.find((v) => v.weekId.includes(monday))?.digest;
		const weekOf = (monday: string) => [...digests].find(([id]) => id.includes(monday))?.[1];
		expect(weekOf('2026-05-25')).toBe(visaDigest('2026-05-25'));
		expect(weekOf('2026-06-01')).not.toBe(visaDigest('2026-06-01'));
	});

	it('digests a week without a report document with empty texts', async () => {
		const student = await studentFactory(8, ['2026-05-18'], () => 'signed');
		const visa = student.visas[0];
		if (!visa) throw new Error('no visa');
		const withoutReport = { ...student, weeks: student.weeks.filter((w) => w._id !== visa.weekId) };
		const digests = await currentWeekDigests(withoutReport);
		const week = {
			stageId: visa.stageId,
			monday: visa.weekId.slice(5, 15),
			summary: '',
			difficulties: '',
			learned: ''
		};
		expect(digests.get(visa.weekId)).toBe(
			await weekDigest({ week, entries: student.entries, photos: student.photos })
		);
	});
});
