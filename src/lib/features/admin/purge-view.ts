/**
 * The admin's view of the purges: which archived classes will be purged when, which journals
 * are due now and why some of them wait (the student has not been offered the export yet).
 */
import type { DueJournal, PurgeReport } from '$lib/domain/lifecycle/purge-report';
import type { ClassStudent, ClassSummary } from './admin-types.ts';

export type { DueJournal, PurgeReport };

export interface DueClass {
	classId: string;
	className: string;
	purgeAfter: string;
	students: { studentId: string; name: string; waiting: boolean }[];
}

/** Archived classes whose purge date is still ahead, soonest first. */
export function upcomingPurges(classes: ClassSummary[], due: DueJournal[]): ClassSummary[] {
	const dueIds = new Set(due.map((d) => d.classId));
	return classes
		.filter((c) => c.status === 'archived' && c.purgeAfter && !dueIds.has(c.id))
		.sort((a, b) => (a.purgeAfter ?? '').localeCompare(b.purgeAfter ?? ''));
}

/** The due journals grouped by class, named (students of a class come from its list). */
export function dueByClass(
	due: DueJournal[],
	classes: ClassSummary[],
	studentsOf: Map<string, ClassStudent[]>
): DueClass[] {
	const names = new Map(classes.map((c) => [c.id, c.name]));
	const groups = new Map<string, DueClass>();
	for (const item of due) {
		const group = groups.get(item.classId) ?? {
			classId: item.classId,
			className: names.get(item.classId) ?? 'Classe',
			purgeAfter: item.purgeAfter,
			students: []
		};
		const student = studentsOf.get(item.classId)?.find((s) => s.id === item.studentId);
		group.students.push({
			studentId: item.studentId,
			name: student?.displayName ?? `Élève ${item.studentId}`,
			waiting: item.waiting === 'export-not-offered'
		});
		groups.set(item.classId, group);
	}
	return [...groups.values()];
}

/** What a run did, in one French sentence. */
export function reportMessage(report: PurgeReport): string {
	const parts = [
		report.purged.length === 0
			? 'Aucun carnet supprimé'
			: `${report.purged.length} carnet${report.purged.length > 1 ? 's' : ''} supprimé${report.purged.length > 1 ? 's' : ''}`
	];
	if (report.waiting.length > 0)
		parts.push(`${report.waiting.length} en attente de l’offre d’export`);
	if (report.auditExpired > 0)
		parts.push(
			`${report.auditExpired} événement${report.auditExpired > 1 ? 's' : ''} du journal d’audit effacé${report.auditExpired > 1 ? 's' : ''}`
		);
	return `${parts.join(' ; ')}.`;
}
