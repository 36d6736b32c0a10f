/**
 * Demo accounts of a fresh DATA_DIR (contract: every password is `demo-carnet`). Journals get
 * their content from seed-journals.ts.
 */
import type { Role } from '../accounts/account-types.ts';

export const DEMO_PASSWORD = 'demo-carnet';
/** One class per school year; each student joins the class of their `trainingYear`. */
export const DEMO_CLASSES = {
	1: 'BTS SIO 1 — Lycée Victor-Hugo (démo)',
	2: 'BTS SIO 2 — Lycée Victor-Hugo (démo)'
} as const;

export interface DemoStudent {
	username: string;
	displayName: string;
	firstName: string;
	lastName: string;
	option: 'SISR' | 'SLAM';
	trainingYear: 1 | 2;
}

export const DEMO_STUDENTS: DemoStudent[] = [
	{
		username: 'lea.martin',
		displayName: 'Léa Martin',
		firstName: 'Léa',
		lastName: 'Martin',
		option: 'SISR',
		trainingYear: 2
	},
	{
		username: 'hugo.bernard',
		displayName: 'Hugo Bernard',
		firstName: 'Hugo',
		lastName: 'Bernard',
		option: 'SLAM',
		trainingYear: 2
	},
	{
		username: 'ines.petit',
		displayName: 'Inès Petit',
		firstName: 'Inès',
		lastName: 'Petit',
		option: 'SISR',
		trainingYear: 1
	}
];

export const DEMO_STAFF: { username: string; displayName: string; role: Role }[] = [
	{ username: 'tuteur.demo', displayName: 'Karim Benali', role: 'tutor' },
	{ username: 'prof.demo', displayName: 'Claire Dubois', role: 'teacher' },
	{ username: 'admin.demo', displayName: 'Administrateur démo', role: 'admin' }
];
