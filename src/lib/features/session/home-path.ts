/** Where each role starts: a student on their journal's home, the others on their own screens. */
import type { Role } from '$lib/data/session.repository';

export const HOME_PATH = {
	student: '/',
	tutor: '/tuteur',
	teacher: '/enseignant',
	admin: '/admin'
} as const satisfies Record<Role, string>;
