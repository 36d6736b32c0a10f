/**
 * The `/couch/<db>/…` sync endpoint: CouchDB's replication protocol for exactly the databases
 * the caller may use. Order: route on the allow-list (couch-route.ts), right to the database
 * (AccessRules), inspection of every write (write-guard.ts), then forwarding with the gateway's
 * admin credential.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessRules } from '../accounts/access.ts';
import type { UserDoc } from '../accounts/account-types.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError, readBody, readJson } from '../http/respond.ts';
import { forwardLongpoll, planLongpoll } from './changes-feed.ts';
import { bulkDocs, currentDocs } from './bulk-docs.ts';
import { classifyCouchRoute, type CouchRoute } from './couch-route.ts';
import { forward } from './forward.ts';
import { Semaphore } from '../http/semaphore.ts';
import { inspectWrites } from '../visas/inspect-writes.ts';
import { checkWrite, MAX_ATTACHMENT_BYTES, PHOTO_ATTACHMENTS } from './write-guard.ts';

export const MAX_BULK_BYTES = 50 * 1024 * 1024;
const MAX_READ_BODY_BYTES = 10 * 1024 * 1024;
const MAX_LOCAL_BYTES = 1024 * 1024;

function refuse(status: number, reason: string): never {
	throw new HttpError(status, reason);
}

function requireJson(req: IncomingMessage): void {
	const type = req.headers['content-type'] ?? '';
	if (!type.startsWith('application/json')) refuse(415, 'Contenu JSON attendu.');
}

/** Heavy sync requests (writes, `_bulk_get`) running at once; the rest queue in order. */
const HEAVY_CONCURRENCY = Number(process.env.SYNC_CONCURRENCY ?? 8);
const HEAVY_KINDS = new Set(['bulk-docs', 'bulk-get', 'doc', 'attachment']);

/** Told about every new document the proxy stored (the audit trail records signatures). */
export type OnStored = (user: UserDoc, db: string, docs: Record<string, unknown>[]) => void;

export const READ_ONLY_REASON = 'Ce carnet est archivé : il est en lecture seule.';

export function createCouchProxy(
	couch: CouchBackend,
	access: AccessRules,
	changesMaxWaitMs: number,
	onStored?: OnStored
) {
	const heavy = new Semaphore(HEAVY_CONCURRENCY);

	async function writeDoc(
		req: IncomingMessage,
		res: ServerResponse,
		route: CouchRoute,
		user: UserDoc,
		search: string
	) {
		const docId = route.docId!;
		const existing = (await currentDocs(couch, route.db, [docId])).get(docId) ?? null;
		let doc: Record<string, unknown>;
		if (req.method === 'DELETE') {
			doc = { _id: docId, _deleted: true };
		} else {
			requireJson(req);
			const body = await readJson(req, MAX_BULK_BYTES);
			if (typeof body !== 'object' || body === null || Array.isArray(body))
				refuse(400, 'Document invalide.');
			doc = { ...(body as Record<string, unknown>) };
			if (doc._id !== undefined && doc._id !== docId)
				refuse(400, 'L’identifiant du document ne correspond pas à l’adresse.');
			doc._id = docId;
		}
		const existingById = new Map(existing ? [[docId, existing]] : []);
		const [refusal] = await inspectWrites(couch, route.db, user, [doc], existingById, true);
		if (refusal) refuse(refusal.status, refusal.reason);
		const body = req.method === 'DELETE' ? undefined : Buffer.from(JSON.stringify(doc));
		await forward(req, res, couch, route.path + search, body);
		if (!existing && req.method !== 'DELETE' && res.statusCode < 300)
			onStored?.(user, route.db, [doc]);
	}

	async function writeAttachment(
		req: IncomingMessage,
		res: ServerResponse,
		route: CouchRoute,
		user: UserDoc,
		search: string
	) {
		const existing = (await currentDocs(couch, route.db, [route.docId!])).get(route.docId!);
		// The photo document must exist first: an attachment PUT on a missing id would create a
		// document with no type.
		if (!existing || !new URLSearchParams(search).get('rev'))
			refuse(409, 'Document de la photo introuvable.');
		if (!PHOTO_ATTACHMENTS.includes(route.attachment!)) refuse(400, 'Pièce jointe non autorisée.');
		// Checked as the photo document with both images as stubs (they may arrive one PUT at
		// a time); the bytes of this one are counted below while they arrive.
		const stub = { content_type: 'image/jpeg', stub: true, digest: 'md5-pending', length: 0 };
		const refusal = checkWrite(
			{ ...existing, _attachments: { 'image.jpg': stub, 'thumb.jpg': stub } },
			user,
			existing
		);
		if (refusal) refuse(refusal.status, refusal.reason);
		if (req.headers['content-type'] !== 'image/jpeg')
			refuse(415, 'Seules les images JPEG sont acceptées.');
		const body = await readBody(req, MAX_ATTACHMENT_BYTES).catch((error: unknown) => {
			if (error instanceof HttpError && error.status === 413)
				refuse(413, 'Photo trop volumineuse (8 Mo au maximum).');
			throw error;
		});
		await forward(req, res, couch, route.path + search, body, 'image/jpeg');
	}

	async function handle(
		req: IncomingMessage,
		res: ServerResponse,
		route: CouchRoute,
		user: UserDoc,
		search: string,
		stillAllowed: () => Promise<boolean>
	): Promise<void> {
		const method = req.method ?? 'GET';
		// Every wait for changes ends soon enough for the session to be checked again.
		const longpoll = route.kind === 'changes' ? planLongpoll(search, changesMaxWaitMs) : null;
		if (longpoll) {
			let body: Buffer | undefined;
			if (method === 'POST') {
				requireJson(req);
				body = Buffer.from(JSON.stringify(await readJson(req, MAX_READ_BODY_BYTES)));
			}
			// The session and the journal's access, asked again before the answer leaves.
			const allowed = async () =>
				(await stillAllowed()) &&
				(await access.databasesOf(user)).some((candidate) => candidate.name === route.db);
			return forwardLongpoll(req, res, couch, route.path + search, longpoll, allowed, body);
		}
		if (route.kind === 'bulk-docs') {
			requireJson(req);
			const stored = await bulkDocs(
				res,
				couch,
				route.db,
				user,
				await readJson(req, MAX_BULK_BYTES)
			);
			if (stored.length > 0) onStored?.(user, route.db, stored);
			return;
		}
		if (route.kind === 'doc' && route.write) return writeDoc(req, res, route, user, search);
		if (route.kind === 'attachment' && route.write)
			return writeAttachment(req, res, route, user, search);
		if (method === 'GET' || method === 'HEAD' || method === 'DELETE') {
			return forward(req, res, couch, route.path + search);
		}
		requireJson(req);
		// Parsed and re-serialised: CouchDB (the embedded one above all) never sees malformed JSON.
		const limit = route.kind === 'local' ? MAX_LOCAL_BYTES : MAX_READ_BODY_BYTES;
		const body = await readJson(req, limit);
		if (typeof body !== 'object' || body === null || Array.isArray(body))
			refuse(400, 'Requête invalide.');
		await forward(req, res, couch, route.path + search, Buffer.from(JSON.stringify(body)));
	}

	return async function proxy(
		req: IncomingMessage,
		res: ServerResponse,
		user: UserDoc,
		rawPath: string,
		search: string,
		stillAllowed: () => Promise<boolean> = async () => true
	): Promise<void> {
		const method = req.method ?? 'GET';
		const route = classifyCouchRoute(method, rawPath);
		const databases = await access.databasesOf(user);
		const database = databases.find((candidate) => candidate.name === route.db);
		if (!database) {
			// A tutor whose access ended is told why (server/lifecycle).
			const ended = (await access.endedOf(user)).find((item) => item.name === route.db);
			refuse(403, ended?.message ?? 'Accès refusé à ce carnet.');
		}
		// An archived class's journals are read-only on every write path; replication
		// checkpoints (`_local`) are not journal content and keep readers' pulls resumable.
		if (database.readOnly && route.write && route.kind !== 'local') refuse(403, READ_ONLY_REASON);
		if (!HEAVY_KINDS.has(route.kind) || !(route.write || route.kind === 'bulk-get')) {
			return handle(req, res, route, user, search, stillAllowed);
		}
		const finished = new Promise<void>((resolve) => {
			res.once('finish', resolve);
			res.once('close', resolve);
		});
		await heavy.run(async () => {
			await handle(req, res, route, user, search, stillAllowed);
			// Streamed answers (`_bulk_get`) count until their last byte is sent.
			if (!res.writableEnded) await finished;
		});
	};
}
