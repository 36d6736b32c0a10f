import { describe, expect, it } from 'vitest';
import { auditRow } from './audit-view.ts';

const names = {
	people: new Map([
		['adm1', 'Claire Admin'],
		['stu1', 'Léa Martin']
	]),
	classes: new Map([['cls1', 'SIO2 A']])
};

describe('auditRow', () => {
	it('names the actor, the action and the class in French', () => {
		const row = auditRow(
			{
				id: 'audit:1',
				at: '2026-11-23T10:05:00.000Z',
				actorId: 'adm1',
				actorRole: 'admin',
				action: 'archived',
				target: 'class:cls1',
				details: { purgeAfter: '2027-12-31' }
			},
			names
		);
		expect(row.who).toBe('Claire Admin (administration)');
		expect(row.what).toBe('archivage d’une classe');
		expect(row.target).toBe('Classe SIO2 A');
		expect(row.details).toBe('conservé jusqu’au 31/12/2027');
		expect(row.when).toMatch(/^23\/11\/2026 à \d\d:\d\d$/);
	});

	it('says when an account or a journal no longer exists, and who the system is', () => {
		const row = auditRow(
			{
				id: 'audit:2',
				at: '2026-11-23T10:05:00.000Z',
				actorId: 'system',
				actorRole: 'system',
				action: 'deleted',
				target: 'journal_gone1',
				details: { reason: 'purge' }
			},
			names
		);
		expect(row.who).toBe('Système (tâche planifiée)');
		expect(row.target).toBe('Carnet supprimé (journal_gone1)');
		expect(row.details).toBe('purge après archivage');
		const exported = auditRow(
			{
				...row,
				actorId: 'stu1',
				actorRole: 'student',
				action: 'exported',
				target: 'journal_stu1',
				details: { kind: 'pdf' }
			},
			names
		);
		expect(exported.who).toBe('Léa Martin (élève)');
		expect(exported.target).toBe('Carnet de Léa Martin');
		expect(exported.details).toBe('format : pdf');
	});
});
