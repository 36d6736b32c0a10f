import { describe, expect, it } from 'vitest';
import type { UserDoc } from '../accounts/account-types.ts';
import { exportWasOffered } from './purge.ts';
import { parseSettingsChange } from './settings.ts';

describe('lifecycle settings', () => {
	it('accepts any subset of valid values', () => {
		expect(parseSettingsChange({ tutorAccessDays: 0 })).toEqual({ change: { tutorAccessDays: 0 } });
		expect(parseSettingsChange({ tutorAccessDays: 45, purgeDelayYears: 2 })).toEqual({
			change: { tutorAccessDays: 45, purgeDelayYears: 2 }
		});
		expect(parseSettingsChange({})).toEqual({ change: {} });
	});

	it('explains bad values in French', () => {
		for (const days of [-1, 366, 1.5, '30', null]) {
			expect(parseSettingsChange({ tutorAccessDays: days })).toEqual({
				error: 'Durée d’accès des tuteurs : un nombre de jours entre 0 et 365.'
			});
		}
		expect(parseSettingsChange({ purgeDelayYears: 0 })).toEqual({
			error: 'Délai de purge : entre 1 et 5 ans.'
		});
		for (const months of [5, 61, 12.5, '12']) {
			expect(parseSettingsChange({ auditRetentionMonths: months })).toEqual({
				error: 'Conservation du journal d’audit : entre 6 et 60 mois.'
			});
		}
		expect(parseSettingsChange({ auditRetentionMonths: 24 })).toEqual({
			change: { auditRetentionMonths: 24 }
		});
	});
});

describe('export offer before a purge', () => {
	const student = (exportOfferedAt?: string) => ({ exportOfferedAt }) as UserDoc;
	it('counts only an offer made after the archiving', () => {
		const archivedAt = '2027-07-01T10:00:00.000Z';
		expect(exportWasOffered(student(), archivedAt)).toBe(false);
		expect(exportWasOffered(student('2027-06-30T10:00:00.000Z'), archivedAt)).toBe(false);
		expect(exportWasOffered(student('2027-07-02T08:00:00.000Z'), archivedAt)).toBe(true);
	});
});
