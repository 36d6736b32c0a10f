/**
 * A store-only ZIP (no compression: photos are JPEGs already, and text is a few hundred KB), the
 * container of the personal archive. Any unzip tool opens it, and storing lets the app build it
 * from Blobs without holding every photo in memory: the writer only produces the small headers,
 * the caller interleaves them with the file contents. The reader parses the central directory and
 * says where each file's bytes are, so the caller slices the archive Blob instead of loading it.
 *
 * Limits (refused with a French message): no ZIP64 (archives up to 4 GB), method 0 (stored) only,
 * no encryption, a single disk.
 */

export interface ZipFileInfo {
	name: string;
	crc32: number;
	size: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_FLAG = 0x0800;
const MAX_U32 = 0xffffffff;
export const END_RECORD_MAX = 22 + 0xffff;

export class ZipFormatError extends Error {
	override name = 'ZipFormatError';
}

const encoder = new TextEncoder();

/** MS-DOS date and time fields of a Date (local fields, as unzip tools display them). */
function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.max(1980, date.getFullYear());
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
		date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
	};
}

/**
 * Builds the headers of a ZIP. `header(file)` returns the local header to put before the file's
 * bytes; `finish()` returns the central directory and end record to put last.
 */
export function zipWriter(modified: Date = new Date()) {
	const stamp = dosDateTime(modified);
	const entries: (ZipFileInfo & { offset: number; nameBytes: Uint8Array })[] = [];
	let offset = 0;

	function header(file: ZipFileInfo): Uint8Array {
		const nameBytes = encoder.encode(file.name);
		if (file.size > MAX_U32 || offset > MAX_U32) {
			throw new ZipFormatError('Archive trop volumineuse (plus de 4 Go).');
		}
		const out = new Uint8Array(30 + nameBytes.length);
		const view = new DataView(out.buffer);
		view.setUint32(0, LOCAL, true);
		view.setUint16(4, 10, true); // version needed: 1.0 (stored)
		view.setUint16(6, UTF8_FLAG, true);
		view.setUint16(8, 0, true); // method: stored
		view.setUint16(10, stamp.time, true);
		view.setUint16(12, stamp.date, true);
		view.setUint32(14, file.crc32, true);
		view.setUint32(18, file.size, true);
		view.setUint32(22, file.size, true);
		view.setUint16(26, nameBytes.length, true);
		view.setUint16(28, 0, true);
		out.set(nameBytes, 30);
		entries.push({ ...file, offset, nameBytes });
		offset += out.length + file.size;
		return out;
	}

	function finish(): Uint8Array {
		const size = entries.reduce((sum, e) => sum + 46 + e.nameBytes.length, 0);
		const out = new Uint8Array(size + 22);
		const view = new DataView(out.buffer);
		let at = 0;
		for (const e of entries) {
			view.setUint32(at, CENTRAL, true);
			view.setUint16(at + 4, 20, true); // made by: version 2.0
			view.setUint16(at + 6, 10, true);
			view.setUint16(at + 8, UTF8_FLAG, true);
			view.setUint16(at + 10, 0, true);
			view.setUint16(at + 12, stamp.time, true);
			view.setUint16(at + 14, stamp.date, true);
			view.setUint32(at + 16, e.crc32, true);
			view.setUint32(at + 20, e.size, true);
			view.setUint32(at + 24, e.size, true);
			view.setUint16(at + 28, e.nameBytes.length, true);
			// extra, comment, disk, internal attributes: 0
			view.setUint32(at + 38, 0, true); // external attributes
			view.setUint32(at + 42, e.offset, true);
			out.set(e.nameBytes, at + 46);
			at += 46 + e.nameBytes.length;
		}
		if (entries.length > 0xffff) throw new ZipFormatError('Archive : trop de fichiers.');
		view.setUint32(at, END, true);
		view.setUint16(at + 8, entries.length, true);
		view.setUint16(at + 10, entries.length, true);
		view.setUint32(at + 12, size, true);
		view.setUint32(at + 16, offset, true);
		return out;
	}

	return { header, finish };
}

export interface ZipDirectoryEntry extends ZipFileInfo {
	/** Offset of the local header; the data starts after it (see `localDataOffset`). */
	headerOffset: number;
}

const NOT_A_ZIP = 'Ce fichier n’est pas une archive du Carnet de stage (ZIP illisible).';

/**
 * Reads the end record from the last bytes of the file (`tail`, at most `END_RECORD_MAX` bytes,
 * starting at `tailOffset` in the file) and says where the central directory is.
 */
export function findCentralDirectory(
	tail: Uint8Array,
	tailOffset: number
): { offset: number; size: number; count: number } {
	const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
	for (let at = tail.length - 22; at >= 0; at--) {
		if (view.getUint32(at, true) !== END) continue;
		const commentLength = view.getUint16(at + 20, true);
		if (at + 22 + commentLength !== tail.length) continue;
		if (view.getUint16(at + 4, true) !== 0 || view.getUint16(at + 6, true) !== 0) {
			throw new ZipFormatError('Archive en plusieurs morceaux : non prise en charge.');
		}
		const count = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 12, true);
		const offset = view.getUint32(at + 16, true);
		if (offset === MAX_U32 || count === 0xffff) {
			throw new ZipFormatError('Archive ZIP64 : non prise en charge.');
		}
		if (offset + size > tailOffset + at) throw new ZipFormatError(NOT_A_ZIP);
		return { offset, size, count };
	}
	throw new ZipFormatError(NOT_A_ZIP);
}

/** Lists the files of the central directory (its bytes, as located by `findCentralDirectory`). */
export function readCentralDirectory(bytes: Uint8Array, count: number): ZipDirectoryEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const decoder = new TextDecoder('utf-8', { fatal: false });
	const out: ZipDirectoryEntry[] = [];
	let at = 0;
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
			throw new ZipFormatError(NOT_A_ZIP);
		}
		const flags = view.getUint16(at + 8, true);
		const method = view.getUint16(at + 10, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		if (flags & 1) throw new ZipFormatError(`« ${name} » est chiffré : non pris en charge.`);
		if (method !== 0) {
			throw new ZipFormatError(
				`« ${name} » a été compressé par un autre outil : importez l’archive telle que l’application l’a exportée.`
			);
		}
		const size = view.getUint32(at + 24, true);
		if (view.getUint32(at + 20, true) !== size) throw new ZipFormatError(NOT_A_ZIP);
		out.push({
			name,
			crc32: view.getUint32(at + 16, true),
			size,
			headerOffset: view.getUint32(at + 42, true)
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return out;
}

/** Where the data of a file starts, from the first 30 bytes of its local header. */
export function localDataOffset(entry: ZipDirectoryEntry, localHeader: Uint8Array): number {
	if (localHeader.length < 30) throw new ZipFormatError(NOT_A_ZIP);
	const view = new DataView(localHeader.buffer, localHeader.byteOffset, localHeader.byteLength);
	if (view.getUint32(0, true) !== LOCAL) throw new ZipFormatError(NOT_A_ZIP);
	return entry.headerOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
}
