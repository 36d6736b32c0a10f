/**
 * Documents the gateway refused (schema, rights): the push checkpoint moves past them, so
 * without this list they would silently stay on the device forever. They count as pending, keep
 * the status at "error" with a French explanation, and leave the list once a later version of
 * the document is accepted (the student fixed it) — the list is persisted per database.
 */
import type { SettingsStore } from './session-store.ts';

type Refused = Record<string, string>;

export class RefusedDocs {
	#settings: SettingsStore;
	#byDb: Record<string, Refused> = {};

	constructor(settings: SettingsStore) {
		this.#settings = settings;
	}

	async load(dbName: string): Promise<void> {
		this.#byDb[dbName] = await this.#settings.get<Refused>(`sync:refused:${dbName}`, {});
	}

	ids(dbName: string): string[] {
		return Object.keys(this.#byDb[dbName] ?? {});
	}

	get count(): number {
		return Object.values(this.#byDb).reduce((sum, refused) => sum + Object.keys(refused).length, 0);
	}

	add(dbName: string, id: string, reason: string): void {
		this.#byDb[dbName] = { ...this.#byDb[dbName], [id]: reason };
		this.#save(dbName);
	}

	/** Called with the ids of documents the server accepted. */
	accepted(dbName: string, ids: string[]): void {
		const refused = this.#byDb[dbName];
		if (!refused || !ids.some((id) => id in refused)) return;
		this.#byDb[dbName] = Object.fromEntries(
			Object.entries(refused).filter(([id]) => !ids.includes(id))
		);
		this.#save(dbName);
	}

	clear(): void {
		this.#byDb = {};
	}

	#save(dbName: string): void {
		void this.#settings.set(`sync:refused:${dbName}`, this.#byDb[dbName]).catch(() => undefined);
	}
}
