/** Demo journal content (profile for now; stages, entries and photos follow). */
import type nano from 'nano';
import type { DemoStudent } from './seed-accounts.ts';

export async function seedJournal(
	db: nano.DocumentScope<Record<string, unknown>>,
	student: DemoStudent,
	className: string,
	_index: number
): Promise<void> {
	await db.insert({
		_id: 'profile',
		type: 'profile',
		schemaVersion: 1,
		firstName: student.firstName,
		lastName: student.lastName,
		className,
		option: student.option,
		trainingYear: student.trainingYear,
		updatedAt: new Date().toISOString()
	});
}
