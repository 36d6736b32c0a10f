/**
 * What the student's home screen shows between two reviews: the objectives agreed at the latest
 * review held, until the next one is held (its objectives then replace them), and the date of
 * the next review planned, if any.
 */
export interface ReviewLike {
	_id: string;
	stageId: string;
	scheduledDate: string;
	scheduledTime?: string;
	status: 'planned' | 'held';
	objectives: readonly string[];
	competenceIds: readonly string[];
}

export interface CurrentObjectives<R extends ReviewLike> {
	/** The latest review held that agreed objectives or competences; null before any. */
	from: R | null;
	/** The next planned review on or after `today`, the soonest first. */
	next: R | null;
}

const when = (r: ReviewLike) => `${r.scheduledDate}T${r.scheduledTime ?? '00:00'}`;

export function currentObjectives<R extends ReviewLike>(
	reviews: readonly R[],
	today: string
): CurrentObjectives<R> {
	const held = reviews
		.filter((r) => r.status === 'held')
		.sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0));
	// Only the latest review held counts: if it agreed nothing, older objectives are over too.
	const latest = held[0] ?? null;
	const from =
		latest && (latest.objectives.length > 0 || latest.competenceIds.length > 0) ? latest : null;
	const next =
		reviews
			.filter((r) => r.status === 'planned' && r.scheduledDate >= today)
			.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0))[0] ?? null;
	return { from, next };
}
