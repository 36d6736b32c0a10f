/**
 * Watches a local journal for conflicted documents and resolves them with `resolveConflict`:
 * the merged document is written over the winning revision and the losing revisions are
 * deleted in the same `bulkDocs`, so the branch disappears everywhere once this replicates.
 *
 * Assumes one writer per document (see docs/sync.md). Visas and comments are left alone:
 * their revisions are all kept. Resolutions run one at a time per database; a write that loses
 * a race (409) is retried by the change it caused.
 */
import { resolveConflict, type SyncedDoc } from './conflicts.ts';
import { asEmitter } from './sync-channel.ts';

type Db = PouchDB.Database;
type Leaf = SyncedDoc & { _revisions?: { start: number; ids: string[] } };

function history(doc: Leaf): string[] {
	const revisions = doc._revisions;
	if (!revisions) return [];
	return revisions.ids.map((hash, index) => `${revisions.start - index}-${hash}`);
}

/** The common ancestor's body when the database still has it (auto-compaction often removed it). */
async function findBase(db: Db, id: string, revs: string[]): Promise<SyncedDoc | undefined> {
	try {
		const leaves = await db.get<Leaf>(id, { revs: true, open_revs: revs });
		const histories = leaves.map((leaf) => ('ok' in leaf ? history(leaf.ok as Leaf) : []));
		const [first, ...others] = histories;
		const baseRev = first?.find((rev) => others.every((other) => other.includes(rev)));
		if (!baseRev) return undefined;
		return (await db.get(id, { rev: baseRev })) as SyncedDoc;
	} catch {
		return undefined;
	}
}

function withoutMeta(doc: SyncedDoc): string {
	const { _rev: _r, _conflicts: _c, ...rest } = doc;
	return JSON.stringify(rest);
}

/** Resolves one document's conflicts. Returns true if it wrote a resolution. */
export async function resolveDocConflicts(db: Db, id: string): Promise<boolean> {
	const winner = (await db.get(id, { conflicts: true })) as SyncedDoc & { _conflicts?: string[] };
	const losingRevs = winner._conflicts ?? [];
	if (losingRevs.length === 0 || !winner._rev) return false;
	const losers = await Promise.all(
		losingRevs.map((rev) => db.get(id, { rev }) as Promise<SyncedDoc>)
	);
	const base = await findBase(db, id, [winner._rev, ...losingRevs]);
	const merged = resolveConflict(winner, losers, base);
	if (!merged) return false;
	const tombstones = losingRevs.map((rev) => ({ _id: id, _rev: rev, _deleted: true }));
	// The winner already holds the merged content: only the losing branches go.
	const docs = withoutMeta(merged) === withoutMeta(winner) ? tombstones : [merged, ...tombstones];
	const results = await db.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]);
	return results.every((result) => !('error' in result && result.error));
}

/** Resolves every conflicted document currently in the database. Returns how many it fixed. */
export async function resolveAllConflicts(db: Db): Promise<number> {
	const all = await db.allDocs({ include_docs: true, conflicts: true });
	let resolved = 0;
	for (const row of all.rows) {
		const conflicts = (row.doc as { _conflicts?: string[] } | undefined)?._conflicts;
		if (conflicts?.length && (await resolveDocConflicts(db, row.id))) resolved++;
	}
	return resolved;
}

/** Starts watching `db`; returns the function that stops it. */
export function watchConflicts(
	db: Db,
	onError: (error: unknown) => void = console.warn
): () => void {
	let queue: Promise<unknown> = Promise.resolve();
	const enqueue = (task: () => Promise<unknown>) => {
		queue = queue.then(task).catch(onError);
	};
	enqueue(() => resolveAllConflicts(db));
	const feed = db.changes({ since: 'now', live: true, include_docs: true, conflicts: true });
	asEmitter(feed).on('change', (change: PouchDB.Core.ChangesResponseChange<object>) => {
		const conflicts = (change.doc as { _conflicts?: string[] } | undefined)?._conflicts;
		if (conflicts?.length) enqueue(() => resolveDocConflicts(db, change.id));
	});
	return () => feed.cancel();
}
