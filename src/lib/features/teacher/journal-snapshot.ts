/**
 * One student's journal as the teacher's device holds it (the local replica the sync manager
 * pulls), read in a single `allDocs` and sorted by type. Every document goes through the shared
 * schema: one that this version cannot read is left out, never shown half-parsed.
 */
import { openJournal } from '$lib/data/journal-db';
import {
	safeParseSyncedDocument,
	type Comment,
	type Entry,
	type Photo,
	type Profile,
	type Stage,
	type Visa,
	type Week
} from '$lib/domain/schemas';

export interface JournalSnapshot {
	studentId: string;
	name: string;
	profile: Profile | null;
	stages: Stage[];
	entries: Entry[];
	photos: Photo[];
	weeks: Week[];
	visas: Visa[];
	comments: Comment[];
}

/** `journal_<id>` → `<id>`. */
export const studentIdOf = (dbName: string) => dbName.replace(/^journal_/, '');

export async function readJournal(studentId: string, name: string): Promise<JournalSnapshot> {
	const result = await openJournal(studentId).allDocs({ include_docs: true });
	const snapshot: JournalSnapshot = {
		studentId,
		name,
		profile: null,
		stages: [],
		entries: [],
		photos: [],
		weeks: [],
		visas: [],
		comments: []
	};
	for (const row of result.rows) {
		if (!row.doc || row.id.startsWith('_design/')) continue;
		const parsed = safeParseSyncedDocument(row.doc);
		if (!parsed.success) continue;
		const doc = parsed.data;
		if ('deleted' in doc && doc.deleted) continue;
		switch (doc.type) {
			case 'profile':
				snapshot.profile = doc;
				break;
			case 'stage':
				snapshot.stages.push(doc);
				break;
			case 'entry':
				snapshot.entries.push(doc);
				break;
			case 'photo':
				snapshot.photos.push(doc);
				break;
			case 'week':
				snapshot.weeks.push(doc);
				break;
			case 'visa':
				snapshot.visas.push(doc);
				break;
			case 'comment':
				snapshot.comments.push(doc);
				break;
		}
	}
	return snapshot;
}
