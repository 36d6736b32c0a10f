/**
 * State of the profile page: the stored profile, or what was typed on this device and not saved
 * yet (a revision draft, see `form-draft.ts`). A profile arriving by sync while the form is
 * untouched replaces the form; typing is never dropped, and the student is told when the stored
 * profile changed since it was typed.
 */
import { onJournalChange } from '$lib/data/changes';
import type { JournalDb } from '$lib/data/journal-db';
import { getProfile } from '$lib/data/profile.repository';
import { PROFILE_ID } from '$lib/domain/ids';
import type { Profile } from '$lib/domain/schemas/profile.schema';
import {
	clearFormDraft,
	keepRevisionDraft,
	openRevisionDraft
} from '$lib/features/forms/form-draft';
import { profileFormValues, type ProfileFormValues } from './profile-form';

const FORM = 'profile';

export class ProfilePage {
	values = $state<ProfileFormValues>(profileFormValues(null));
	ready = $state(false);
	/** Set when the draft was typed on another version than the one stored now. */
	draftNotice = $state<string | null>(null);
	#stored: ProfileFormValues = profileFormValues(null);
	#rev: string | null = null;
	readonly #db: JournalDb;
	readonly #userId: string;
	readonly #displayName: string;

	constructor(db: JournalDb, userId: string, displayName = '') {
		this.#db = db;
		this.#userId = userId;
		this.#displayName = displayName;
	}

	async open(): Promise<void> {
		this.#remember(await getProfile(this.#db));
		const blank = profileFormValues(null, this.#displayName);
		const draft = await openRevisionDraft(this.#userId, FORM, this.#stored, this.#rev, blank);
		this.values = { ...draft.values };
		this.#notice(draft.stale);
		this.ready = true;
	}

	/** Follows the profile as sync brings it; returns the detach function. */
	watch(): () => void {
		return onJournalChange(this.#db, (id) => {
			if (id === PROFILE_ID && this.ready) void this.#refresh();
		});
	}

	/** Called from an effect: the values go to the device draft, unless they are the stored ones. */
	keepDraft(): void {
		const values = $state.snapshot(this.values);
		if (this.ready) void keepRevisionDraft(this.#userId, FORM, values, this.#stored, this.#rev);
	}

	async discardDraft(): Promise<void> {
		await clearFormDraft(this.#userId, FORM);
		this.values = { ...this.#stored };
		this.draftNotice = null;
	}

	async saved(profile: Profile): Promise<void> {
		this.#remember(profile);
		this.draftNotice = null;
		await clearFormDraft(this.#userId, FORM);
	}

	async #refresh(): Promise<void> {
		const untouched = JSON.stringify(this.values) === JSON.stringify(this.#stored);
		const before = this.#rev;
		this.#remember(await getProfile(this.#db));
		if (this.#rev === before) return;
		// Its own save comes back here too: the stored profile is then what the form shows.
		const typed = JSON.stringify(this.values) !== JSON.stringify(this.#stored);
		if (untouched) this.values = { ...this.#stored };
		this.#notice(typed && !untouched);
	}

	#remember(profile: Profile | null): void {
		this.#stored = profileFormValues(profile, this.#displayName);
		this.#rev = profile?._rev ?? null;
	}

	#notice(stale: boolean): void {
		this.draftNotice = stale
			? 'Vos modifications non enregistrées sur cet appareil ont été reprises, mais votre profil a été modifié depuis : vérifiez avant d’enregistrer.'
			: null;
	}
}
