import { describe, expect, it } from 'vitest';
import { droppedJournals, readOnlyChanged, readOnlyMessage } from './read-only.ts';

describe('read-only journal of an archived class', () => {
	it('says until when it stays readable and what stays on the device', () => {
		expect(readOnlyMessage({ purgeAfter: '2027-12-31', pending: 0 })).toBe(
			'Votre classe a été archivée à la fin de la session d’examen : ce carnet ne peut plus être modifié ni synchronisé vers le serveur. Il reste consultable jusqu’au 31/12/2027, puis il sera supprimé du serveur.'
		);
		expect(readOnlyMessage({ pending: 1 })).toContain(
			'1 modification faite sur cet appareil n’a pas pu être envoyée : elle reste enregistrée sur cet appareil.'
		);
		expect(readOnlyMessage({ pending: 3 })).toContain('3 modifications faites sur cet appareil');
	});

	it('finds the journals a refreshed session no longer lists', () => {
		const before = { databases: [{ name: 'journal_a' }, { name: 'journal_b' }] };
		expect(droppedJournals(before, { databases: [{ name: 'journal_b' }] })).toEqual(['journal_a']);
		expect(droppedJournals(before, null)).toEqual(['journal_a', 'journal_b']);
		expect(droppedJournals(null, before)).toEqual([]);
	});

	it('notices when a journal becomes read-only', () => {
		const before = { databases: [{ name: 'journal_a' }] };
		expect(readOnlyChanged(before, { databases: [{ name: 'journal_a', readOnly: true }] })).toBe(
			true
		);
		expect(readOnlyChanged(before, { databases: [{ name: 'journal_a' }] })).toBe(false);
	});
});
