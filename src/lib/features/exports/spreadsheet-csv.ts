/**
 * CSV for French spreadsheet software: UTF-8 with a byte order mark (without it Excel reads the
 * accents as Windows-1252), `;` between cells (`,` is the French decimal separator), CRLF.
 */
const BOM = '\uFEFF';

/**
 * A cell that starts like a formula would be run by the spreadsheet (CSV injection): such cells
 * get a leading apostrophe, which spreadsheets show as text.
 */
function escapeCell(cell: string): string {
	const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
	return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(grid: readonly (readonly string[])[]): string {
	return BOM + grid.map((row) => row.map(escapeCell).join(';')).join('\r\n') + '\r\n';
}
