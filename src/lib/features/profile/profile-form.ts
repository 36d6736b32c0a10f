/** The profile form: flat strings in, French messages per field out, nothing stored if invalid. */
import type { JournalDb } from '$lib/data/journal-db';
import { saveProfile } from '$lib/data/profile.repository';
import { parseForm, type FieldErrors } from '$lib/domain/schemas/form-errors';
import { profileInputSchema, type Profile } from '$lib/domain/schemas/profile.schema';

export interface ProfileFormValues {
	firstName: string;
	lastName: string;
	className: string;
	option: string;
	trainingYear: string;
	candidateNumber: string;
	trainingCentre: string;
	sessionYear: string;
	portfolioUrl: string;
}

export function profileFormValues(profile: Profile | null, displayName = ''): ProfileFormValues {
	const [first = '', ...rest] = displayName.split(' ');
	return {
		firstName: profile?.firstName ?? first,
		lastName: profile?.lastName ?? rest.join(' '),
		className: profile?.className ?? '',
		option: profile?.option ?? '',
		trainingYear: profile ? String(profile.trainingYear) : '',
		candidateNumber: profile?.candidateNumber ?? '',
		trainingCentre: profile?.trainingCentre ?? '',
		sessionYear: profile?.sessionYear ? String(profile.sessionYear) : '',
		portfolioUrl: profile?.portfolioUrl ?? ''
	};
}

export type ProfileFormResult = { ok: true; profile: Profile } | { ok: false; errors: FieldErrors };

export async function submitProfileForm(
	db: JournalDb,
	values: ProfileFormValues
): Promise<ProfileFormResult> {
	const parsed = parseForm(profileInputSchema, values);
	if (!parsed.ok) return parsed;
	return { ok: true, profile: await saveProfile(db, values as never) };
}
