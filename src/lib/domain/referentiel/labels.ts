/**
 * The référentiel labels a reader needs for some activity ids, without the référentiel itself.
 *
 * A tutor's week page shows each entry's activities with their labels and the competences they
 * mobilise. The whole référentiel (~42 KB of JSON) would delay that page's first screen on a slow
 * phone, so the gateway sends, with the journal, a `ReferentielLabels` table for the ids the
 * journal uses (`referentielLabelsFor` in `referentiel.ts`), and the page reads it here.
 *
 * Guarantees: for the ids a table covers, its reader answers exactly like the full référentiel
 * (`activityById`/`subActivityById` labels, `competencesForActivities`). Assumes the table was
 * built from the same référentiel version as the one the client would load.
 */

/** A competence as a table carries it: enough to list it under « Compétences mobilisées ». */
export interface CompetenceLabel {
	id: string;
	label: string;
}

/** Serialisable (JSON) labels of a set of activity and sub-activity ids. */
export interface ReferentielLabels {
	/** Label of each activity or sub-activity id of the set that the référentiel knows. */
	labels: Record<string, string>;
	/** The activity of each sub-activity id of the set (`1.2.3` → `1.2`). */
	activityOf: Record<string, string>;
	/** Competences mobilised by the set's activities, in référentiel order. */
	competences: (CompetenceLabel & { activityIds: string[] })[];
}

/** Answers about activity ids, from a table or from the full référentiel. */
export interface LabelReader {
	/** Whether this reader answers like the full référentiel for `id`. */
	covers(id: string): boolean;
	/** Label of an activity (`1.2`) or sub-activity (`1.2.3`) id; undefined when unknown. */
	activityLabel(id: string): string | undefined;
	/**
	 * The competences of any of these activities, in référentiel order, each once; sub-activity
	 * ids count for their activity, unknown ids are ignored (as `competencesForActivities`).
	 */
	competencesFor(activityIds: Iterable<string>): CompetenceLabel[];
}

/** A reader over a table: it covers exactly the ids the table has a label for. */
export function labelReader(table: ReferentielLabels): LabelReader {
	return {
		covers: (id) => Object.hasOwn(table.labels, id),
		activityLabel: (id) => (Object.hasOwn(table.labels, id) ? table.labels[id] : undefined),
		competencesFor(activityIds) {
			const wanted = new Set<string>();
			for (const id of activityIds) {
				if (!Object.hasOwn(table.labels, id)) continue;
				wanted.add(Object.hasOwn(table.activityOf, id) ? (table.activityOf[id] as string) : id);
			}
			return table.competences
				.filter((c) => c.activityIds.some((id) => wanted.has(id)))
				.map(({ id, label }) => ({ id, label }));
		}
	};
}
