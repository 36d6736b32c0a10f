/** `GET /api/classes/mine`: a teacher's classes with their students and journals. */
import type { ServerResponse } from 'node:http';
import type { ClassDoc, UserDoc } from '../accounts/account-types.ts';
import { HttpError, sendJson } from '../http/respond.ts';
import type { Caller, Services } from './context.ts';

export async function myClasses(
	res: ServerResponse,
	services: Services,
	caller: Caller
): Promise<void> {
	if (caller.user.role !== 'teacher') throw new HttpError(403, 'Réservé aux enseignant·es.');
	const { accounts } = services;
	const classIds = await accounts.classesOfTeacher(caller.user.id);
	const classes = await accounts.getMany<ClassDoc>(classIds.map((id) => `class:${id}`));
	const result = [];
	for (const schoolClass of classes) {
		const ids = await accounts.studentsOfClass(schoolClass.id);
		const students = (await accounts.getMany<UserDoc>(ids.map((id) => `user:${id}`)))
			.filter((student) => student.role === 'student')
			.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'))
			.map((student) => ({
				id: student.id,
				displayName: student.displayName,
				journal: `journal_${student.id}`
			}));
		result.push({ id: schoolClass.id, name: schoolClass.name, students });
	}
	result.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	sendJson(res, 200, result);
}
