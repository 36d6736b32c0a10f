/**
 * The token exchange's answer, kept in memory for the life of the page: the tutor's first
 * screen (list of weeks, week page) renders from it while PouchDB loads, then from the replica.
 *
 * The documents are cast to the schema types without parsing (that would load zod before the
 * first paint): the gateway validated each one on write with the same schemas, and they are only
 * displayed. What is written (the visa) still goes through the schema-validated repository.
 * The photos are metadata only (no attachments): they stay here, never in the replica (a photo
 * written without its attachments would never be replicated whole), until replication brings
 * the real ones. The référentiel labels that came with them stay here too
 * (`tutor-labels.svelte.ts` reads them): the first screen shows labels without the référentiel.
 */
import type { Session } from '$lib/data/session.repository';
import type { ReferentielLabels } from '$lib/domain/referentiel/labels';
import type { Comment, Entry, Photo, Stage, Visa, Week } from '$lib/domain/schemas';
import { readJournals } from './read-journals';
import type { ReceivedDoc, TutorExchange } from './tutor-link';
import type { JournalDocs } from './week-model';

class FirstRead {
	#exchange = $state.raw<TutorExchange | null>(null);
	#docs = new Map<string, JournalDocs>();

	/** The last exchange of this page (null after a reload: the replica has it then). */
	get exchange(): TutorExchange | null {
		return this.#exchange;
	}

	get session(): Session | null {
		return this.#exchange?.session ?? null;
	}

	set(exchange: TutorExchange): void {
		this.#docs.clear();
		const readable = new Set(readJournals(exchange.session).map((j) => j.name));
		for (const journal of exchange.firstRead) {
			if (readable.has(journal.name)) {
				this.#docs.set(journal.name, grouped(journal.docs, journal.photos ?? []));
			}
		}
		this.#exchange = exchange;
	}

	/** Référentiel labels received with the session (null after a reload, or when none came). */
	get referentielLabels(): ReferentielLabels | null {
		return this.#exchange?.referentielLabels ?? null;
	}

	/** The documents of `journal` received with the session; null when none came. */
	docsOf(journal: string): JournalDocs | null {
		return this.#docs.get(journal) ?? null;
	}

	/** Photo metadata of `journal` received with the session (to complete the replica's). */
	photosOf(journal: string): Photo[] {
		return this.#docs.get(journal)?.photos ?? [];
	}
}

function grouped(docs: ReceivedDoc[], photos: ReceivedDoc[]): JournalDocs {
	const live = docs.filter((doc) => doc.deleted !== true);
	const ofType = <T>(type: string) => live.filter((doc) => doc.type === type) as unknown as T[];
	return {
		stages: ofType<Stage>('stage'),
		weeks: ofType<Week>('week'),
		entries: ofType<Entry>('entry'),
		visas: ofType<Visa>('visa'),
		comments: ofType<Comment>('comment'),
		photos: photos.filter((doc) => doc.deleted !== true) as unknown as Photo[]
	};
}

export const firstRead = new FirstRead();
