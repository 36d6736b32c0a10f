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
import { DocumentDelivery, type Delivery } from './document-delivery.svelte';
import { readTarget, signDocument, type SignInput, type SignTarget } from './sign-document';

export type { Delivery };

export class SignableDocument {
	target = $state.raw<SignTarget | null>(null);
	signatures = $state.raw<Signature[]>([]);
	state = $state.raw<SignatureState<Signature>>({ tutor: null, teacher: null });
	/** Digest of the content as stored here now: a signature with another one is outdated. */
	digest = $state('');
	loaded = $state(false);
	error = $state('');

	readonly #db: JournalDb;
	readonly #id: string;
	readonly #delivery: DocumentDelivery;

	constructor(db: JournalDb, journal: string, id: string) {
		this.#db = db;
		this.#id = id;
		this.#delivery = new DocumentDelivery(db, journal);
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
		this.#delivery.status = { state: 'saving' };
		try {
			if (sendFirst && (await this.#delivery.push([this.#id], csrfToken)).state !== 'sent') {
				throw new Error('Le bilan doit d’abord être envoyé : reconnectez-vous pour le signer.');
			}
			const signature = await signDocument(this.#db, this.#id, input);
			await this.refresh();
			await this.#delivery.send([signature._id], csrfToken);
			return true;
		} catch (error) {
			this.#delivery.status = null;
			this.error = error instanceof Error ? error.message : 'Enregistrement impossible.';
			return false;
		}
	}
}
