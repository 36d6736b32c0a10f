/** The stage form as flat strings (what the inputs hold) and its mapping to the stage input. */
import type { JournalDb } from '$lib/data/journal-db';
import { saveStage } from '$lib/data/stage.repository';
import { parseForm, type FieldErrors } from '$lib/domain/schemas/form-errors';
import { stageInputSchema, type Stage, type StageInput } from '$lib/domain/schemas/stage.schema';

export interface StageFormValues {
	organisationName: string;
	organisationAddress: string;
	tutorName: string;
	tutorRole: string;
	tutorEmail: string;
	tutorPhone: string;
	startDate: string;
	endDate: string;
	trainingYear: string;
	conventionRef: string;
	objectives: string;
	hoursPerDay: string;
}

export function stageFormValues(stage: Stage | null, defaultYear: 1 | 2 = 2): StageFormValues {
	return {
		organisationName: stage?.organisation.name ?? '',
		organisationAddress: stage?.organisation.address ?? '',
		tutorName: stage?.tutor.name ?? '',
		tutorRole: stage?.tutor.role ?? '',
		tutorEmail: stage?.tutor.email ?? '',
		tutorPhone: stage?.tutor.phone ?? '',
		startDate: stage?.startDate ?? '',
		endDate: stage?.endDate ?? '',
		trainingYear: String(stage?.trainingYear ?? defaultYear),
		conventionRef: stage?.conventionRef ?? '',
		objectives: stage?.objectives ?? '',
		hoursPerDay: String(stage?.hoursPerDay ?? 7)
	};
}

function toInput(v: StageFormValues): StageInput {
	return {
		organisation: { name: v.organisationName, address: v.organisationAddress },
		tutor: { name: v.tutorName, role: v.tutorRole, email: v.tutorEmail, phone: v.tutorPhone },
		startDate: v.startDate,
		endDate: v.endDate,
		trainingYear: v.trainingYear,
		conventionRef: v.conventionRef,
		objectives: v.objectives,
		hoursPerDay: v.hoursPerDay
	} as StageInput;
}

/** Form field name for each schema path, so each message shows under its input. */
const FIELD_OF_PATH: Record<string, keyof StageFormValues> = {
	'organisation.name': 'organisationName',
	'organisation.address': 'organisationAddress',
	'tutor.name': 'tutorName',
	'tutor.role': 'tutorRole',
	'tutor.email': 'tutorEmail',
	'tutor.phone': 'tutorPhone'
};

export type StageFormResult = { ok: true; stage: Stage } | { ok: false; errors: FieldErrors };

/** Validates and stores; on invalid input nothing is stored and every message is French. */
export async function submitStageForm(
	db: JournalDb,
	values: StageFormValues,
	id?: string
): Promise<StageFormResult> {
	const parsed = parseForm(stageInputSchema, toInput(values));
	if (!parsed.ok) {
		const errors: FieldErrors = {};
		for (const [path, message] of Object.entries(parsed.errors)) {
			errors[FIELD_OF_PATH[path] ?? path] ??= message;
		}
		return { ok: false, errors };
	}
	return { ok: true, stage: await saveStage(db, toInput(values), id) };
}
