/**
 * One week as a reader (tutor, and the student's own view of visas) sees it, kept live: any
 * change arriving by sync or written here refreshes the view. Signing writes into the local
 * replica; `delivery` then follows that visa to the gateway and reports it in French.
 *
 * `knownPhotos` (the tutor's token exchange) completes the photos replication has not brought
 * yet, for the view and for the visa alike, so the visa covers exactly the week shown.
 */
import { onJournalChange } from '$lib/data/changes';
import type { JournalDb } from '$lib/data/journal-db';
import type { Photo, Visa } from '$lib/domain/schemas';
import type { WeekChange } from '$lib/domain/visa';
import { DocumentDelivery, type Delivery } from '$lib/features/signature/document-delivery.svelte';
import { coalesce } from './coalesce';
import { changesSinceVisa, loadWeekView, type WeekView } from './week-view';
import type { VisaInput } from './visa-input';
import { storeBuiltVisa, writeVisa, type Signer } from './write-visa';

export type { Delivery };

export class ReaderWeek {
	view = $state<WeekView | null>(null);
	loaded = $state(false);
	changes = $state<WeekChange[] | null>(null);
	error = $state('');

	readonly #db: JournalDb;
	readonly #id: string;
	readonly #gateway: JournalDb | undefined;
	readonly #delivery: DocumentDelivery;
	readonly #knownPhotos: () => readonly Photo[];

	constructor(
		db: JournalDb,
		journal: string,
		id: string,
		gateway?: JournalDb,
		knownPhotos: () => readonly Photo[] = () => []
	) {
		this.#db = db;
		this.#delivery = new DocumentDelivery(db, journal);
		this.#id = id;
		this.#gateway = gateway;
		this.#knownPhotos = knownPhotos;
	}

	get delivery(): Delivery | null {
		return this.#delivery.status;
	}

	/** Loads now and on every change of the journal; returns the detach function. */
	attach(): () => void {
		void this.refresh();
		const off = onJournalChange(this.#db, () => void this.refresh());
		const detach = this.#delivery.attach();
		return () => {
			off();
			detach();
		};
	}

	readonly refresh = coalesce(async () => {
		const view = await loadWeekView(this.#db, this.#id, this.#knownPhotos());
		this.view = view;
		this.loaded = true;
		const visa = view?.status.tutorVisa;
		this.changes =
			view && visa && view.status.state === 'modified-after-visa'
				? await changesSinceVisa(this.#db, view, visa, this.#gateway).catch(() => null)
				: null;
	});

	/** Writes the visa here (offline too), then tries to send it. */
	/** Stores a visa built before this reader existed (see pending-visas.ts), then sends it. */
	async deliverBuilt(visa: Visa, csrfToken: string): Promise<void> {
		this.#delivery.status = { state: 'saving' };
		await storeBuiltVisa(this.#db, visa);
		await this.refresh();
		await this.#delivery.send([visa._id], csrfToken);
	}

	async sign(signer: Signer, input: VisaInput, csrfToken: string): Promise<Visa | null> {
		this.error = '';
		this.#delivery.status = { state: 'saving' };
		try {
			const visa = await writeVisa(this.#db, this.#id, signer, input, this.#knownPhotos());
			await this.refresh();
			await this.#delivery.send([visa._id], csrfToken);
			return visa;
		} catch (error) {
			this.#delivery.status = null;
			this.error = error instanceof Error ? error.message : 'Enregistrement impossible.';
			return null;
		}
	}
}
