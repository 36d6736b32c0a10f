/**
 * The reviews and attestations a tutor (or a teacher) has to sign in every journal the session
 * reads, refreshed whenever a replica changes: to sign and « modifié après signature » first.
 */
import { onJournalChange } from '$lib/data/changes';
import type { Session } from '$lib/data/session.repository';
import { coalesce } from '$lib/features/tutor/coalesce';
import { openReplica } from '$lib/features/tutor/tutor-journal';
import { readJournals } from '$lib/features/tutor/tutor-session';
import { listWaitingSignatures, type WaitingItem } from './waiting-signatures';

export class SignerInbox {
	items = $state.raw<WaitingItem[]>([]);
	readonly #session: Session;

	constructor(session: Session) {
		this.#session = session;
	}

	get waiting(): WaitingItem[] {
		return this.items.filter((i) => i.state !== 'signed');
	}

	watch(): () => void {
		const offs = readJournals(this.#session).map((j) =>
			onJournalChange(openReplica(j.name), () => void this.refresh())
		);
		void this.refresh();
		return () => offs.forEach((off) => off());
	}

	readonly refresh = coalesce(async () => {
		const role = this.#session.role === 'teacher' ? 'teacher' : 'tutor';
		const lists = await Promise.all(
			readJournals(this.#session).map((j) =>
				listWaitingSignatures(
					openReplica(j.name),
					j.name,
					j.studentName ?? 'Stagiaire',
					role,
					j.stageId
				)
			)
		);
		this.items = lists.flat();
	});
}
