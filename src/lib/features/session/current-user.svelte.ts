/**
 * The signed-in student as cached on the device (Dexie), so every page opens offline. The
 * gateway stays the authority; this only says whose journal to open.
 */
import { getSession, type Session } from '$lib/data/session.repository';
import { ensureJournalAlive, openJournal, type JournalDb } from '$lib/data/journal-db';

class CurrentUser {
	#session = $state<Session | null>(null);
	#loaded = $state(false);

	get session(): Session | null {
		return this.#session;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	get userId(): string | null {
		return this.#session?.userId ?? null;
	}

	async load(): Promise<Session | null> {
		this.#session = await getSession();
		this.#loaded = true;
		return this.#session;
	}

	set(session: Session | null): void {
		this.#session = session;
		this.#loaded = true;
	}

	/** The journal of the signed-in user; throws when nobody is signed in (pages are guarded). */
	db(): JournalDb {
		if (!this.#session) throw new Error('Aucun utilisateur connecté.');
		return openJournal(this.#session.userId);
	}

	/** iOS drops IndexedDB connections in the background: probe and reopen on return. */
	async revive(): Promise<void> {
		if (this.#session) await ensureJournalAlive(this.#session.userId);
	}
}

export const currentUser = new CurrentUser();
