/**
 * `GET /api/admin/people`: every account with its links, for the admin screens (assign a
 * teacher, link a tutor, name the actors of the audit trail, which holds ids only).
 */
import type { UserDoc } from '../accounts/account-types.ts';
import type { Services } from './context.ts';

export interface Person {
	id: string;
	username: string;
	displayName: string;
	role: UserDoc['role'];
	/** Students: their class; teachers: the classes they teach. */
	classIds: string[];
	/** Tutors: the students they follow. */
	studentIds: string[];
	/** Students: option and year of training. */
	option?: 'SISR' | 'SLAM';
	trainingYear?: 1 | 2;
	/** Tutors opened by an invitation link (no password). */
	invited?: true;
}

/** `kind:<from>:<to>` link ids → map from → [to] (or to → [from] when `reverse`). */
async function links(services: Services, kind: string, reverse = false) {
	const map = new Map<string, string[]>();
	for (const id of await services.accounts.idsWithPrefix(`${kind}:`)) {
		const [, from = '', to = ''] = id.split(':');
		const [key, value] = reverse ? [to, from] : [from, to];
		map.set(key, [...(map.get(key) ?? []), value]);
	}
	return map;
}

export async function listPeople(services: Services): Promise<Person[]> {
	const users = await services.accounts.getMany<UserDoc>(
		await services.accounts.idsWithPrefix('user:')
	);
	const members = await links(services, 'member', true);
	const teaches = await links(services, 'teaches');
	const tutorLinks = await links(services, 'tutorlink');
	return users
		.filter((user) => user.type === 'user')
		.map((user) => ({
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			role: user.role,
			classIds:
				user.role === 'student'
					? (members.get(user.id) ?? [])
					: user.role === 'teacher'
						? (teaches.get(user.id) ?? [])
						: [],
			studentIds: user.role === 'tutor' ? (tutorLinks.get(user.id) ?? []) : [],
			...(user.option ? { option: user.option } : {}),
			...(user.trainingYear ? { trainingYear: user.trainingYear } : {}),
			...(user.invitationId ? { invited: true as const } : {})
		}))
		.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
}
