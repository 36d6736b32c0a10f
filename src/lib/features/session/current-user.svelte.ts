/**
 * The signed-in user as cached on the device (Dexie), so every page opens offline. The
 * gateway stays the authority; this only says whose journal to open. The journal itself is
 * `userJournal()` (./user-journal.ts), apart so that this module loads neither PouchDB nor, until
 * `load()`, Dexie: the layout imports it on every page, the tutor's link page included.
 */
import type { Session } from '$lib/data/session.repository';

class CurrentUser {
	#session = $state<Session | null>(null);
	/**
	 * Apart from the session: the session is replaced when the gateway refreshes it after the
	 * first paint, and pages that read the journal (`userJournal()`) must not reload then (a stage
	 * page reloading lost the tutor link the student had just created).
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
		const { getSession } = await import('$lib/data/session.repository');
		const session = await getSession();
		this.set(session);
		return session;
	}

	set(session: Session | null): void {
		this.#session = session;
		this.#userId = session?.userId ?? null;
		this.#loaded = true;
	}
}

export const currentUser = new CurrentUser();
