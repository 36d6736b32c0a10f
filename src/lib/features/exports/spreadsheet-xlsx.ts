/**
 * A minimal .xlsx (Office Open XML workbook, one sheet) written without a spreadsheet library:
 * the five XML parts a workbook needs plus a style sheet, in the store-only ZIP of the archive
 * feature. Cells are inline strings (no shared-string table), the first column wraps its lines,
 * header rows are bold. Enough for Excel, LibreOffice and Numbers to open the tableau as the
 * schools' own model does; no formulas, so nothing can run.
 */
import { crc32 } from '$lib/domain/archive/crc32.ts';
import { zipWriter } from '$lib/domain/archive/zip.ts';

export interface SheetOptions {
	/** Sheet tab name (31 characters at most, no []:*?/\). */
	name: string;
	/** Column widths in characters, from the first column; others keep the default. */
	widths?: readonly number[];
	/** Rows (0-based) written in bold. */
	boldRows?: readonly number[];
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Control characters other than tab and line breaks, and U+FFFE/U+FFFF: not allowed in XML 1.0. */
const FORBIDDEN = new Set(
	[
		...Array.from({ length: 32 }, (_, i) => i).filter((i) => ![9, 10, 13].includes(i)),
		0xfffe,
		0xffff
	].map((code) => String.fromCharCode(code))
);

/** XML text: escapes markup and drops the control characters XML 1.0 forbids. */
function text(value: string): string {
	return [...value]
		.filter((char) => !FORBIDDEN.has(char))
		.join('')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** `A`, `Z`, `AA`… for column index 0, 25, 26… */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

function sheetXml(grid: readonly (readonly string[])[], options: SheetOptions): string {
	const bold = new Set(options.boldRows ?? []);
	const cols = (options.widths ?? [])
		.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
		.join('');
	const rows = grid
		.map((row, r) => {
			const cells = row
				.map((value, c) => {
					if (value === '') return '';
					// Style 1: wrapped, top-aligned; 2: the same in bold.
					const style = bold.has(r) ? 2 : 1;
					return `<c r="${columnName(c)}${r + 1}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${text(value)}</t></is></c>`;
				})
				.join('');
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join('');
	return `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
}

const STYLES = `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function parts(grid: readonly (readonly string[])[], options: SheetOptions): [string, string][] {
	const name = text(options.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
	return [
		[
			'[Content_Types].xml',
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
		],
		[
			'_rels/.rels',
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		],
		[
			'xl/workbook.xml',
			`${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`
		],
		[
			'xl/_rels/workbook.xml.rels',
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
		],
		['xl/styles.xml', STYLES],
		['xl/worksheets/sheet1.xml', sheetXml(grid, options)]
	];
}

/** The workbook's bytes. `modified` is the date the ZIP entries carry. */
export function toXlsx(
	grid: readonly (readonly string[])[],
	options: SheetOptions,
	modified = new Date()
): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const zip = zipWriter(modified);
	const chunks: Uint8Array[] = [];
	for (const [name, content] of parts(grid, options)) {
		const bytes = encoder.encode(content);
		chunks.push(zip.header({ name, crc32: crc32(bytes), size: bytes.length }), bytes);
	}
	chunks.push(zip.finish());
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
