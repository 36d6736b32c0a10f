/**
 * One week as a reader (tutor, and the student's own view of visas) sees it, kept live: any
 * change arriving by sync or written here refreshes the view. Signing writes into the local
 * replica; `delivery` then follows that visa to the gateway and reports it in French.
 */
import { onJournalChange } from '$lib/data/changes';
import type { JournalDb } from '$lib/data/journal-db';
import type { Visa } from '$lib/domain/schemas';
import type { WeekChange } from '$lib/domain/visa';
import { pushDocs, type PushOutcome } from '$lib/sync/push-docs';
import { openGatewayDb } from '$lib/sync/remote-db';
import { coalesce } from './coalesce';
import { changesSinceVisa, loadWeekView, type WeekView } from './week-view';
import { writeVisa, type Signer, type VisaInput } from './write-visa';

export type Delivery = { state: 'saving' } | PushOutcome;

const RETRY_MS = 10_000;

export class ReaderWeek {
	view = $state<WeekView | null>(null);
	loaded = $state(false);
	changes = $state<WeekChange[] | null>(null);
	delivery = $state<Delivery | null>(null);
	error = $state('');

	readonly #db: JournalDb;
	readonly #journal: string;
	readonly #id: string;
	readonly #gateway: JournalDb | undefined;
	#pendingVisa: string | null = null;
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(db: JournalDb, journal: string, id: string, gateway?: JournalDb) {
		this.#db = db;
		this.#journal = journal;
		this.#id = id;
		this.#gateway = gateway;
	}

	/** Loads now and on every change of the journal; returns the detach function. */
	attach(): () => void {
		void this.refresh();
		const off = onJournalChange(this.#db, () => void this.refresh());
		const online = () => void this.#deliver();
		window.addEventListener('online', online);
		return () => {
			off();
			window.removeEventListener('online', online);
			clearInterval(this.#timer);
		};
	}

	readonly refresh = coalesce(async () => {
		const view = await loadWeekView(this.#db, this.#id);
		this.view = view;
		this.loaded = true;
		const visa = view?.status.tutorVisa;
		this.changes =
			view && visa && view.status.state === 'modified-after-visa'
				? await changesSinceVisa(this.#db, view, visa, this.#gateway).catch(() => null)
				: null;
	});

	/** Writes the visa here (offline too), then tries to send it. */
	async sign(signer: Signer, input: VisaInput, csrfToken: string): Promise<Visa | null> {
		this.error = '';
		this.delivery = { state: 'saving' };
		try {
			const visa = await writeVisa(this.#db, this.#id, signer, input);
			this.#pendingVisa = visa._id;
			this.#csrf = csrfToken;
			await this.refresh();
			await this.#deliver();
			return visa;
		} catch (error) {
			this.delivery = null;
			this.error = error instanceof Error ? error.message : 'Enregistrement impossible.';
			return null;
		}
	}

	#csrf = '';

	async #deliver(): Promise<void> {
		const id = this.#pendingVisa;
		if (!id) return;
		const outcome = await pushDocs(
			{ local: this.#db, openRemote: openGatewayDb, dbName: this.#journal, csrfToken: this.#csrf },
			[id]
		);
		if (this.#pendingVisa !== id) return;
		this.delivery = outcome;
		clearInterval(this.#timer);
		if (outcome.state === 'pending') {
			this.#timer = setInterval(() => void this.#deliver(), RETRY_MS);
		} else {
			this.#pendingVisa = null;
		}
	}
}
