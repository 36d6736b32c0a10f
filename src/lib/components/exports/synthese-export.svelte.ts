/**
 * State of the tableau de synthèse buttons (PDF, CSV). The exporter and jsPDF are imported only
 * when asked. The journal is the student's own or, on a teacher's device, the replica of one
 * student's journal.
 */
import { journalName, openJournal } from '$lib/data/journal-db';
import { reportExport } from '$lib/features/audit/report-export';

export type SyntheseFormat = 'pdf' | 'csv' | 'xlsx';

export class SyntheseExportAction {
	#busy = $state<SyntheseFormat | null>(null);
	#error = $state<string | null>(null);
	#done = $state<string | null>(null);
	#warnings = $state<string[]>([]);
	readonly #owner: () => string | null;

	/** `owner`: the user id of the journal (the student's own, or a student a teacher follows). */
	constructor(owner: () => string | null) {
		this.#owner = owner;
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
			const owner = this.#owner();
			if (!owner) throw new Error('Aucun utilisateur connecté.');
			const exporter = await import('$lib/features/exports/export-pdf');
			const db = openJournal(owner);
			const exports = {
				pdf: exporter.exportSynthesePdf,
				csv: exporter.exportSyntheseCsv,
				xlsx: exporter.exportSyntheseXlsx
			};
			const result = await exports[format](db);
			exporter.downloadBlob(result.blob, result.filename);
			this.#done = result.filename;
			this.#warnings = result.warnings;
			// The school's audit trail records who exported what (best effort, queued offline).
			void reportExport({
				kind: format === 'pdf' ? 'synthese' : `synthese-${format}`,
				journalId: journalName(owner)
			});
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
