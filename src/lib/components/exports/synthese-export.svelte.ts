/**
 * State of the tableau de synthèse buttons (PDF, CSV). The exporter and jsPDF are imported only
 * when asked. `journal` is the student's own journal or, on a teacher's device, the replica of
 * one student's journal.
 */
import type { JournalDb } from '$lib/data/journal-db';

export type SyntheseFormat = 'pdf' | 'csv';

export class SyntheseExportAction {
	#busy = $state<SyntheseFormat | null>(null);
	#error = $state<string | null>(null);
	#done = $state<string | null>(null);
	#warnings = $state<string[]>([]);
	readonly #journal: () => JournalDb;

	constructor(journal: () => JournalDb) {
		this.#journal = journal;
	}

	get busy(): SyntheseFormat | null {
		return this.#busy;
	}
	get error(): string | null {
		return this.#error;
	}
	get done(): string | null {
		return this.#done;
	}
	get warnings(): string[] {
		return this.#warnings;
	}

	async run(format: SyntheseFormat): Promise<void> {
		if (this.#busy) return;
		this.#busy = format;
		this.#error = null;
		this.#done = null;
		try {
			const exporter = await import('$lib/features/exports/export-pdf');
			const db = this.#journal();
			const result =
				format === 'pdf'
					? await exporter.exportSynthesePdf(db)
					: await exporter.exportSyntheseCsv(db);
			exporter.downloadBlob(result.blob, result.filename);
			this.#done = result.filename;
			this.#warnings = result.warnings;
		} catch (error) {
			this.#error =
				error instanceof Error && error.message
					? error.message
					: 'Le tableau de synthèse n’a pas pu être créé. Réessayez.';
		} finally {
			this.#busy = null;
		}
	}
}
