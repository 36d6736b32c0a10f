/**
 * The référentiel labels the tutor's week page shows (activities of each entry, « Compétences
 * mobilisées »), without the référentiel's code on its first screen.
 *
 * Answers come from the token exchange's table first (`first-read.svelte.ts`), then from the
 * whole référentiel, loaded by a dynamic import only when an id on the page is missing from the
 * table (a reopened page has no table; an entry arriving by live sync may use a new id), and only
 * once the week has painted: on a slow link it must not compete with the first screen. Until it
 * arrives, those ids show alone.
 */
import { afterFirstPaint } from '$lib/features/pwa/after-first-paint';
import {
	labelReader,
	type CompetenceLabel,
	type LabelReader
} from '$lib/domain/referentiel/labels';
import { firstRead } from './first-read.svelte';

class TutorLabels {
	#full = $state.raw<LabelReader | null>(null);
	#table = $derived.by(() => {
		const table = firstRead.referentielLabels;
		return table ? labelReader(table) : null;
	});
	#loading: Promise<void> | null = null;

	/** Label of an activity or sub-activity id; undefined when unknown or not yet loaded. */
	activityLabel(id: string): string | undefined {
		return this.#table?.activityLabel(id) ?? this.#full?.activityLabel(id);
	}

	/** `competencesForActivities`, as far as known: every id once the référentiel has loaded. */
	competencesFor(activityIds: readonly string[]): CompetenceLabel[] {
		return (this.#full ?? this.#table)?.competencesFor(activityIds) ?? [];
	}

	/**
	 * Loads the whole référentiel after the next paint if any of `activityIds` is missing from
	 * the table.
	 * Called from an effect, so that it runs after the component painted and again when the
	 * week changes. A failed load (offline) is retried at the next call.
	 */
	completeFor(activityIds: readonly string[]): void {
		const table = this.#table;
		if (this.#full || this.#loading || activityIds.every((id) => table?.covers(id))) return;
		this.#loading = afterNextPaint()
			.then(() => import('$lib/domain/referentiel/referentiel'))
			.then(({ referentielReader }) => {
				this.#full = referentielReader;
			})
			.catch(() => {
				this.#loading = null;
			});
	}
}

/** After the page's own load and the frame now being drawn: the week is on screen then. */
function afterNextPaint(): Promise<void> {
	return afterFirstPaint().then(
		() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
	);
}

export const tutorLabels = new TutorLabels();
