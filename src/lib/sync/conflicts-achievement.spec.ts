import { describe, expect, it } from 'vitest';
import { validDocs } from '$lib/domain/schemas/fixtures.ts';
import { achievementSchema } from '$lib/domain/schemas/index.ts';
import { resolveConflict, TEXT_SEPARATOR, type SyncedDoc } from './conflicts.ts';

const achievement = (patch: Partial<SyncedDoc> = {}): SyncedDoc => ({
	...structuredClone(validDocs.achievement),
	competenceIds: ['C1.2.2'],
	...patch
});

describe('resolveConflict (achievements)', () => {
	it('keeps both descriptions and every competence ticked on either device', () => {
		const a = achievement({
			_rev: '3-a',
			description: 'Version du téléphone.',
			competenceIds: ['C1.2.2', 'C1.3.1'],
			updatedAt: '2026-06-03T10:00:00.000Z'
		});
		const b = achievement({
			_rev: '3-b',
			description: 'Version de l’ordinateur.',
			competenceIds: ['C1.2.2', 'C1.4.1']
		});
		const merged = resolveConflict(a, [b]);
		expect(merged?.description).toBe(
			`Version du téléphone.${TEXT_SEPARATOR}Version de l’ordinateur.`
		);
		expect(merged?.competenceIds).toEqual(['C1.2.2', 'C1.3.1', 'C1.4.1']);
		expect(achievementSchema.safeParse(merged).success).toBe(true);
	});

	it('never merges a teacher validation', () => {
		const validation = { ...structuredClone(validDocs.validation), _rev: '1-a' } as SyncedDoc;
		expect(resolveConflict(validation, [{ ...validation, _rev: '1-b', comment: 'x' }])).toBeNull();
	});
});
