import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, holidayName } from './holidays.ts';

describe('French public holidays', () => {
	it('computes Easter', () => {
		expect(easterSunday(2024)).toBe('2024-03-31');
		expect(easterSunday(2025)).toBe('2025-04-20');
		expect(easterSunday(2026)).toBe('2026-04-05');
		expect(easterSunday(2027)).toBe('2027-03-28');
		expect(easterSunday(2038)).toBe('2038-04-25');
	});

	it('lists the eleven holidays of 2026', () => {
		expect(frenchPublicHolidays(2026)).toEqual([
			{ date: '2026-01-01', name: 'Jour de l’an' },
			{ date: '2026-04-06', name: 'Lundi de Pâques' },
			{ date: '2026-05-01', name: 'Fête du Travail' },
			{ date: '2026-05-08', name: 'Victoire 1945' },
			{ date: '2026-05-14', name: 'Ascension' },
			{ date: '2026-05-25', name: 'Lundi de Pentecôte' },
			{ date: '2026-07-14', name: 'Fête nationale' },
			{ date: '2026-08-15', name: 'Assomption' },
			{ date: '2026-11-01', name: 'Toussaint' },
			{ date: '2026-11-11', name: 'Armistice 1918' },
			{ date: '2026-12-25', name: 'Noël' }
		]);
	});

	it('sorts 2027, where Ascension comes before 8 May', () => {
		const dates = frenchPublicHolidays(2027).map((h) => h.date);
		expect(dates).toEqual([
			'2027-01-01',
			'2027-03-29',
			'2027-05-01',
			'2027-05-06',
			'2027-05-08',
			'2027-05-17',
			'2027-07-14',
			'2027-08-15',
			'2027-11-01',
			'2027-11-11',
			'2027-12-25'
		]);
	});

	it('names a holiday by date', () => {
		expect(holidayName('2027-05-06')).toBe('Ascension');
		expect(holidayName('2027-05-07')).toBeNull();
	});
});
