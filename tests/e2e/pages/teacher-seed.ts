/**
 * What the demo seed lacks for a teacher to act on, written through the gateway the way the
 * apps would: a tutor's visa on a student's week (tutor account, replication endpoint, same
 * digest and covers as the tutor app), and a student's edit of an entry after that visa.
 */
import { weekDigest } from '../../../src/lib/domain/digest/week-digest.ts';
import { visaId } from '../../../src/lib/domain/ids.ts';
import { login } from '../../integration/support/gateway-client.ts';

type Doc = Record<string, unknown> & { _id: string; _rev: string };

/** A 1×1 PNG: the schema wants a PNG signature, its drawing does not matter here. */
const TINY_PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function journalDocs(fetcher: (p: string) => Promise<Response>, db: string): Promise<Doc[]> {
	const body = (await (await fetcher(`/couch/${db}/_all_docs?include_docs=true`)).json()) as {
		rows: { doc: Doc }[];
	};
	return body.rows.map((r) => r.doc).filter((d) => !d._id.startsWith('_design/'));
}

/** The `n`-th (1-based) weekly report of the student's journal, by Monday. */
function nthWeek(docs: Doc[], n: number): Doc {
	const weeks = docs.filter((d) => d.type === 'week').sort((a, b) => (a._id < b._id ? -1 : 1));
	const week = weeks[n - 1];
	if (!week) throw new Error(`no week ${n}`);
	return week;
}

/** Signs week `n` of `studentName`'s journal as the demo tutor. Returns the week id. */
export async function signAsTutor(base: string, studentName: string, n: number): Promise<string> {
	const tutor = await login(base, 'tuteur.demo');
	const db = tutor.me.databases.find((d) => d.studentName === studentName)?.name;
	if (!db) throw new Error(`tutor cannot read ${studentName}`);
	const docs = await journalDocs(tutor.fetch, db);
	const week = nthWeek(docs, n);
	const monday = week.monday as string;
	const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 864e5).toISOString().slice(0, 10);
	const entries = docs.filter(
		(d) =>
			d.type === 'entry' && d.stageId === week.stageId && d.date! >= monday && d.date! <= sunday
	);
	const ids = new Set(entries.map((e) => e._id));
	const photos = docs.filter((d) => d.type === 'photo' && ids.has(d.entryId as string));
	const signedAt = new Date(Date.now() - 60_000).toISOString();
	const visa = {
		_id: visaId(week._id, signedAt),
		type: 'visa',
		schemaVersion: 1,
		weekId: week._id,
		stageId: week.stageId,
		signerRole: 'tutor',
		signerId: tutor.me.user.id,
		signerName: tutor.me.user.displayName,
		decision: 'signed',
		comment: '',
		signature: TINY_PNG,
		digest: await weekDigest({
			week: week as never,
			entries: entries as never,
			photos: photos as never
		}),
		covers: [week, ...entries, ...photos].map((d) => ({ id: d._id, rev: d._rev })),
		signedAt
	};
	const response = await tutor.fetch(`/couch/${db}/${encodeURIComponent(visa._id)}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(visa)
	});
	if (response.status !== 201) throw new Error(`visa refused: ${await response.text()}`);
	return week._id;
}

/** The student edits the first entry of their week `n` (after a visa: « modifié après visa »). */
export async function editEntryOfWeek(base: string, username: string, n: number): Promise<void> {
	const student = await login(base, username);
	const docs = await journalDocs(student.fetch, student.journal);
	const monday = nthWeek(docs, n).monday as string;
	const entry = docs.find((d) => d.type === 'entry' && (d.date as string) >= monday);
	if (!entry) throw new Error('no entry');
	const response = await student.fetch(`/couch/${student.journal}/${entry._id}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ ...entry, text: `${entry.text as string} (complété après visa)` })
	});
	if (response.status !== 201) throw new Error(`edit refused: ${await response.text()}`);
}

/** Documents of a type the server holds in a student's journal (what their device will pull). */
export async function serverDocs(base: string, username: string, type: string): Promise<Doc[]> {
	const student = await login(base, username);
	const docs = await journalDocs(student.fetch, student.journal);
	return docs.filter((d) => d.type === type);
}
