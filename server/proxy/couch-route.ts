/**
 * Classifies a `/couch/…` request against the allow-list of replication routes. Anything not
 * listed is refused. Path segments are decoded once and must then be plain: encoded slashes,
 * double encoding, `.`/`..` and unexpected characters are refused, so the path forwarded to
 * CouchDB is rebuilt from validated pieces only.
 */
import { HttpError } from '../http/respond.ts';

export type RouteKind =
	| 'db-info'
	| 'all-docs'
	| 'changes'
	| 'revs-diff'
	| 'bulk-get'
	| 'bulk-docs'
	| 'local'
	| 'design-read'
	| 'doc'
	| 'attachment';

export interface CouchRoute {
	db: string;
	kind: RouteKind;
	/** The caller needs write access (students' own journal; visas/comments are checked per doc). */
	write: boolean;
	docId?: string;
	attachment?: string;
	/** Path to forward, already encoded, starting with `/<db>`. */
	path: string;
}

const DB_PATTERN = /^journal_[a-z0-9]{1,40}$/;
const DOC_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;
const LOCAL_ID_PATTERN = /^[A-Za-z0-9._=-]{1,200}$/;
const ATTACHMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const VIEW_PATTERN = /^[a-z_]{1,40}$/;

const bad = () => new HttpError(400, 'Chemin de requête invalide.');
const refused = () => new HttpError(403, 'Opération non autorisée.');

function hasUnsafeCharacter(value: string): boolean {
	for (const char of value)
		if (char === '/' || char === '\\' || char.charCodeAt(0) < 0x20) return true;
	return false;
}

function decodeSegment(raw: string): string {
	if (/%2f|%5c/i.test(raw)) throw bad();
	let decoded: string;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		throw bad();
	}
	if (decoded.includes('%') || decoded === '.' || decoded === '..' || hasUnsafeCharacter(decoded)) {
		throw bad();
	}
	return decoded;
}

/** `pathname` is the raw path after `/couch` (e.g. `/journal_x/_changes`). */
export function classifyCouchRoute(method: string, pathname: string): CouchRoute {
	const raw = pathname.split('/').slice(1);
	if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop(); // `/couch/db/` = `/couch/db`
	const segments = raw.map(decodeSegment);
	const [db, first, second, third, fourth, ...extra] = segments;
	if (!db) throw refused();
	if (!DB_PATTERN.test(db))
		throw db.startsWith('_') ? refused() : new HttpError(404, 'Base inconnue.');
	const base = `/${db}`;
	const read = method === 'GET' || method === 'HEAD';
	const route = (
		kind: RouteKind,
		write: boolean,
		path: string,
		more: Partial<CouchRoute> = {}
	) => ({
		db,
		kind,
		write,
		path,
		...more
	});

	if (first === undefined) {
		if (read) return route('db-info', false, base);
		throw refused();
	}
	if (first.startsWith('_')) {
		const simple = second === undefined;
		if (first === '_all_docs' && simple && (read || method === 'POST'))
			return route('all-docs', false, `${base}/_all_docs`);
		if (first === '_changes' && simple && (read || method === 'POST'))
			return route('changes', false, `${base}/_changes`);
		if (first === '_revs_diff' && simple && method === 'POST')
			return route('revs-diff', false, `${base}/_revs_diff`);
		if (first === '_bulk_get' && simple && method === 'POST')
			return route('bulk-get', false, `${base}/_bulk_get`);
		if (first === '_bulk_docs' && simple && method === 'POST')
			return route('bulk-docs', true, `${base}/_bulk_docs`);
		if (first === '_local' && second !== undefined && third === undefined) {
			if (!LOCAL_ID_PATTERN.test(second)) throw bad();
			if (read || method === 'PUT' || method === 'DELETE')
				return route('local', false, `${base}/_local/${encodeURIComponent(second)}`);
		}
		// Only our own design document, read-only: its doc and its views (teacher dashboard).
		if (first === '_design' && second === 'carnet' && read && extra.length === 0) {
			if (third === undefined) return route('design-read', false, `${base}/_design/carnet`);
			if (third === '_view' && fourth !== undefined && VIEW_PATTERN.test(fourth))
				return route('design-read', false, `${base}/_design/carnet/_view/${fourth}`);
		}
		throw refused();
	}
	if (!DOC_ID_PATTERN.test(first)) throw bad();
	const docPath = `${base}/${encodeURIComponent(first)}`;
	if (second === undefined) {
		if (read) return route('doc', false, docPath, { docId: first });
		if (method === 'PUT' || method === 'DELETE')
			return route('doc', true, docPath, { docId: first });
		throw refused();
	}
	if (third !== undefined) throw bad();
	if (!ATTACHMENT_PATTERN.test(second)) throw bad();
	const attachmentPath = `${docPath}/${encodeURIComponent(second)}`;
	const more = { docId: first, attachment: second };
	if (read) return route('attachment', false, attachmentPath, more);
	if (method === 'PUT') return route('attachment', true, attachmentPath, more);
	throw refused();
}
