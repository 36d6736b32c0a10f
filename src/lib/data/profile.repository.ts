import { PROFILE_ID } from '$lib/domain/ids.ts';
import {
	profileInputSchema,
	profileSchema,
	type Profile,
	type ProfileInput
} from '$lib/domain/schemas/profile.schema.ts';
import { getDoc, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

export function getProfile(db: JournalDb): Promise<Profile | null> {
	return getDoc(db, PROFILE_ID, profileSchema);
}

/** Throws the zod error (French messages) if the input is invalid; nothing is stored then. */
export async function saveProfile(db: JournalDb, input: ProfileInput): Promise<Profile> {
	const fields = profileInputSchema.parse(input);
	return updateDoc(db, PROFILE_ID, profileSchema, () => ({
		_id: PROFILE_ID,
		type: 'profile',
		schemaVersion: 1,
		...fields,
		updatedAt: nowIso()
	}));
}
