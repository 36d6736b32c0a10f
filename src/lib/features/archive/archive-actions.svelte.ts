/**
 * State of the « Mes données » card of /parametres: export to a file, import from one, with the
 * report of the last import. The archive code is loaded on demand.
 */
import { downloadBlob } from '$lib/features/exports/download';
import { currentUser } from '$lib/features/session/current-user.svelte';
import { userJournal } from '$lib/features/session/user-journal';
import type { ImportReport } from './import-archive';

export class ArchiveActions {
	exporting = $state(false);
	importing = $state(false);
	exportMessage = $state('');
	exportError = $state('');
	report = $state<ImportReport | null>(null);

	async export(): Promise<void> {
		const session = currentUser.session;
		if (!session || this.exporting) return;
		this.exporting = true;
		this.exportError = '';
		this.exportMessage = '';
		try {
			const { exportArchive } = await import('./export-archive');
			const archive = await exportArchive(userJournal(), session);
			downloadBlob(archive.blob, archive.filename);
			const size = (archive.blob.size / 1_000_000).toLocaleString('fr-FR', {
				maximumFractionDigits: 1
			});
			this.exportMessage = `Archive prête : ${archive.documentCount} documents dont ${archive.photoCount} photos (${size} Mo), « ${archive.filename} ».`;
		} catch {
			this.exportError = 'L’archive n’a pas pu être créée sur cet appareil. Réessayez.';
		} finally {
			this.exporting = false;
		}
	}

	async import(file: File): Promise<void> {
		const userId = currentUser.userId;
		if (!userId || this.importing) return;
		this.importing = true;
		this.report = null;
		try {
			const { importArchive } = await import('./import-archive');
			this.report = await importArchive(userJournal(), userId, file);
		} catch {
			this.report = {
				fatal:
					'L’import a échoué sur cet appareil : rien n’a été modifié de ce qui y était déjà. Réessayez.',
				imported: 0,
				unchanged: 0,
				keptHere: [],
				merged: [],
				errors: []
			};
		} finally {
			this.importing = false;
		}
	}
}
