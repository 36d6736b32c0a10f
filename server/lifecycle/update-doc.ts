/** Read-modify-write of one accounts document, re-reading after a concurrent update (409). */
import type { AccountsRepository } from '../accounts/accounts.repository.ts';

type AnyDoc = { _id: string; _rev?: string; type: string };

export async function updateDoc<T extends AnyDoc>(
	accounts: AccountsRepository,
	id: string,
	change: (doc: T) => T | null
): Promise<T | null> {
	for (let attempt = 0; attempt < 5; attempt++) {
		const current = await accounts.get<T>(id);
		if (!current) return null;
		const next = change(current);
		if (!next) return current;
		try {
			const result = await accounts.db.insert(next);
			return { ...next, _rev: result.rev };
		} catch (error) {
			if ((error as { statusCode?: number }).statusCode !== 409) throw error;
		}
	}
	throw new Error(`update of ${id.split(':')[0]} kept conflicting`);
}
