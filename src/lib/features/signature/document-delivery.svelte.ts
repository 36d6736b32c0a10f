/**
 * Follows signed documents written on this device (a visa, a signature) to the gateway and says
 * what happened, in French: sent, refused with the gateway's reason, or waiting for the network
 * (retried every 10 s and when the browser comes back online). The live sync would push them
 * too; this gives the signer an answer about *their* document.
 */
import type { JournalDb } from '$lib/data/journal-db';
import { pushDocs, type PushOutcome } from '$lib/sync/push-docs';
import { openGatewayDb } from '$lib/sync/remote-db';

export type Delivery = { state: 'saving' } | PushOutcome;

const RETRY_MS = 10_000;

export class DocumentDelivery {
	status = $state<Delivery | null>(null);

	readonly #db: JournalDb;
	readonly #journal: string;
	#pending: string[] = [];
	#csrf = '';
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(db: JournalDb, journal: string) {
		this.#db = db;
		this.#journal = journal;
	}

	/** Retries when the network comes back; returns the detach function. */
	attach(): () => void {
		const online = () => void this.#deliver();
		window.addEventListener('online', online);
		return () => {
			window.removeEventListener('online', online);
			clearInterval(this.#timer);
		};
	}

	/** Sends these documents once, without following them (e.g. what must precede a signature). */
	push(ids: string[], csrfToken: string): Promise<PushOutcome> {
		this.#csrf = csrfToken;
		return pushDocs(
			{ local: this.#db, openRemote: openGatewayDb, dbName: this.#journal, csrfToken },
			ids
		);
	}

	/** Sends these documents now and keeps trying until the gateway answers. */
	async send(ids: string[], csrfToken: string): Promise<void> {
		this.#pending = ids;
		this.#csrf = csrfToken;
		await this.#deliver();
	}

	async #deliver(): Promise<void> {
		const ids = this.#pending;
		if (!ids.length) return;
		const outcome = await this.push(ids, this.#csrf);
		if (this.#pending !== ids) return;
		this.status = outcome;
		clearInterval(this.#timer);
		if (outcome.state === 'pending') {
			this.#timer = setInterval(() => void this.#deliver(), RETRY_MS);
		} else {
			this.#pending = [];
		}
	}
}
