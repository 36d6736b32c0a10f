/**
 * The tutor's start page state: opening the link (token exchange) when there is one, then the
 * weeks of every journal the session reads, refreshed as the replica fills in.
 */
import { onJournalChange } from '$lib/data/changes';
import type { Session } from '$lib/data/session.repository';
import { currentUser } from '$lib/features/session/current-user.svelte';
import { coalesce } from './coalesce';
import { openReplica } from './tutor-journal';
import { openTutorSession, readJournals, takeTokenFromHash } from './tutor-session';
import { listTutorWeeks, type TutorWeekItem } from './waiting-weeks';

export class TutorHome {
	items = $state<TutorWeekItem[]>([]);
	opening = $state(false);
	loaded = $state(false);
	error = $state('');
	session = $state<Session | null>(null);

	/** Exchanges a token found in the address, else uses the stored session. */
	async open(): Promise<void> {
		const token = takeTokenFromHash();
		if (token) {
			this.opening = true;
			try {
				this.session = await openTutorSession(token);
			} catch (error) {
				this.error = error instanceof Error ? error.message : 'Lien inutilisable.';
			} finally {
				this.opening = false;
			}
		} else {
			this.session = (await currentUser.load()) ?? null;
		}
	}

	/** Lists the weeks now and whenever a replica changes; returns the detach function. */
	watch(): () => void {
		const journals = readJournals(this.session);
		const offs = journals.map((j) =>
			onJournalChange(openReplica(j.name), () => void this.refresh())
		);
		void this.refresh();
		return () => offs.forEach((off) => off());
	}

	readonly refresh = coalesce(async () => {
		const lists = await Promise.all(
			readJournals(this.session).map((j) =>
				listTutorWeeks(openReplica(j.name), j.name, j.studentName ?? 'Stagiaire')
			)
		);
		this.items = lists.flat();
		this.loaded = true;
	});
}
