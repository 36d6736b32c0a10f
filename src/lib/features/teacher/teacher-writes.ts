/**
 * What a teacher writes into a student's journal: comments, countersignatures and requests for
 * changes (`visa` with `signerRole: 'teacher'`). Both are new, immutable documents put in the local replica; the gateway
 * accepts exactly these from a teacher and checks that a visa's digest matches what it covers.
 */
import { createComment } from '$lib/data/comment.repository';
import { openJournal } from '$lib/data/journal-db';
import { createVisa } from '$lib/data/visa.repository';
import { addDays } from '$lib/domain/calendar/dates';
import { weekDigest } from '$lib/domain/digest';
import { commentId, mondayOfWeekId, visaId } from '$lib/domain/ids';
import type { Comment, Visa } from '$lib/domain/schemas';
import type { JournalSnapshot } from './journal-snapshot';

export interface Author {
	id: string;
	name: string;
}

/** Throws the schema's ZodError (French) when the text is empty or too long. */
export async function addComment(
	studentId: string,
	targetId: string,
	text: string,
	author: Author
): Promise<Comment> {
	const createdAt = new Date().toISOString();
	return createComment(openJournal(studentId), {
		_id: commentId(targetId, createdAt),
		type: 'comment',
		schemaVersion: 1,
		targetId,
		authorRole: 'teacher',
		authorId: author.id,
		authorName: author.name,
		text: text.trim(),
		createdAt
	});
}

/**
 * The documents a visa on this week covers (week report, entries and their photos, current
 * revisions) and their digest, as the tutor's visa computes them.
 */
export async function weekProof(snapshot: JournalSnapshot, weekId: string, stageId: string) {
	const monday = mondayOfWeekId(weekId) ?? '';
	const week = snapshot.weeks.find((w) => w._id === weekId);
	const sunday = addDays(monday, 6);
	const entries = snapshot.entries.filter(
		(e) => e.stageId === stageId && e.date >= monday && e.date <= sunday
	);
	const entryIds = new Set(entries.map((e) => e._id));
	const photos = snapshot.photos.filter((p) => entryIds.has(p.entryId));
	const digest = await weekDigest({
		week: week ?? { stageId, monday, summary: '', difficulties: '', learned: '' },
		entries,
		photos
	});
	const covers = [...(week ? [week] : []), ...entries, ...photos].map((d) => ({
		id: d._id,
		rev: d._rev ?? ''
	}));
	return { digest, covers };
}

/**
 * The teacher's visa on the current content of a week: `signed` countersigns it (signature
 * required), `changes_requested` asks the student for changes (comment required); both bind the
 * digest of what the teacher read. Throws the schema's ZodError (French) when the visa is not valid.
 */
export async function writeTeacherVisa(
	snapshot: JournalSnapshot,
	week: { weekId: string; stageId: string },
	signer: Author & { decision: Visa['decision']; signature?: string; comment?: string }
): Promise<Visa> {
	const { digest, covers } = await weekProof(snapshot, week.weekId, week.stageId);
	const signedAt = new Date().toISOString();
	return createVisa(openJournal(snapshot.studentId), {
		_id: visaId(week.weekId, signedAt),
		type: 'visa',
		schemaVersion: 1,
		weekId: week.weekId,
		stageId: week.stageId,
		signerRole: 'teacher',
		signerId: signer.id,
		signerName: signer.name,
		decision: signer.decision,
		comment: signer.comment?.trim() ?? '',
		...(signer.signature ? { signature: signer.signature } : {}),
		digest,
		covers,
		signedAt
	});
}
