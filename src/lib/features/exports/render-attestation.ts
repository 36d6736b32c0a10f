/**
 * Draws the attestation de stage on portrait A4: the fields of the national model, then « Fait
 * à …, le … » and the host organisation's signature box (blank to sign by hand, or holding the
 * tutor's signature given in the app, with its verification code). Imported on demand.
 */
import { jsPDF } from 'jspdf';
import type { AttestationPdfModel } from '$lib/domain/attestation/attestation-pdf-model.ts';
import { embedFonts, FONT } from './pdf-fonts.ts';
import { COLORS, PdfWriter } from './pdf-writer.ts';

const LABEL_WIDTH = 52;
const BOX = { width: 92, height: 40 };
const SIGNATURE = { width: 52, height: 15 };

function drawRows(w: PdfWriter, rows: AttestationPdfModel['sections'][number]['rows']): void {
	for (const { label, value } of rows) {
		w.ensure(Math.min(w.height(value, { size: 10, indent: LABEL_WIDTH }), 40));
		const top = w.y;
		// The label wraps inside its column, so a long one never runs under the value.
		w.doc.setFont(FONT, 'bold');
		w.doc.setFontSize(9);
		const labelLines = w.doc.splitTextToSize(label, LABEL_WIDTH - 4) as string[];
		w.text(labelLines.join('\n'), { size: 9, bold: true, color: COLORS.muted });
		const afterLabel = w.y;
		w.y = top;
		w.text(value, { size: 10, indent: LABEL_WIDTH });
		w.y = Math.max(w.y, afterLabel) + 1.2;
	}
}

function imageSize(doc: jsPDF, dataUrl: string): { width: number; height: number } | null {
	try {
		const { width, height } = doc.getImageProperties(dataUrl);
		const scale = Math.min(SIGNATURE.width / width, SIGNATURE.height / height);
		return { width: width * scale, height: height * scale };
	} catch {
		return null;
	}
}

/** The box the host organisation signs in, right-aligned, never split across pages. */
function drawSignatureBox(w: PdfWriter, model: AttestationPdfModel): void {
	w.ensure(BOX.height + 4);
	const x = w.margin + w.width - BOX.width;
	const top = w.y;
	// « Fait à …, le … » to the left of the box, as on paper forms.
	w.gap(4);
	w.text('Fait à ……………………………………', { size: 10, after: 4 });
	w.text('le ………………………………………', { size: 10 });
	w.y = top;
	const signed = model.signature;
	const inner = { indent: w.width - BOX.width + 3 };
	w.gap(2.5);
	w.text('Signature et cachet de l’organisme d’accueil', { ...inner, size: 9, bold: true });
	if (model.signatory) w.text(model.signatory, { ...inner, size: 9, color: COLORS.muted });
	if (signed) {
		const size = imageSize(w.doc, signed.image);
		if (size) {
			w.doc.addImage(signed.image, 'PNG', x + 3, w.y + 1, size.width, size.height);
			w.gap(size.height + 2);
		}
		w.text(`${signed.signerName} — ${signed.dateLabel}`, { ...inner, size: 8.5 });
		w.text(`Code de vérification : ${signed.verificationCode}`, {
			...inner,
			size: 8.5,
			bold: true
		});
		if (signed.outdated) {
			w.text('Attestation modifiée après cette signature : elle doit être signée à nouveau.', {
				...inner,
				size: 8,
				color: COLORS.warn
			});
		}
	}
	// Drawn last, around whatever it holds.
	const height = Math.max(BOX.height, w.y - top + 2);
	w.doc.setDrawColor(signed?.outdated ? COLORS.warn : COLORS.text);
	w.doc.setLineWidth(0.3);
	w.doc.roundedRect(x, top, BOX.width, height, 1.5, 1.5);
	w.y = top + height + 4;
}

export async function renderAttestationPdf(
	model: AttestationPdfModel,
	subject: string
): Promise<Blob> {
	const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
	await embedFonts(doc);
	const w = new PdfWriter(doc);
	w.text(model.title.toLocaleUpperCase('fr'), {
		size: 18,
		bold: true,
		color: COLORS.accent,
		after: 3
	});
	w.text(model.intro, { size: 10, after: 3 });
	for (const section of model.sections) {
		w.ensure(20);
		w.text(section.title, { size: 11.5, bold: true, color: COLORS.accent, after: 0.8 });
		w.rule(COLORS.rule, 1.8);
		drawRows(w, section.rows);
		w.gap(1.5);
	}
	w.gap(2);
	drawSignatureBox(w, model);
	w.finish(model.footer);
	doc.setProperties({ title: `${model.title} — ${subject}`, subject, creator: 'Carnet de stage' });
	doc.setLanguage('fr');
	return doc.output('blob');
}
