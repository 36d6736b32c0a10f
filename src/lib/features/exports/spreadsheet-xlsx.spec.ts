import { describe, expect, it } from 'vitest';
import { crc32 } from '$lib/domain/archive/crc32.ts';
import {
	findCentralDirectory,
	localDataOffset,
	readCentralDirectory
} from '$lib/domain/archive/zip.ts';
import { columnName, toXlsx } from './spreadsheet-xlsx.ts';

/**
 * One part of the workbook, read through the central directory with its CRC checked (the browser
 * test also opens the file with Info-ZIP's `unzip`).
 */
function readPart(bytes: Uint8Array, part: string): string {
	const { offset, size, count } = findCentralDirectory(bytes, 0);
	const entry = readCentralDirectory(bytes.subarray(offset, offset + size), count).find(
		(e) => e.name === part
	);
	if (!entry) throw new Error(`missing ${part}`);
	const start = localDataOffset(entry, bytes.subarray(entry.headerOffset, entry.headerOffset + 30));
	const data = bytes.subarray(start, start + entry.size);
	expect(crc32(data)).toBe(entry.crc32);
	return new TextDecoder().decode(data);
}

describe('toXlsx', () => {
	it('names columns like a spreadsheet', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});

	it('writes a valid ZIP with the workbook parts and inline strings, accents kept', () => {
		const bytes = toXlsx(
			[
				['Réalisations « GLPI » & co', 'Période'],
				['Projet\n– Cahier des charges', '01/06/26 au 03/07/26', 'X'],
				['', '', '', '=1+1 <script>\u0007']
			],
			{ name: 'Tableau de synthèse', widths: [60, 20], boldRows: [0] },
			new Date('2026-11-23T12:00:00Z')
		);
		const sheet = readPart(bytes, 'xl/worksheets/sheet1.xml');
		expect(sheet).toContain(
			'<c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">Réalisations « GLPI » &amp; co</t></is></c>'
		);
		expect(sheet).toContain('<t xml:space="preserve">Projet\n– Cahier des charges</t>');
		expect(sheet).toContain(
			'<c r="C2" s="1" t="inlineStr"><is><t xml:space="preserve">X</t></is></c>'
		);
		// A formula-looking text stays an inline string: nothing is ever computed.
		expect(sheet).toContain(
			'<c r="D3" s="1" t="inlineStr"><is><t xml:space="preserve">=1+1 &lt;script&gt;</t>'
		);
		expect(sheet).not.toContain('<f>');
		expect(sheet).toContain('<col min="1" max="1" width="60" customWidth="1"/>');
		expect(readPart(bytes, 'xl/workbook.xml')).toContain('<sheet name="Tableau de synthèse"');
		expect(readPart(bytes, '[Content_Types].xml')).toContain('/xl/worksheets/sheet1.xml');
		// The default « Normal » style: readers (openpyxl, Excel) expect it in the stylesheet.
		expect(readPart(bytes, 'xl/styles.xml')).toContain(
			'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
		);
	});
});
