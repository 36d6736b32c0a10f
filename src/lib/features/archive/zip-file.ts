/** Reads a store-only ZIP straight from its File/Blob: only the bytes asked for are loaded. */
import {
	crc32,
	END_RECORD_MAX,
	findCentralDirectory,
	localDataOffset,
	readCentralDirectory,
	ZipFormatError,
	type ZipDirectoryEntry
} from '$lib/domain/archive';

export interface ZipFile extends ZipDirectoryEntry {
	/** The file's bytes as a slice of the archive (nothing read yet). */
	blob(type?: string): Blob;
	/** Reads the bytes and checks their CRC. */
	bytes(): Promise<Uint8Array>;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

export async function openZip(archive: Blob): Promise<Map<string, ZipFile>> {
	const tailOffset = Math.max(0, archive.size - END_RECORD_MAX);
	const dir = findCentralDirectory(await bytesOf(archive.slice(tailOffset)), tailOffset);
	const central = await bytesOf(archive.slice(dir.offset, dir.offset + dir.size));
	const files = new Map<string, ZipFile>();
	for (const entry of readCentralDirectory(central, dir.count)) {
		const header = await bytesOf(archive.slice(entry.headerOffset, entry.headerOffset + 30));
		const start = localDataOffset(entry, header);
		if (start + entry.size > archive.size) {
			throw new ZipFormatError('Archive incomplète : le fichier a été coupé pendant la copie.');
		}
		const blob = (type = '') => archive.slice(start, start + entry.size, type);
		files.set(entry.name, {
			...entry,
			blob,
			bytes: async () => {
				const bytes = await bytesOf(blob());
				if (crc32(bytes) !== entry.crc32) {
					throw new ZipFormatError(`« ${entry.name} » est abîmé dans l’archive.`);
				}
				return bytes;
			}
		});
	}
	return files;
}
