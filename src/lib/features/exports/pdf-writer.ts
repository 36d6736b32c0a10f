/**
 * A cursor over an A4 portrait jsPDF document (millimetres): writes wrapped text that flows onto
 * new pages, and lets callers reserve room so a heading is never left alone at a page bottom.
 * Page numbers and the footer are written at the end, once the page count is known.
 */
import type { jsPDF } from 'jspdf';
import { FONT } from './pdf-fonts.ts';

export const COLORS = {
	text: '#1f2937',
	muted: '#6b7280',
	accent: '#1e3a8a',
	rule: '#d1d5db',
	band: '#eef2ff',
	warn: '#b45309'
} as const;

export interface TextStyle {
	size?: number;
	bold?: boolean;
	color?: string;
	/** Extra left margin, in mm. */
	indent?: number;
	/** Space after the block, in mm. */
	after?: number;
}

const PT_TO_MM = 25.4 / 72;

/** French typography: a line never starts with » ; : ! ? nor ends with «. */
const bindPunctuation = (text: string) =>
	text.replace(/« /g, '«\u00a0').replace(/ ([»;:!?])/g, '\u00a0$1');

const LINE_FACTOR = 1.3;

export class PdfWriter {
	readonly doc: jsPDF;
	readonly margin = 18;
	readonly top = 18;
	readonly bottom: number;
	readonly width: number;
	y: number;

	constructor(doc: jsPDF) {
		this.doc = doc;
		this.bottom = doc.internal.pageSize.getHeight() - 20;
		this.width = doc.internal.pageSize.getWidth() - 2 * this.margin;
		this.y = this.top;
	}

	lineHeight(size: number): number {
		return size * PT_TO_MM * LINE_FACTOR;
	}

	newPage(): void {
		this.doc.addPage('a4', 'portrait');
		this.y = this.top;
	}

	/** Starts a new page unless `height` mm still fit below the cursor. */
	ensure(height: number): void {
		if (this.y + height > this.bottom && this.y > this.top) this.newPage();
	}

	private use(style: TextStyle): { size: number; x: number; width: number } {
		const size = style.size ?? 10;
		this.doc.setFont(FONT, style.bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		this.doc.setTextColor(style.color ?? COLORS.text);
		const indent = style.indent ?? 0;
		return { size, x: this.margin + indent, width: this.width - indent };
	}

	/** Lines `text` would take with this style (for reserving room). */
	lines(text: string, style: TextStyle = {}): string[] {
		const { width } = this.use(style);
		return bindPunctuation(text)
			.replace(/\r\n?/g, '\n')
			.split('\n')
			.flatMap((paragraph) =>
				paragraph.trim() === '' ? [''] : (this.doc.splitTextToSize(paragraph, width) as string[])
			);
	}

	height(text: string, style: TextStyle = {}): number {
		return this.lines(text, style).length * this.lineHeight(style.size ?? 10) + (style.after ?? 0);
	}

	/** Writes wrapped text, breaking pages between lines. */
	text(text: string, style: TextStyle = {}): void {
		const lines = this.lines(text, style);
		const { size, x } = this.use(style);
		const step = this.lineHeight(size);
		for (const line of lines) {
			this.ensure(step);
			// Baseline a little below the top of the line box.
			this.doc.text(line, x, this.y + size * PT_TO_MM);
			this.y += step;
		}
		this.y += style.after ?? 0;
	}

	/** A small bold label over its text; nothing at all when the text is empty. */
	field(label: string, value: string, style: TextStyle = {}): void {
		if (value.trim() === '') return;
		const indent = style.indent ?? 0;
		this.ensure(this.lineHeight(8.5) + this.lineHeight(style.size ?? 10) * 2);
		this.text(label, { size: 8.5, bold: true, color: COLORS.muted, indent });
		this.text(value, { after: 1.5, ...style });
	}

	rule(color: string = COLORS.rule, after = 3): void {
		this.doc.setDrawColor(color);
		this.doc.setLineWidth(0.3);
		this.doc.line(this.margin, this.y, this.margin + this.width, this.y);
		this.y += after;
	}

	gap(mm: number): void {
		this.y += mm;
	}

	/** « Page n / N » and the footer on every page. */
	finish(footer: string): void {
		const pages = this.doc.getNumberOfPages();
		const baseline = this.doc.internal.pageSize.getHeight() - 10;
		for (let page = 1; page <= pages; page++) {
			this.doc.setPage(page);
			this.use({ size: 8, color: COLORS.muted });
			this.doc.text(footer, this.margin, baseline);
			this.doc.text(`Page ${page} / ${pages}`, this.margin + this.width, baseline, {
				align: 'right'
			});
		}
	}
}
