/**
 * The signed-in student as cached on the device (Dexie), so every page opens offline. The
 * gateway stays the authority; this only says whose journal to open.
 */
import { getSession, type Session } from '$lib/data/session.repository';
import { ensureJournalAlive, openJournal, type JournalDb } from '$lib/data/journal-db';

class CurrentUser {
	#session = $state<Session | null>(null);
	/**
	 * Apart from the session: the session is replaced when the gateway refreshes it after the
	 * first paint, and pages that read the journal (`db()`) must not reload then (a stage page
	 * reloading lost the tutor link the student had just created).
	 */
	#userId = $state<string | null>(null);
	#loaded = $state(false);

	get session(): Session | null {
		return this.#session;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	get userId(): string | null {
		return this.#userId;
	}

	async load(): Promise<Session | null> {
		const session = await getSession();
		this.set(session);
		return session;
	}

	set(session: Session | null): void {
		this.#session = session;
		this.#userId = session?.userId ?? null;
		this.#loaded = true;
	}

	/** The journal of the signed-in user; throws when nobody is signed in (pages are guarded). */
	db(): JournalDb {
		if (!this.#userId) throw new Error('Aucun utilisateur connecté.');
		return openJournal(this.#userId);
	}

	/** iOS drops IndexedDB connections in the background: probe and reopen on return. */
	async revive(): Promise<void> {
		if (this.#userId) await ensureJournalAlive(this.#userId);
	}
}

export const currentUser = new CurrentUser();
