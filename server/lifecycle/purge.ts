/**
 * The purge of archived classes: once the last day kept (`purgeAfter`) is over, each student's
 * data is deleted (student-deletion.ts) — but only after the app has shown that student « Exportez
 * vos données avant le … » since the archiving; until then the purge waits and the admin sees
 * why. The same run deletes the audit events older than the school's retention
 * (`auditRetentionMonths`). Runs on a timer in the gateway and on demand
 * (`POST /api/admin/purges/run`).
 */
import { randomBytes } from 'node:crypto';
import type { ClassDoc, UserDoc } from '../accounts/account-types.ts';
import type { Services } from '../api/context.ts';
import type { DueJournal, PurgeReport } from '../../src/lib/domain/lifecycle/purge-report.ts';
import { dayIsOver } from './dates.ts';
import { releasePurgeLease, takePurgeLease } from './purge-lease.ts';
import { deleteStudent } from './student-deletion.ts';
import { updateDoc } from './update-doc.ts';

export type { DueJournal, PurgeReport };

/** Whether the student was shown the export offer after their class was archived. */
export function exportWasOffered(student: UserDoc, archivedAt: string): boolean {
	return student.exportOfferedAt !== undefined && student.exportOfferedAt >= archivedAt;
}

async function dueClasses(services: Services, now: number): Promise<ClassDoc[]> {
	return (await services.accounts.listClasses()).filter(
		(doc) =>
			doc.status === 'archived' &&
			doc.archivedAt !== undefined &&
			doc.purgeAfter !== undefined &&
			dayIsOver(doc.purgeAfter, now)
	);
}

async function studentsOf(services: Services, classId: string): Promise<UserDoc[]> {
	const ids = await services.accounts.studentsOfClass(classId);
	const users = await services.accounts.getMany<UserDoc>(ids.map((id) => `user:${id}`));
	return users.filter((user) => user.role === 'student');
}

/** What a purge would do now, without doing it (admin screen). */
export async function listDue(services: Services, now: number): Promise<DueJournal[]> {
	const due: DueJournal[] = [];
	for (const doc of await dueClasses(services, now)) {
		for (const student of await studentsOf(services, doc.id)) {
			due.push({
				classId: doc.id,
				studentId: student.id,
				journal: `journal_${student.id}`,
				purgeAfter: doc.purgeAfter!,
				...(exportWasOffered(student, doc.archivedAt!) ? {} : { waiting: 'export-not-offered' })
			});
		}
	}
	return due;
}

export async function runPurge(services: Services, now: number): Promise<PurgeReport> {
	const report: PurgeReport = { purged: [], waiting: [], auditExpired: 0 };
	for (const doc of await dueClasses(services, now)) {
		let left = 0;
		for (const student of await studentsOf(services, doc.id)) {
			const journal = `journal_${student.id}`;
			if (!exportWasOffered(student, doc.archivedAt!)) {
				left++;
				report.waiting.push({
					classId: doc.id,
					studentId: student.id,
					journal,
					reason: 'export-not-offered'
				});
				continue;
			}
			await deleteStudent(services, student, 'purge', now);
			report.purged.push({ classId: doc.id, studentId: student.id, journal });
			await services.audit.record({
				actorId: 'system',
				actorRole: 'system',
				action: 'purged',
				target: journal,
				details: { classId: doc.id, purgeAfter: doc.purgeAfter! },
				at: now
			});
		}
		if (left === 0) {
			await updateDoc<ClassDoc>(services.accounts, doc._id, (current) => ({
				...current,
				status: 'purged',
				purgedAt: new Date(now).toISOString()
			}));
			await services.audit.record({
				actorId: 'system',
				actorRole: 'system',
				action: 'purged',
				target: `class:${doc.id}`,
				details: { purgeAfter: doc.purgeAfter! },
				at: now
			});
		}
	}
	const { auditRetentionMonths } = await services.settings.get();
	report.auditExpired = await services.audit.expire(monthsBefore(now, auditRetentionMonths));
	return report;
}

/** The instant `months` calendar months before `now` (UTC), as ISO. */
export function monthsBefore(now: number, months: number): string {
	const date = new Date(now);
	date.setUTCMonth(date.getUTCMonth() - months);
	return date.toISOString();
}

/** A run that takes longer than this lets another instance take over (purge-lease.ts). */
const LEASE_MS = 30 * 60_000;

/**
 * Runs the purge every `intervalMs` (PURGE_INTERVAL_MINUTES); one run at a time, across every
 * gateway sharing the database (a lease in the accounts database). The timer does not keep the
 * process alive. Returns the function that stops it.
 */
export function startPurgeScheduler(
	services: Services,
	intervalMs: number,
	now: () => number = Date.now
): () => void {
	let running = false;
	const holder = `gateway:${randomBytes(6).toString('hex')}`;
	const tick = () => {
		if (running) return;
		running = true;
		(async () => {
			if (!(await takePurgeLease(services.accounts, holder, now(), LEASE_MS))) return;
			try {
				await runPurge(services, now());
			} finally {
				await releasePurgeLease(services.accounts, holder);
			}
		})()
			.catch((error: unknown) => console.error(`[purge] ${(error as Error).name}`))
			.finally(() => (running = false));
	};
	const timer = setInterval(tick, intervalMs);
	timer.unref();
	const first = setTimeout(tick, 5_000);
	first.unref();
	return () => {
		clearInterval(timer);
		clearTimeout(first);
	};
}
