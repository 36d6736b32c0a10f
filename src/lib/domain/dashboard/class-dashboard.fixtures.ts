/**
 * Journals for the dashboard specs: each week of a student follows a plan (nothing written, draft,
 * submitted, signed…), with visas whose digests are real `weekDigest` values.
 */
import { addDays } from '../calendar/dates.ts';
import { weeksOfStage } from '../calendar/stage-weeks.ts';
import { weekDigest, type DigestEntry, type DigestPhoto } from '../digest/week-digest.ts';
import { stageId, weekId } from '../ids.ts';
import type { DashboardStudent, DashboardVisa, DashboardWeek } from './dashboard-types.ts';

export type WeekPlan =
	| 'nothing'
	| 'report-only'
	| 'draft'
	| 'submitted'
	| 'signed'
	| 'countersigned'
	| 'changes'
	| 'modified';

export const WEEK_PLANS: readonly WeekPlan[] = [
	'nothing',
	'report-only',
	'draft',
	'submitted',
	'signed',
	'countersigned',
	'changes',
	'modified'
];

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A valid, deterministic 10-character rand for number `n`. */
export function rand(n: number): string {
	let out = '';
	for (let i = 0, rest = n; i < 10; i++, rest = Math.floor(rest / 32))
		out = BASE32[rest % 32] + out;
	return out;
}

const at = (date: string, time = '16:00:00.000Z') => `${date}T${time}`;

/** One stage per start date, 5 weeks long (Monday to Friday of the fifth week). */
export async function studentFactory(
	n: number,
	starts: readonly string[],
	planOf: (weekIndex: number) => WeekPlan
): Promise<DashboardStudent> {
	const student: DashboardStudent & {
		weeks: DashboardWeek[];
		entries: DigestEntry[];
		photos: DigestPhoto[];
		visas: DashboardVisa[];
	} = {
		studentId: `student${n}`,
		name: `Élève ${String(n).padStart(3, '0')}`,
		stages: [],
		weeks: [],
		entries: [],
		photos: [],
		visas: []
	};
	let serial = n * 1000;
	let weekIndex = 0;
	for (const start of starts) {
		const stage = {
			_id: stageId(start, rand(serial++)),
			startDate: start,
			endDate: addDays(start, 32)
		};
		student.stages = [...student.stages, stage];
		for (const { monday } of weeksOfStage(stage)) {
			await addWeek(student, stage._id, monday, planOf(weekIndex++), () => rand(serial++));
		}
	}
	return student;
}

async function addWeek(
	student: {
		weeks: DashboardWeek[];
		entries: DigestEntry[];
		photos: DigestPhoto[];
		visas: DashboardVisa[];
	},
	stage: string,
	monday: string,
	plan: WeekPlan,
	next: () => string
): Promise<void> {
	if (plan === 'nothing') return;
	const id = weekId(monday, stage);
	const week: DashboardWeek = {
		_id: id,
		stageId: stage,
		monday,
		summary: `Synthèse ${monday}`,
		difficulties: '',
		learned: '',
		status: plan === 'draft' || plan === 'report-only' ? 'draft' : 'submitted',
		...(plan === 'draft' || plan === 'report-only' ? {} : { submittedAt: at(addDays(monday, 4)) })
	};
	student.weeks.push(week);
	if (plan === 'report-only') return;
	const entries = [0, 1, 2, 3, 4].map((d) => {
		const date = addDays(monday, d);
		return {
			_id: `entry:${date}:${next()}`,
			stageId: stage,
			date,
			text: `Travail du ${date}`,
			minutes: 420,
			activityIds: ['1.2', '1.5'],
			tools: ['GLPI'],
			difficulties: '',
			learned: ''
		};
	});
	const photos = [
		{
			_id: `photo:${monday}:${next()}`,
			entryId: entries[0]?._id ?? '',
			caption: 'Baie',
			sha256: 'a'.repeat(64)
		}
	];
	student.entries.push(...entries);
	student.photos.push(...photos);
	const digest = await weekDigest({ week, entries, photos });
	const visa = (
		signerRole: DashboardVisa['signerRole'],
		decision: DashboardVisa['decision'],
		day: number
	): DashboardVisa => {
		const signedAt = at(addDays(monday, day), '10:00:00.000Z');
		return {
			_id: `visa:${id}:${signedAt}:${next()}`,
			weekId: id,
			stageId: stage,
			signerRole,
			decision,
			digest,
			signedAt
		};
	};
	if (plan === 'signed' || plan === 'countersigned' || plan === 'modified') {
		student.visas.push(visa('tutor', 'signed', 7));
	}
	if (plan === 'countersigned') student.visas.push(visa('teacher', 'signed', 9));
	if (plan === 'changes') student.visas.push(visa('tutor', 'changes_requested', 7));
	// Edited after the signature: the visa keeps the digest of the text it signed.
	if (plan === 'modified' && entries[1]) entries[1].text += ' (complété)';
}
