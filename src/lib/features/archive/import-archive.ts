/**
 * « Importer une archive »: checks the archive item by item and writes what is valid, never
 * silently over newer data. Each document's revision is written as it is (`new_edits: false`),
 * so visas, which name `{ id, rev }` of what they signed, stay valid, and the server, which already
 * has or accepts those revisions, syncs them like any replication.
 *
 * Decisions (domain/archive/revisions.ts): absent here → written; same revision → nothing;
 * the archive continues this device's version → written; this device continues the archive's →
 * kept, reported; both changed → both revisions kept, and the app's conflict merge (docs/sync.md)
 * joins them so nothing typed is lost, reported.
 */
import { hasRevision, localHistories, writeArchivedDocs } from '$lib/data/archive.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { isQuotaError, QUOTA_MESSAGE } from '$lib/data/storage';
import {
	checkArchivedDoc,
	checkManifest,
	decideImport,
	describeDocument,
	DOCUMENTS_PATH,
	MANIFEST_PATH,
	ZipFormatError,
	type ArchivedDoc,
	type ManifestAttachment
} from '$lib/domain/archive';
import { openZip, type ZipFile } from './zip-file';

export interface ImportItem {
	id: string;
	label: string;
	messages: string[];
}

export interface ImportReport {
	/** The archive as a whole could not be read: nothing was imported. */
	fatal?: string;
	imported: number;
	unchanged: number;
	/** Newer on this device: the device's version is kept. */
	keptHere: ImportItem[];
	/** Changed on both sides: both revisions kept and merged by the app. */
	merged: ImportItem[];
	/** Refused items (the rest is imported). */
	errors: ImportItem[];
}

const WRITE_BATCH = 10;
const decoder = new TextDecoder();

const emptyReport = (fatal?: string): ImportReport => ({
	...(fatal ? { fatal } : {}),
	imported: 0,
	unchanged: 0,
	keptHere: [],
	merged: [],
	errors: []
});

async function readJson(files: Map<string, ZipFile>, path: string): Promise<unknown> {
	const file = files.get(path);
	if (!file) throw new ZipFormatError(`Archive incomplète : « ${path} » manque.`);
	try {
		return JSON.parse(decoder.decode(await file.bytes()));
	} catch (error) {
		if (error instanceof ZipFormatError) throw error;
		throw new ZipFormatError(`Archive abîmée : « ${path} » est illisible.`);
	}
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The document with its attachments' bytes from the archive, checked (CRC, photo hash). */
async function withAttachments(
	doc: ArchivedDoc,
	attachments: ManifestAttachment[],
	files: Map<string, ZipFile>
): Promise<Record<string, unknown>> {
	if (!doc._attachments) return doc;
	const out: Record<string, unknown> = {};
	for (const file of attachments) {
		const zipped = files.get(file.path)!;
		const bytes = await zipped.bytes();
		if (
			doc.type === 'photo' &&
			file.name === 'image.jpg' &&
			(await sha256Hex(bytes)) !== doc.sha256
		) {
			throw new ZipFormatError('Image modifiée depuis l’export (empreinte différente).');
		}
		out[file.name] = { content_type: file.contentType, data: zipped.blob(file.contentType) };
	}
	return { ...doc, _attachments: out };
}

export async function importArchive(
	db: JournalDb,
	userId: string,
	archive: Blob
): Promise<ImportReport> {
	let files: Map<string, ZipFile>;
	let rawDocs: unknown;
	const attachments = new Map<string, ManifestAttachment[]>();
	const report = emptyReport();
	try {
		files = await openZip(archive);
		const manifest = checkManifest(await readJson(files, MANIFEST_PATH), userId);
		if (!manifest.ok) return emptyReport(manifest.message);
		rawDocs = await readJson(files, DOCUMENTS_PATH);
		if (!Array.isArray(rawDocs))
			return emptyReport('Archive abîmée : la liste des documents est illisible.');
		for (const file of manifest.manifest.attachments) {
			if (!files.has(file.path)) continue; // reported on its document
			attachments.set(file.docId, [...(attachments.get(file.docId) ?? []), file]);
		}
	} catch (error) {
		if (error instanceof ZipFormatError) return emptyReport(error.message);
		return emptyReport('Ce fichier n’a pas pu être lu comme une archive du Carnet de stage.');
	}

	const valid: { doc: ArchivedDoc; attachments: ManifestAttachment[] }[] = [];
	const seen = new Set<string>();
	for (const raw of rawDocs as unknown[]) {
		const check = checkArchivedDoc(raw, attachments);
		if (!check.ok) {
			report.errors.push({ id: check.id, label: check.label, messages: check.errors });
		} else if (seen.has(check.doc._id)) {
			const id = check.doc._id;
			report.errors.push({
				id,
				label: describeDocument(id),
				messages: ['Présent deux fois dans l’archive.']
			});
		} else {
			seen.add(check.doc._id);
			valid.push({ doc: check.doc, attachments: check.attachments });
		}
	}

	const local = await localHistories(
		db,
		valid.map((v) => v.doc._id)
	);
	const toWrite: typeof valid = [];
	for (const item of valid) {
		const { doc } = item;
		const named = { id: doc._id, label: describeDocument(doc._id) };
		let decision = decideImport(
			{ rev: doc._rev, history: doc._revisions },
			local.get(doc._id) ?? null
		);
		// A divergence imported before is a conflicting branch here now: nothing new.
		if (decision === 'diverged' && (await hasRevision(db, doc._id, doc._rev))) decision = 'same';
		if (decision === 'same') report.unchanged++;
		else if (decision === 'device-newer') {
			report.keptHere.push({
				...named,
				messages: ['Version plus récente sur cet appareil : gardée.']
			});
		} else {
			if (decision === 'diverged') {
				report.merged.push({
					...named,
					messages: [
						'Modifié ici et dans l’archive : les deux versions sont gardées et fusionnées.'
					]
				});
			}
			toWrite.push(item);
		}
	}

	for (let i = 0; i < toWrite.length; i += WRITE_BATCH) {
		const batch: Record<string, unknown>[] = [];
		for (const { doc, attachments: own } of toWrite.slice(i, i + WRITE_BATCH)) {
			try {
				batch.push(await withAttachments(doc, own, files));
			} catch (error) {
				const message = error instanceof Error ? error.message : 'Pièce jointe illisible.';
				report.errors.push({ id: doc._id, label: describeDocument(doc._id), messages: [message] });
			}
		}
		try {
			const refused = await writeArchivedDocs(db, batch);
			for (const r of refused) {
				report.errors.push({
					id: r.id,
					label: describeDocument(r.id),
					messages: [`Non enregistré (${r.message}).`]
				});
			}
			report.imported += batch.length - refused.length;
		} catch (error) {
			const message = isQuotaError(error)
				? QUOTA_MESSAGE
				: 'Enregistrement impossible sur cet appareil.';
			for (const doc of batch) {
				const id = String(doc._id);
				report.errors.push({ id, label: describeDocument(id), messages: [message] });
			}
		}
	}
	return report;
}
