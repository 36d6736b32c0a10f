import { describe, expect, it } from 'vitest';
import { labelReader, type ReferentielLabels } from './labels.ts';
import { referentiel, referentielLabelsFor, referentielReader } from './referentiel.ts';

const activityIds = referentiel.activities.map((a) => a.id);
const subActivityIds = referentiel.activities.flatMap((a) => a.subActivities.map((s) => s.id));
const everyId = [...activityIds, ...subActivityIds];

/** Deterministic pseudo-random numbers (mulberry32): a failing subset can be replayed. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function subsetOf(ids: string[], next: () => number): string[] {
	return ids.filter(() => next() < 0.15);
}

/** A table as it travels: through JSON. */
const sent = (table: ReferentielLabels): ReferentielLabels => JSON.parse(JSON.stringify(table));

describe('référentiel labels table', () => {
	it('answers like the full référentiel for every activity and sub-activity id', () => {
		const reader = labelReader(sent(referentielLabelsFor(everyId)));
		for (const id of everyId) {
			expect(reader.covers(id), id).toBe(true);
			expect(reader.activityLabel(id), id).toBe(referentielReader.activityLabel(id));
			expect(reader.activityLabel(id), id).toBeTruthy();
			expect(reader.competencesFor([id]), id).toEqual(referentielReader.competencesFor([id]));
		}
		expect(reader.competencesFor(everyId)).toEqual(referentielReader.competencesFor(everyId));
	});

	it('answers like the full référentiel for random subsets, and for any part of them', () => {
		const next = random(20260603);
		for (let round = 0; round < 200; round++) {
			const asked = subsetOf(everyId, next);
			const reader = labelReader(sent(referentielLabelsFor(asked)));
			for (const ids of [asked, subsetOf(asked, () => next() * 0.3), [...asked].reverse()]) {
				expect(reader.competencesFor(ids), ids.join()).toEqual(
					referentielReader.competencesFor(ids)
				);
				for (const id of ids)
					expect(reader.activityLabel(id)).toBe(referentielReader.activityLabel(id));
			}
		}
	});

	it('holds only what is asked: labels of those ids, the competences they mobilise', () => {
		const table = referentielLabelsFor(['A2.3', 'A2.3.1', '1.6', 'A2.3']);
		expect(Object.keys(table.labels).sort()).toEqual(['1.6', 'A2.3', 'A2.3.1']);
		expect(table.activityOf).toEqual({ 'A2.3.1': 'A2.3' });
		expect(table.competences.map((c) => c.id)).toEqual(['C1.6', 'CA2.3']);
		expect(JSON.stringify(table).length).toBeLessThan(600);

		const reader = labelReader(table);
		expect(reader.covers('1.2')).toBe(false);
		expect(reader.activityLabel('1.2')).toBeUndefined();
		// An id the table lacks is ignored: the caller asks the full référentiel for it.
		expect(reader.competencesFor(['1.2', '1.6']).map((c) => c.id)).toEqual(['C1.6']);
	});

	it('leaves unknown ids out (entries of another référentiel version)', () => {
		const table = referentielLabelsFor(['9.9', 'B2.3.9', 'C1.2', '1.2']);
		expect(Object.keys(table.labels)).toEqual(['1.2']);
		expect(labelReader(table).competencesFor(['9.9', '1.2'])).toEqual(
			referentielReader.competencesFor(['9.9', '1.2'])
		);
		expect(referentielLabelsFor([])).toEqual({ labels: {}, activityOf: {}, competences: [] });
	});
});
