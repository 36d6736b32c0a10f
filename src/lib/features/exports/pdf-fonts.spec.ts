/**
 * The shipped fonts have a glyph for every character French text uses. Read with jsPDF's own
 * TrueType parser, the one that draws the PDFs: text extracted from a PDF is right even when a
 * glyph is missing (it comes from the ToUnicode map), so only this check shows real glyphs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';

interface TtfFont {
	cmap: { unicode: { codeMap: Record<number, number> } };
}
const api = jsPDF.API as unknown as { TTFFont: { open(bytes: Uint8Array): TtfFont } };

const FRENCH =
	'aàâäæbcçdeéèêëfghiîïjklmnoôöœpqrstuùûüvwxyÿz' +
	'AÀÂÄÆBCÇDEÉÈÊËFGHIÎÏJKLMNOÔÖŒPQRSTUÙÛÜVWXYŸZ' +
	'0123456789 .,;:!?’‘“”«»–—…·°%€@&()[]/+-=×≤≥→✓n° \u00a0\u202f';

function codeMap(file: string): Record<number, number> {
	const bytes = readFileSync(resolve(import.meta.dirname, '../../../../static/fonts', file));
	return api.TTFFont.open(new Uint8Array(bytes)).cmap.unicode.codeMap;
}

describe('embedded PDF fonts', () => {
	for (const file of ['DejaVuSans-Latin.ttf', 'DejaVuSans-Bold-Latin.ttf']) {
		it(`${file} draws every French character`, () => {
			const map = codeMap(file);
			const missing = [...FRENCH].filter((c) => !map[c.codePointAt(0) ?? 0]);
			expect(missing).toEqual([]);
			// The check can fail: ideographs were left out of the subset.
			expect(map['中'.codePointAt(0) ?? 0]).toBeUndefined();
		});
	}
});
