/**
 * The tableau de synthèse as a grid of cells, for the spreadsheet exports: the same rows and
 * columns as the PDF (two header rows: competences over their sub-competences), so a school that
 * retypes it into the official .xlsx copies cell by cell.
 */
import type { SyntheseModel } from './synthese.ts';

/** Title, place and documents share the model's first column: one cell, one line each. */
export function achievementCell(row: {
	title: string;
	organisation: string;
	documents: readonly string[];
}): string {
	return [row.title, row.organisation, ...row.documents.map((d) => `– ${d}`)]
		.filter(Boolean)
		.join('\n');
}

export function syntheseGrid(model: SyntheseModel): string[][] {
	const width = 2 + model.subCompetenceIds.length;
	const line = (...cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
	const competenceRow = line(model.columns.achievement, model.columns.period);
	const subRow = line('', '');
	let column = 2;
	for (const competence of model.competences) {
		competenceRow[column] = `${competence.id.slice(1)} ${competence.label}`;
		for (const sub of competence.subCompetences)
			subRow[column++] = `${sub.id.slice(1)} ${sub.label}`;
	}
	const grid = [
		line(model.title),
		line(model.exam),
		...model.header.map((h) => line(h.label, h.value)),
		line(),
		competenceRow,
		subRow
	];
	for (const group of model.groups) {
		grid.push(line(group.label));
		for (const row of group.rows) {
			grid.push([achievementCell(row), row.period, ...row.ticks.map((t) => (t ? model.tick : ''))]);
		}
	}
	return grid;
}

/** Rows of the grid that are titles, column headers or group labels (bold in a workbook). */
export function syntheseHeadingRows(model: SyntheseModel, grid: readonly string[][]): number[] {
	const labels = new Set([
		model.title,
		model.exam,
		model.columns.achievement,
		...model.groups.map((g) => g.label)
	]);
	const rows: number[] = [];
	grid.forEach((row, i) => {
		if (labels.has(row[0] ?? '')) rows.push(i);
		if (row[0] === model.columns.achievement) rows.push(i + 1);
	});
	return rows;
}
