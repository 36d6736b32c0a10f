/**
 * The classes a teacher teaches, as the gateway knows them (`GET /api/classes/mine`), for the
 * dashboard's class filter: the class a student typed in their profile is free text and may be
 * wrong or missing. Kept on the device so an offline open still filters.
 */
import { getSetting, setSetting } from '$lib/data/device-db';
import { gatewayJson } from '$lib/features/invitation/gateway-json';

export interface TeacherClass {
	id: string;
	name: string;
	studentIds: string[];
}

interface ClassBody {
	id: string;
	name: string;
	students: { id: string }[];
}

/** Never throws: offline or refused, the list stored last time (or none). */
export async function teacherClasses(userId: string): Promise<TeacherClass[]> {
	const key = `teacher-classes:${userId}`;
	try {
		const body = await gatewayJson<ClassBody[]>('/api/classes/mine');
		const classes = body.map((c) => ({
			id: c.id,
			name: c.name,
			studentIds: c.students.map((s) => s.id)
		}));
		await setSetting(key, classes);
		return classes;
	} catch {
		return getSetting<TeacherClass[]>(key, []);
	}
}
