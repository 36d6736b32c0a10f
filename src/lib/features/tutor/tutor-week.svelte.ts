/**
 * The tutor's week page state. It shows the week from the token exchange's answer (memory) as
 * soon as it is there, then from the local replica once its code has loaded (live updates,
 * signing offline); signing before then waits for the replica. The replica's view completes its
 * photos with the exchange's metadata, so both views have the same digest and « Signer la
 * semaine » does not flip back while the photos' images arrive.
 */
import type { Visa } from '$lib/domain/schemas';
import type { WeekChange } from '$lib/domain/visa';
import { currentUser } from '$lib/features/session/current-user.svelte';
import { startUpHold } from '$lib/features/session/start-up';
import { firstRead } from './first-read.svelte';
import type { PhotoBlobs } from './photo-url';
import type { ReaderWeek, Delivery } from './reader-week.svelte';
import type { SyncProgress } from './sign-readiness';
import type { VisaInput } from './visa-input';
import { weekDocsFrom, weekViewFrom, type WeekView } from './week-model';
import { buildVisa, type Signer } from './visa-doc';
import { dropPendingVisa, keepPendingVisa, pendingVisas } from './pending-visas';
import { afterNextPaint, replicaForPage, type TutorReplica } from './replica-loader';

export class TutorWeek {
	#memory = $state.raw<WeekView | null>(null);
	#memoryLoaded = $state(false);
	#reader = $state<ReaderWeek | null>(null);
	#photoBlobs = $state.raw<PhotoBlobs | null>(null);
	#sync = $state.raw<SyncProgress | null>(null);
	#error = $state('');
	/** A visa signed before the replica's code arrived, kept on the phone (pending-visas.ts). */
	#pending = $state.raw<Delivery | null>(null);
	#csrfToken = '';

	readonly #journal: string;
	readonly #id: string;
	/** Resolves once the replica's reader is attached. */
	#ready: Promise<void> = Promise.resolve();
	/** The app's start-up waits for this page's replica (loaded, failed, or the page left). */
	readonly #releaseStartUp = startUpHold();
	#detached = false;
	#waitingOnline = false;
	#detachReader: (() => void) | undefined;

	constructor(journal: string, id: string) {
		this.#journal = journal;
		this.#id = id;
	}

	/** The replica's view once it has the week, the exchange's until then. */
	get view(): WeekView | null {
		const fromReplica = this.#reader?.loaded ? this.#reader.view : null;
		return fromReplica ?? this.#memory;
	}

	/** False while neither source has answered yet. */
	get loaded(): boolean {
		return this.#memoryLoaded || this.#reader?.loaded === true;
	}

	/** The replica's photo images, null until its code has loaded. */
	get photoBlobs(): PhotoBlobs | null {
		return this.#photoBlobs;
	}

	/** The sync manager's progress, null until it has loaded. */
	get sync(): SyncProgress | null {
		return this.#sync;
	}

	get delivery(): Delivery | null {
		return this.#reader?.delivery ?? this.#pending;
	}

	get changes(): WeekChange[] | null {
		return this.#reader?.changes ?? null;
	}

	get error(): string {
		return this.#error || this.#reader?.error || '';
	}

	/** Shows the week from memory, then follows the replica; returns the detach function. */
	attach(): () => void {
		const docs = firstRead.docsOf(this.#journal);
		const painted = docs
			? weekViewFrom(docs, this.#id).then((view) => {
					if (this.#detached) return;
					this.#memory = view;
					this.#memoryLoaded = true;
					return afterNextPaint();
				})
			: Promise.resolve();
		this.#ready = this.#connect(docs !== null, painted);
		void this.#ready.catch(() => undefined).finally(this.#releaseStartUp);
		this.#ready.catch((error: unknown) => {
			// Offline before the code arrived: again when the network returns (or at the next tap).
			console.warn('Carnet sur ce téléphone', error);
			this.#retryWhenOnline();
		});
		return () => {
			this.#detached = true;
			this.#releaseStartUp();
			this.#detachReader?.();
		};
	}

	async #connect(paintsFromMemory: boolean, painted?: Promise<unknown>): Promise<void> {
		const replica = await replicaForPage(paintsFromMemory, painted);
		if (this.#detached || this.#reader) return;
		this.#attachReader(replica);
	}

	#retry(): Promise<void> {
		this.#ready = this.#connect(false);
		this.#ready.catch(() => this.#retryWhenOnline());
		return this.#ready;
	}

	#retryWhenOnline(): void {
		if (this.#waitingOnline) return;
		this.#waitingOnline = true;
		window.addEventListener(
			'online',
			() => {
				this.#waitingOnline = false;
				void this.#retry().catch(() => undefined);
			},
			{ once: true }
		);
	}

	#attachReader(replica: TutorReplica): void {
		const db = replica.openReplica(this.#journal);
		const reader = new replica.ReaderWeek(
			db,
			this.#journal,
			this.#id,
			replica.openGatewayCopy(this.#journal),
			() => firstRead.photosOf(this.#journal)
		);
		this.#detachReader = reader.attach();
		this.#reader = reader;
		void this.#deliverPending(reader);
		this.#photoBlobs = (id, name) => replica.getPhotoBlob(db, id, name);
		this.#sync = replica.syncManager;
	}

	/** Writes the visa on this phone (waiting for the replica's code if needed), then sends it. */
	async sign(signer: Signer, input: VisaInput, csrfToken: string): Promise<Visa | null> {
		this.#error = '';
		this.#csrfToken = csrfToken;
		try {
			// A load that failed (offline before the code arrived) is tried again now.
			await this.#ready.catch(() => this.#retry());
		} catch {
			return this.#signBeforeReplica(signer, input);
		}
		const reader = this.#reader;
		return reader ? reader.sign(signer, input, csrfToken) : null;
	}

	/**
	 * Offline before the replica's code arrived: the visa is built from the week as shown (the
	 * exchange's documents, so it names exactly what was read), kept on the phone, and stored in
	 * the replica and sent once the code can load (network back, or the next opening).
	 */
	async #signBeforeReplica(signer: Signer, input: VisaInput): Promise<Visa | null> {
		const docs = firstRead.docsOf(this.#journal);
		const week = docs && weekDocsFrom(docs, this.#id);
		if (!week) {
			this.#error =
				'L’application n’a pas fini de se charger sur ce téléphone : reconnectez-vous un instant, puis signez à nouveau.';
			return null;
		}
		try {
			const visa = await buildVisa(week, this.#id, signer, input);
			keepPendingVisa(this.#journal, visa);
			this.#pending = { state: 'pending', message: '' };
			return visa;
		} catch (error) {
			this.#error = error instanceof Error ? error.message : 'Enregistrement impossible.';
			return null;
		}
	}

	/** Stores and sends the visas kept before the replica was there (this page's or an earlier one's). */
	async #deliverPending(reader: ReaderWeek): Promise<void> {
		const csrfToken =
			this.#csrfToken || firstRead.session?.csrfToken || currentUser.session?.csrfToken || '';
		for (const visa of pendingVisas(this.#journal)) {
			if (visa.weekId !== this.#id) continue;
			try {
				await reader.deliverBuilt(visa, csrfToken);
				dropPendingVisa(this.#journal, visa._id);
			} catch (error) {
				console.warn('Visa gardé sur ce téléphone', error);
			}
		}
		this.#pending = null;
	}
}
