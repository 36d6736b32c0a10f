/**
 * The values of the author's review form, apart from the stored review. The device draft holds
 * them exactly as typed (an empty time, untrimmed text) in one key order, so that comparing them
 * with the stored review tells whether anything was typed (`keepRevisionDraft` compares JSON).
 */
import { fieldErrors, reviewInputSchema, type ReviewInput } from '$lib/domain/schemas';
import type { z } from 'zod';

export interface ReviewFormValues {
	scheduledDate: string;
	/** '' when no time is set. */
	scheduledTime: string;
	participants: { student: string; tutor: string; teacher: string };
	status: 'planned' | 'held';
	notes: string;
	objectives: string[];
	competenceIds: string[];
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const texts = (value: unknown, fallback: string[]) =>
	Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : [...fallback];

/**
 * The form's values in their fixed shape. Missing or mistyped fields (a draft from another
 * version of the app) take the `fallback`'s. A line just added to the objectives, still empty,
 * is left out: nothing was typed in it.
 */
export function reviewFormValues(
	values: Partial<ReviewInput> | Partial<ReviewFormValues>,
	fallback?: ReviewFormValues
): ReviewFormValues {
	const people: Partial<ReviewFormValues['participants']> = values.participants ?? {};
	const base = fallback?.participants;
	return {
		scheduledDate: text(values.scheduledDate, fallback?.scheduledDate ?? ''),
		scheduledTime: text(values.scheduledTime, fallback?.scheduledTime ?? ''),
		participants: {
			student: text(people.student, base?.student ?? ''),
			tutor: text(people.tutor, base?.tutor ?? ''),
			teacher: text(people.teacher, base?.teacher ?? '')
		},
		status:
			values.status === 'planned' || values.status === 'held'
				? values.status
				: (fallback?.status ?? 'planned'),
		notes: text(values.notes, fallback?.notes ?? ''),
		objectives: texts(values.objectives, fallback?.objectives ?? []).filter((o) => o !== ''),
		competenceIds: texts(values.competenceIds, fallback?.competenceIds ?? [])
	};
}

/** What the schema checks: objectives trimmed, blank ones and an empty time left out. */
export function reviewCandidate(values: ReviewFormValues): Record<string, unknown> {
	const { scheduledTime, ...rest } = values;
	return {
		...rest,
		...(scheduledTime ? { scheduledTime } : {}),
		objectives: values.objectives.map((o) => o.trim()).filter((o) => o !== '')
	};
}

export type ReviewCheck =
	| { ok: true; data: ReviewInput }
	| {
			ok: false;
			errors: Record<string, string>;
			/** The candidate with each refused field set back to `stored`'s (see `withStoredFields`). */
			keepValid: (stored: ReviewInput) => ReviewInput | null;
	  };

/** Checks the form; when a field is refused, says how to save the others. */
export function checkReviewForm(values: ReviewFormValues): ReviewCheck {
	const candidate = reviewCandidate(values);
	const parsed = reviewInputSchema.safeParse(candidate);
	if (parsed.success) return { ok: true, data: parsed.data };
	const error = parsed.error;
	return {
		ok: false,
		errors: fieldErrors(error),
		keepValid: (stored) => withStoredFields(candidate, stored, error)
	};
}

type Participant = keyof ReviewInput['participants'];
const PARTICIPANTS: readonly string[] = ['student', 'tutor', 'teacher'] satisfies Participant[];

/**
 * The candidate with every field the schema refused replaced by the stored review's value (a
 * participant alone, any other field whole), so that one field being retyped does not keep the
 * others out of the journal. Null when the result still does not validate.
 */
export function withStoredFields(
	candidate: Record<string, unknown>,
	stored: ReviewInput,
	error: z.ZodError
): ReviewInput | null {
	const merged: Record<string, unknown> = { ...candidate };
	const people = { ...(candidate.participants as Record<string, unknown>) };
	const fields = Object.keys(reviewInputSchema.shape);
	for (const { path } of error.issues) {
		const [field, sub] = path;
		if (typeof field !== 'string' || !fields.includes(field)) return null;
		if (field === 'participants' && typeof sub === 'string' && PARTICIPANTS.includes(sub)) {
			people[sub] = stored.participants[sub as Participant];
		} else if (field === 'participants') {
			Object.assign(people, stored.participants);
		} else if (stored[field as keyof ReviewInput] === undefined) {
			delete merged[field];
		} else {
			merged[field] = stored[field as keyof ReviewInput];
		}
	}
	merged.participants = people;
	const parsed = reviewInputSchema.safeParse(merged);
	return parsed.success ? parsed.data : null;
}
