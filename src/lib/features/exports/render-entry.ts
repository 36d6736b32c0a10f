/** Draws the entries of a day: text, référentiel activities, tools, and photos two by two. */
import type { PdfEntry, PdfPhoto } from '$lib/domain/exports/index.ts';
import type { PdfImage } from './pdf-photos.ts';
import { COLORS, type PdfWriter } from './pdf-writer.ts';

export type ImageMap = Map<string, PdfImage | null>;

const INDENT = 4;
const GAP = 6;
const PHOTO_MAX_HEIGHT = 62;
const CAPTION = { size: 8, color: COLORS.muted } as const;

export function drawEntry(w: PdfWriter, entry: PdfEntry, images: ImageMap): void {
	const body = { indent: INDENT, size: 10 };
	// The time line never sits alone at a page bottom: keep it with two lines of text.
	w.ensure(w.lineHeight(10) * 3);
	w.text(entry.time, { bold: true, color: COLORS.accent, indent: INDENT, size: 9.5 });
	if (entry.text.trim() !== '') w.text(entry.text, { ...body, after: 1 });
	if (entry.activities.length > 0) {
		const list = entry.activities.map((a) => (a.label ? `${a.id} ${a.label}` : a.id)).join(' · ');
		w.field('Activités du référentiel', list, { ...body, size: 9 });
	}
	if (entry.tools.length > 0) w.field('Outils', entry.tools.join(', '), { ...body, size: 9 });
	w.field('Difficultés', entry.difficulties, body);
	w.field('Ce que j’ai appris', entry.learned, body);
	drawPhotos(w, entry.photos, images);
	w.gap(2.5);
}

function drawPhotos(w: PdfWriter, photos: PdfPhoto[], images: ImageMap): void {
	const cell = (w.width - INDENT - GAP) / 2;
	for (let i = 0; i < photos.length; i += 2) {
		const row = photos.slice(i, i + 2).map((photo) => ({ photo, ...fit(photo, cell) }));
		const captions = row.map((r) => captionLines(w, r.photo, cell));
		const imageHeight = Math.max(...row.map((r) => r.height));
		const captionHeight = Math.max(...captions.map((c) => c.length)) * w.lineHeight(CAPTION.size);
		w.ensure(imageHeight + captionHeight + 4);
		const top = w.y + 1;
		row.forEach((r, column) => {
			const x = w.margin + INDENT + column * (cell + GAP);
			const image = images.get(r.photo.id);
			if (image) {
				w.doc.addImage(image.data, 'JPEG', x, top, r.width, r.height, r.photo.id, 'NONE');
			} else {
				w.doc.setDrawColor(COLORS.rule);
				w.doc.rect(x, top, r.width, r.height);
				w.doc.setFontSize(8);
				w.doc.setTextColor(COLORS.muted);
				w.doc.text('Photo indisponible', x + 3, top + 6);
			}
			w.doc.setFontSize(CAPTION.size);
			w.doc.setTextColor(CAPTION.color);
			w.doc.text(captions[column] ?? [], x, top + r.height + 3.5);
		});
		w.y = top + imageHeight + captionHeight + 3;
	}
}

/** The photo fitted in a cell, never taller than a third of the page. */
function fit(photo: PdfPhoto, cell: number): { width: number; height: number } {
	const scale = Math.min(cell / photo.width, PHOTO_MAX_HEIGHT / photo.height);
	return { width: photo.width * scale, height: photo.height * scale };
}

function captionLines(w: PdfWriter, photo: PdfPhoto, cell: number): string[] {
	if (photo.caption.trim() === '') return [];
	const lines = w.lines(photo.caption, { ...CAPTION, indent: w.width - cell });
	return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}
