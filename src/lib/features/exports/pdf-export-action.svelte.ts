/**
 * One « Exporter en PDF » button's state. The exporter (and jsPDF with it) is imported only
 * when the student asks for a PDF, so it never weighs on the pages that do not.
 */
import { reportExport } from '$lib/features/audit/report-export.ts';
import { journalName } from '$lib/data/journal-db.ts';
import { currentUser } from '$lib/features/session/current-user.svelte.ts';
import { userJournal } from '$lib/features/session/user-journal.ts';

export type PdfTarget = { kind: 'week'; weekId: string } | { kind: 'journal'; stageId: string };

export class PdfExportAction {
	#busy = $state(false);
	#error = $state<string | null>(null);
	#done = $state<string | null>(null);

	get busy(): boolean {
		return this.#busy;
	}
	get error(): string | null {
		return this.#error;
	}
	/** The file name of the last PDF made, to confirm it to the student. */
	get done(): string | null {
		return this.#done;
	}

	async run(target: PdfTarget): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		this.#error = null;
		this.#done = null;
		try {
			const db = userJournal();
			const exporter = await import('./export-pdf.ts');
			const pdf =
				target.kind === 'week'
					? await exporter.exportWeekPdf(db, target.weekId)
					: await exporter.exportJournalPdf(db, target.stageId);
			exporter.downloadBlob(pdf.blob, pdf.filename);
			this.#done = pdf.filename;
			// The school's audit trail records who exported what (best effort, queued offline).
			if (currentUser.userId) {
				void reportExport({ kind: 'pdf', journalId: journalName(currentUser.userId) });
			}
		} catch (error) {
			this.#error =
				error instanceof Error && error.message
					? error.message
					: 'Le PDF n’a pas pu être créé. Réessayez.';
		} finally {
			this.#busy = false;
		}
	}
}
