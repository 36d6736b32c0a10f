/**
 * Typed access to the journal's documents: every read and write goes through the document's zod
 * schema, so nothing malformed is stored locally or replicated. Writers of one document are one
 * person (see docs/architecture.md), so a 409 here means another tab of the same user wrote
 * first: we re-read and re-apply the change instead of failing.
 */
import type { JournalDb } from './journal-db.ts';

export interface Parser<T> {
	parse(value: unknown): T;
	safeParse(value: unknown): { success: true; data: T } | { success: false; error: unknown };
}

type Stored = { _id: string; _rev?: string };

export function isNotFound(error: unknown): boolean {
	return (error as { status?: number } | null)?.status === 404;
}

function isConflict(error: unknown): boolean {
	return (error as { status?: number } | null)?.status === 409;
}

export async function getDoc<T>(db: JournalDb, id: string, schema: Parser<T>): Promise<T | null> {
	try {
		return schema.parse(await db.get(id));
	} catch (error) {
		if (isNotFound(error)) return null;
		throw error;
	}
}

/**
 * Reads the current version (or null), lets `change` build the next one, validates and stores
 * it. Retries on conflict with a fresh read. Throws the schema's error if `change` produced an
 * invalid document; the caller keeps its input (drafts stay in Dexie).
 */
export async function updateDoc<T extends Stored>(
	db: JournalDb,
	id: string,
	schema: Parser<T>,
	change: (current: T | null) => T
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		const current = await getDoc(db, id, schema);
		const draft: Record<string, unknown> = { ...change(current), _id: id };
		if (current?._rev) draft._rev = current._rev;
		else delete draft._rev;
		const next = schema.parse(draft);
		try {
			const result = await db.put(next);
			return { ...next, _rev: result.rev };
		} catch (error) {
			if (!isConflict(error) || attempt >= 4) throw error;
		}
	}
}

/** Documents whose id starts with `prefix`, optionally between two keys after the prefix. */
export async function listDocs<T>(
	db: JournalDb,
	prefix: string,
	schema: Parser<T>,
	range: { from?: string; to?: string } = {}
): Promise<T[]> {
	const result = await db.allDocs({
		include_docs: true,
		startkey: prefix + (range.from ?? ''),
		endkey: prefix + (range.to ?? '') + '\uffff'
	});
	const docs: T[] = [];
	for (const row of result.rows) {
		if (!row.doc) continue;
		const parsed = schema.safeParse(row.doc);
		// A document this version cannot read (written by a newer app) stays stored and synced;
		// it is only left out of the list.
		if (!parsed.success) {
			console.warn('Document illisible ignoré', row.id);
			continue;
		}
		if (!(parsed.data as { deleted?: boolean }).deleted) docs.push(parsed.data);
	}
	return docs;
}

export function nowIso(): string {
	return new Date().toISOString();
}
