/** Reads a stage document of a student's journal (the invitation's dates and tutor name). */
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError } from '../http/respond.ts';
import { couchFetch } from '../proxy/forward.ts';

export const STAGE_ID_PATTERN = /^stage:\d{4}-\d{2}-\d{2}:[a-z2-7]{10}$/;

export interface StageFacts {
	endDate: string;
	tutorName: string;
}

/** The live stage `stageId` of `journal_<studentId>`, or null when absent or deleted. */
export async function readStage(
	couch: CouchBackend,
	studentId: string,
	stageId: string
): Promise<StageFacts | null> {
	if (!STAGE_ID_PATTERN.test(stageId) || !/^[a-z0-9]+$/.test(studentId)) return null;
	const response = await couchFetch(
		couch,
		'GET',
		`/journal_${studentId}/${encodeURIComponent(stageId)}`
	);
	if (response.status === 404) return null;
	if (!response.ok) throw new HttpError(502, 'Base de données indisponible.');
	const doc = (await response.json()) as {
		type?: unknown;
		deleted?: unknown;
		endDate?: unknown;
		tutor?: { name?: unknown };
	};
	if (doc.type !== 'stage' || doc.deleted === true || typeof doc.endDate !== 'string') return null;
	const name = typeof doc.tutor?.name === 'string' ? doc.tutor.name.trim() : '';
	return { endDate: doc.endDate, tutorName: name || 'Tuteur·rice' };
}
