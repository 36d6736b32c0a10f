/**
 * Demo journal content: a stage that started three weeks ago, an entry per past weekday, a few
 * photos (committed fixtures under photos/), and weekly reports (the first weeks submitted with
 * their digest). Every document is checked with the shared schemas before it is written.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type nano from 'nano';
import { addDays, isWeekend, mondayOf, todayLocal } from '../../src/lib/domain/calendar/dates.ts';
import { holidayName } from '../../src/lib/domain/calendar/holidays.ts';
import { weekDigest } from '../../src/lib/domain/digest/week-digest.ts';
import { entryId, photoId, stageId, weekId } from '../../src/lib/domain/ids.ts';
import { parseSyncedDocument } from '../../src/lib/domain/schemas/index.ts';
import { DEMO_DAYS, DEMO_ORGANISATIONS, PHOTO_CAPTIONS } from './demo-texts.ts';
import type { DemoStudent } from './seed-accounts.ts';

type Doc = Record<string, unknown> & { _id: string };
const PHOTOS = join(import.meta.dirname, 'photos');

async function photoFor(name: string, entry: Doc, at: string): Promise<Doc> {
	const image = await readFile(join(PHOTOS, `${name}-image.jpg`));
	const thumb = await readFile(join(PHOTOS, `${name}-thumb.jpg`));
	const date = entry.date as string;
	return {
		_id: photoId(date),
		type: 'photo',
		schemaVersion: 1,
		entryId: entry._id,
		stageId: entry.stageId,
		date,
		caption: PHOTO_CAPTIONS[name] ?? '',
		sha256: createHash('sha256').update(image).digest('hex'),
		width: 800,
		height: 600,
		bytes: image.length,
		confidential: false,
		createdAt: at,
		_attachments: {
			'image.jpg': { content_type: 'image/jpeg', data: image.toString('base64') },
			'thumb.jpg': { content_type: 'image/jpeg', data: thumb.toString('base64') }
		}
	};
}

export async function seedJournal(
	db: nano.DocumentScope<Record<string, unknown>>,
	student: DemoStudent,
	className: string,
	index: number
): Promise<void> {
	const now = new Date().toISOString();
	const today = todayLocal();
	const start = addDays(mondayOf(today), -21);
	const organisation = DEMO_ORGANISATIONS[index % DEMO_ORGANISATIONS.length]!;
	const stage: Doc = {
		_id: stageId(start),
		type: 'stage',
		schemaVersion: 1,
		organisation: { name: organisation.name },
		tutor: { name: organisation.tutor, role: 'Responsable informatique' },
		startDate: start,
		endDate: addDays(start, 7 * (student.trainingYear === 1 ? 5 : 6) - 3),
		trainingYear: student.trainingYear,
		hoursPerDay: 7,
		createdAt: now,
		updatedAt: now
	};
	const docs: Doc[] = [
		{
			_id: 'profile',
			type: 'profile',
			schemaVersion: 1,
			firstName: student.firstName,
			lastName: student.lastName,
			className,
			option: student.option,
			trainingYear: student.trainingYear,
			updatedAt: now
		},
		stage
	];
	const days = DEMO_DAYS[student.option];
	const entries: Doc[] = [];
	for (let date = start, n = 0; date < today; date = addDays(date, 1)) {
		if (isWeekend(date) || holidayName(date)) continue;
		const day = days[n++ % days.length]!;
		entries.push({
			_id: entryId(date),
			type: 'entry',
			schemaVersion: 1,
			stageId: stage._id,
			date,
			...day,
			difficulties: '',
			confidential: false,
			createdAt: now,
			updatedAt: now
		});
	}
	const names = Object.keys(PHOTO_CAPTIONS);
	const photos: Doc[] = [];
	for (const [i, entry] of entries.entries()) {
		if (i % 3 === 1) photos.push(await photoFor(names[(i + index) % names.length]!, entry, now));
	}
	docs.push(...entries, ...photos);
	// The first two weeks are submitted; the third is a draft the student is still writing.
	for (let week = 0; week < 3; week++) {
		const monday = addDays(start, 7 * week);
		const report = {
			stageId: stage._id as string,
			monday,
			summary: `Semaine ${week + 1} : prise en main et premières missions.`,
			difficulties: '',
			learned: 'Travailler avec des procédures écrites.'
		};
		const digest = await weekDigest({
			week: report,
			entries: entries as never,
			photos: photos as never
		});
		docs.push({
			_id: weekId(monday, stage._id),
			type: 'week',
			schemaVersion: 1,
			...report,
			...(week < 2
				? { status: 'submitted', submittedAt: now, submittedDigest: digest }
				: { status: 'draft' }),
			updatedAt: now
		});
	}
	for (const doc of docs) parseSyncedDocument(doc); // throws if a demo document is invalid
	await db.bulk({ docs });
}
