/**
 * The school year of a class: year 1 → year 2 (promotion, same journals), then archiving at the
 * end of the exam session (journals read-only, purge date set). Every change clears the access
 * cache and is recorded in the audit trail (ids only).
 */
import type { ClassDoc, UserDoc } from '../accounts/account-types.ts';
import type { Caller, Services } from '../api/context.ts';
import { HttpError } from '../http/respond.ts';
import { defaultPurgeAfter, isIsoDate, isoDay } from './dates.ts';
import { updateDoc } from './update-doc.ts';

export interface ClassSummary {
	id: string;
	name: string;
	createdAt: string;
	year: 1 | 2;
	status: 'active' | 'archived' | 'purged';
	studentCount: number;
	archivedAt?: string;
	purgeAfter?: string;
	purgedAt?: string;
}

export function summary(doc: ClassDoc, studentCount: number): ClassSummary {
	return {
		id: doc.id,
		name: doc.name,
		createdAt: doc.createdAt,
		year: doc.year ?? 1,
		status: doc.status ?? 'active',
		studentCount,
		...(doc.archivedAt ? { archivedAt: doc.archivedAt } : {}),
		...(doc.purgeAfter ? { purgeAfter: doc.purgeAfter } : {}),
		...(doc.purgedAt ? { purgedAt: doc.purgedAt } : {})
	};
}

export async function listClassSummaries(services: Services): Promise<ClassSummary[]> {
	const classes = await services.accounts.listClasses();
	const counts = new Map<string, number>();
	for (const id of await services.accounts.idsWithPrefix('member:')) {
		const classId = id.split(':')[1] ?? '';
		counts.set(classId, (counts.get(classId) ?? 0) + 1);
	}
	return classes
		.map((doc) => summary(doc, counts.get(doc.id) ?? 0))
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

async function requireClass(services: Services, classId: string): Promise<ClassDoc> {
	const found = /^[a-z0-9]+$/.test(classId)
		? await services.accounts.get<ClassDoc>(`class:${classId}`)
		: null;
	if (!found || found.type !== 'class') throw new HttpError(404, 'Classe introuvable.');
	return found;
}

export async function promoteClass(services: Services, caller: Caller, classId: string) {
	const doc = await requireClass(services, classId);
	if ((doc.status ?? 'active') !== 'active') throw new HttpError(409, 'Cette classe est archivée.');
	if ((doc.year ?? 1) === 2) throw new HttpError(409, 'Cette classe est déjà en 2e année.');
	const studentIds = await services.accounts.studentsOfClass(classId);
	// Students first, the class last: a retry after a failure finishes the job.
	for (const studentId of studentIds) {
		await updateDoc<UserDoc>(services.accounts, `user:${studentId}`, (user) =>
			user.role === 'student' && user.trainingYear !== 2 ? { ...user, trainingYear: 2 } : null
		);
	}
	await updateDoc<ClassDoc>(services.accounts, doc._id, (current) =>
		current.year === 2 ? null : { ...current, year: 2 }
	);
	services.audit.note({
		actorId: caller.user.id,
		actorRole: caller.user.role,
		action: 'promoted',
		target: `class:${classId}`,
		details: { year: 2, students: studentIds.length }
	});
	return { id: classId, year: 2 as const, promoted: studentIds.length };
}

export async function archiveClass(
	services: Services,
	caller: Caller,
	classId: string,
	body: Record<string, unknown>,
	now: number = Date.now()
) {
	const doc = await requireClass(services, classId);
	if (doc.status === 'purged') throw new HttpError(409, 'Cette classe a déjà été purgée.');
	let purgeAfter: string;
	if (body.purgeAfter === undefined || body.purgeAfter === null) {
		purgeAfter =
			doc.purgeAfter ?? defaultPurgeAfter(now, (await services.settings.get()).purgeDelayYears);
	} else {
		if (!isIsoDate(body.purgeAfter))
			throw new HttpError(400, 'Date de purge invalide (AAAA-MM-JJ).');
		purgeAfter = body.purgeAfter;
	}
	if (purgeAfter <= isoDay(now))
		throw new HttpError(400, 'La date de purge doit être postérieure à aujourd’hui.');
	const archivedAt = doc.archivedAt ?? new Date(now).toISOString();
	await updateDoc<ClassDoc>(services.accounts, doc._id, (current) => ({
		...current,
		status: 'archived',
		archivedAt: current.archivedAt ?? archivedAt,
		purgeAfter
	}));
	services.access.forget();
	services.audit.note({
		actorId: caller.user.id,
		actorRole: caller.user.role,
		action: 'archived',
		target: `class:${classId}`,
		details: { purgeAfter }
	});
	return { id: classId, status: 'archived' as const, archivedAt, purgeAfter };
}
