/**
 * Tells the audit trail an archive was exported (`features/audit`, loaded on demand). A failed
 * report never fails the export: the file is already the student's, and `reportExport` queues
 * it while offline.
 */
export async function reportArchiveExport(journalId: string): Promise<void> {
	try {
		const { reportExport } = await import('$lib/features/audit/report-export');
		await reportExport({ kind: 'archive', journalId });
	} catch {
		// Best effort, as the audit feature itself says.
	}
}
