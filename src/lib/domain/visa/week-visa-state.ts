/**
 * Where a week stands in the visa workflow, from the week document, the visas written on it and the
 * digest of its current content. Visas are immutable and accumulate: per role, the newest by
 * `signedAt` (then by `_id`, for a stable order) is the one that counts. A visa is bound to a
 * digest, so any edit after a signature shows as « modifié après visa » until a new visa is given.
 * A teacher's visa alone never makes a week signed: the tutor attests what happened in the company,
 * the teacher countersigns the same content.
 */

export interface VisaStateVisa {
	_id: string;
	signerRole: 'tutor' | 'teacher';
	decision: 'signed' | 'changes_requested';
	digest: string;
	signedAt: string;
}

export interface VisaStateWeek {
	status: 'draft' | 'submitted';
	submittedAt?: string;
}

export const WEEK_VISA_STATES = [
	'missing',
	'draft',
	'submitted',
	'changes-requested',
	'signed',
	'countersigned',
	'modified-after-visa'
] as const;
export type WeekVisaState = (typeof WEEK_VISA_STATES)[number];

export const WEEK_VISA_STATE_LABELS: Readonly<Record<WeekVisaState, string>> = {
	missing: 'Rien d’écrit',
	draft: 'Brouillon',
	submitted: 'En attente de visa',
	'changes-requested': 'Modifications demandées',
	signed: 'Visée par le tuteur',
	countersigned: 'Contresignée',
	'modified-after-visa': 'Modifié après visa'
};

export interface WeekVisaStateInput<V extends VisaStateVisa = VisaStateVisa> {
	/** The week document, or null when the student has not opened the weekly report. */
	week: VisaStateWeek | null | undefined;
	/** The visas of this week (the caller selects them by `weekId`). */
	visas: readonly V[];
	/** `weekDigest` of the week's current content. */
	currentDigest: string;
	/** Live entries of the week; without a week document and entries the week is `missing`. */
	entryCount?: number;
}

export interface WeekVisaStatus<V extends VisaStateVisa = VisaStateVisa> {
	state: WeekVisaState;
	label: string;
	/** The visa the state comes from (null for missing, draft and submitted). */
	currentVisa: V | null;
	/** Newest visa of each role, whatever its digest. */
	tutorVisa: V | null;
	teacherVisa: V | null;
	/** Instant the state started when known: the deciding visa's `signedAt` or `submittedAt`. */
	since?: string;
}

/** The newest visa of a role: latest `signedAt`, then greatest `_id`. */
export function latestVisa<V extends VisaStateVisa>(
	visas: readonly V[],
	role: VisaStateVisa['signerRole']
): V | null {
	let best: V | null = null;
	for (const visa of visas) {
		if (visa.signerRole !== role) continue;
		if (
			!best ||
			visa.signedAt > best.signedAt ||
			(visa.signedAt === best.signedAt && visa._id > best._id)
		) {
			best = visa;
		}
	}
	return best;
}

/** Never throws. */
export function weekVisaState<V extends VisaStateVisa>(
	input: WeekVisaStateInput<V>
): WeekVisaStatus<V> {
	const { week, visas, currentDigest } = input;
	const tutorVisa = latestVisa(visas, 'tutor');
	const teacherVisa = latestVisa(visas, 'teacher');
	const status = (state: WeekVisaState, currentVisa: V | null, since?: string) => ({
		state,
		label: WEEK_VISA_STATE_LABELS[state],
		currentVisa,
		tutorVisa,
		teacherVisa,
		...(since ? { since } : {})
	});
	const onCurrent = (visa: V | null) => visa !== null && visa.digest === currentDigest;

	if (tutorVisa?.decision === 'signed') {
		if (!onCurrent(tutorVisa)) return status('modified-after-visa', tutorVisa, tutorVisa.signedAt);
		const teacher = onCurrent(teacherVisa) ? teacherVisa : null;
		if (teacher?.decision === 'signed') return status('countersigned', teacher, teacher.signedAt);
		// A teacher asking for changes after the tutor signed reopens the week for the student.
		if (teacher && teacher.signedAt > tutorVisa.signedAt) {
			return status('changes-requested', teacher, teacher.signedAt);
		}
		return status('signed', tutorVisa, tutorVisa.signedAt);
	}
	// The newest request for changes that the content has not answered yet (either role).
	const request = [tutorVisa, teacherVisa]
		.filter((v): v is V => v !== null && onCurrent(v) && v.decision === 'changes_requested')
		.sort((a, b) => (a.signedAt < b.signedAt ? 1 : -1))[0];
	if (request) return status('changes-requested', request, request.signedAt);

	if (!week) return status((input.entryCount ?? 0) > 0 ? 'draft' : 'missing', null);
	if (week.status === 'submitted') return status('submitted', null, week.submittedAt);
	return status('draft', null);
}
