import { describe, expect, it } from 'vitest';
import { toCsv } from './spreadsheet-csv.ts';

describe('toCsv', () => {
	it('writes UTF-8 with a BOM, semicolons and CRLF', () => {
		expect(
			toCsv([
				['Période', 'X'],
				['a', '']
			])
		).toBe('\uFEFFPériode;X\r\na;\r\n');
	});

	it('quotes cells with separators, quotes or line breaks', () => {
		expect(toCsv([['a;b', 'dit « oui » "non"', 'l1\nl2']])).toBe(
			'\uFEFF"a;b";"dit « oui » ""non""";"l1\nl2"\r\n'
		);
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(toCsv([['=HYPERLINK("x")', '+33 6', '@SUM', 'ok']])).toBe(
			'\uFEFF"\'=HYPERLINK(""x"")";\'+33 6;\'@SUM;ok\r\n'
		);
	});
});
