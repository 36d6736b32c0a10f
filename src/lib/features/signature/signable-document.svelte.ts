/**
 * A review or an attestation as a signer sees it, kept live: the document, its signatures and,
 * for each signer role, whether the latest signature still matches the content (« modifié après
 * signature » otherwise). Signing writes into the local replica (works offline once opened);
 * `delivery` then follows the signature to the gateway and says what happened in French.
 */
import { onJournalChange } from '$lib/data/changes';
import type { JournalDb } from '$lib/data/journal-db';
import { listSignatures } from '$lib/data/signature.repository';
import { signatureState, signedContentDigest, type SignatureState } from '$lib/domain/signature';
import type { Signature } from '$lib/domain/schemas';
import { coalesce } from '$lib/features/tutor/coalesce';
import { pushDocs, type PushOutcome } from '$lib/sync/push-docs';
import { openGatewayDb } from '$lib/sync/remote-db';
import { readTarget, signDocument, type SignInput, type SignTarget } from './sign-document';

export type Delivery = { state: 'saving' } | PushOutcome;

const RETRY_MS = 10_000;

export class SignableDocument {
	target = $state.raw<SignTarget | null>(null);
	signatures = $state.raw<Signature[]>([]);
	state = $state.raw<SignatureState<Signature>>({ tutor: null, teacher: null });
	/** Digest of the content as stored here now: a signature with another one is outdated. */
	digest = $state('');
	loaded = $state(false);
	delivery = $state<Delivery | null>(null);
	error = $state('');

	readonly #db: JournalDb;
	readonly #journal: string;
	readonly #id: string;
	#pending: string[] = [];
	#csrf = '';
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(db: JournalDb, journal: string, id: string) {
		this.#db = db;
		this.#journal = journal;
		this.#id = id;
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
		const [target, signatures] = await Promise.all([
			readTarget(this.#db, this.#id),
			listSignatures(this.#db, this.#id)
		]);
		this.target = target;
		this.signatures = signatures;
		this.digest = target ? await signedContentDigest(target) : '';
		this.state = signatureState(signatures, this.digest);
		this.loaded = true;
	});

	/**
	 * Signs the document as stored here now. `sendFirst` (the signer also wrote the document)
	 * sends the document before the signature, since the gateway checks the signature against the
	 * revision it has.
	 */
	async sign(input: SignInput, csrfToken: string, sendFirst = false): Promise<boolean> {
		this.error = '';
		this.delivery = { state: 'saving' };
		this.#csrf = csrfToken;
		try {
			if (sendFirst) {
				const sent = await this.#push([this.#id]);
				if (sent.state !== 'sent') {
					throw new Error('Le bilan doit d’abord être envoyé : reconnectez-vous pour le signer.');
				}
			}
			const signature = await signDocument(this.#db, this.#id, input);
			this.#pending = [signature._id];
			await this.refresh();
			await this.#deliver();
			return true;
		} catch (error) {
			this.delivery = null;
			this.error = error instanceof Error ? error.message : 'Enregistrement impossible.';
			return false;
		}
	}

	#push(ids: string[]): Promise<PushOutcome> {
		return pushDocs(
			{ local: this.#db, openRemote: openGatewayDb, dbName: this.#journal, csrfToken: this.#csrf },
			ids
		);
	}

	async #deliver(): Promise<void> {
		const ids = this.#pending;
		if (!ids.length) return;
		const outcome = await this.#push(ids);
		if (this.#pending !== ids) return;
		this.delivery = outcome;
		clearInterval(this.#timer);
		if (outcome.state === 'pending') {
			this.#timer = setInterval(() => void this.#deliver(), RETRY_MS);
		} else {
			this.#pending = [];
		}
	}
}
