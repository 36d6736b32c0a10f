/**
 * Scheduling a bilan intermédiaire: the student (from their stage) or a teacher (from the
 * student's page) creates it, planned, with the participants' names prefilled from the stage
 * and the session. Whoever creates it is its only writer afterwards.
 */
import { saveReview } from '$lib/data/review.repository';
import { nowIso } from '$lib/data/documents';
import type { JournalDb } from '$lib/data/journal-db';
import { reviewId } from '$lib/domain/review';
import { parseForm, reviewInputSchema, type FormResult, type Review } from '$lib/domain/schemas';

export interface ReviewAuthor {
	id: string;
	role: 'student' | 'teacher';
	name: string;
}

export interface ScheduleInput {
	scheduledDate: string;
	scheduledTime: string;
	participants: { student: string; tutor: string; teacher: string };
}

/** Checks the form without storing anything; the form keeps what was typed either way. */
export function checkSchedule(input: ScheduleInput): FormResult<ScheduleInput> {
	const fields = reviewInputSchema.pick({
		scheduledDate: true,
		scheduledTime: true,
		participants: true
	});
	const result = parseForm(fields, { ...input, scheduledTime: input.scheduledTime || undefined });
	return result.ok ? { ok: true, data: input } : result;
}

/** Throws the schema's French error when the input is invalid (call `checkSchedule` first). */
export function scheduleReview(
	db: JournalDb,
	author: ReviewAuthor,
	stageId: string,
	input: ScheduleInput
): Promise<Review> {
	const now = nowIso();
	return saveReview(db, reviewId(input.scheduledDate), () => ({
		_id: '',
		type: 'review',
		schemaVersion: 1,
		stageId,
		authorRole: author.role,
		authorId: author.id,
		authorName: author.name,
		scheduledDate: input.scheduledDate,
		...(input.scheduledTime ? { scheduledTime: input.scheduledTime } : {}),
		participants: {
			student: input.participants.student.trim(),
			tutor: input.participants.tutor.trim(),
			teacher: input.participants.teacher.trim()
		},
		status: 'planned',
		notes: '',
		objectives: [],
		competenceIds: [],
		createdAt: now,
		updatedAt: now
	}));
}
