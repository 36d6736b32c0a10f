/**
 * DejaVu Sans, fetched from `static/fonts/` at export time (the service worker precaches it, so
 * exports work offline) and embedded in every PDF. jsPDF writes it with Identity-H encoding and
 * keeps only the glyphs used, so the text stays selectable and the file small.
 */
import type { jsPDF } from 'jspdf';

export const FONT = 'DejaVuSans';
const FILES = {
	normal: '/fonts/DejaVuSans-Latin.ttf',
	bold: '/fonts/DejaVuSans-Bold-Latin.ttf'
} as const;

let loading: Promise<Record<keyof typeof FILES, string>> | undefined;

/** jsPDF's virtual file system takes a binary string; it recognises a TrueType header as such. */
function binaryString(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return out;
}

async function fetchFont(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error('Police de caractères introuvable : export PDF impossible.');
	return binaryString(await response.arrayBuffer());
}

/** Fetched once per session; a failed fetch is retried at the next export. */
function loadFonts() {
	loading ??= Promise.all([fetchFont(FILES.normal), fetchFont(FILES.bold)]).then(
		([normal, bold]) => ({ normal, bold }),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** Throws when the font files cannot be fetched (message in French). */
export async function embedFonts(doc: jsPDF): Promise<void> {
	const fonts = await loadFonts();
	for (const style of ['normal', 'bold'] as const) {
		const file = `${FONT}-${style}.ttf`;
		doc.addFileToVFS(file, fonts[style]);
		doc.addFont(file, FONT, style, undefined, 'Identity-H');
	}
	doc.setFont(FONT, 'normal');
}
