/** Runs a teacher's write and turns any failure into a French message the page shows. */
import { fieldErrors } from '$lib/domain/schemas';
// zod's core error class: matches the errors of classic zod and of `zod/mini` alike.
import { $ZodError } from 'zod/v4/core';

/** An error whose message is already French and meant for the user. */
export class TeacherError extends Error {}

export type ActionResult = { ok: true } | { ok: false; message: { tone: 'error'; text: string } };

export async function teacherAction(run: () => Promise<unknown>): Promise<ActionResult> {
	try {
		await run();
		return { ok: true };
	} catch (error) {
		console.warn('Écriture enseignant', error);
		const text =
			error instanceof $ZodError
				? (Object.values(fieldErrors(error))[0] ?? 'Document invalide.')
				: error instanceof TeacherError
					? error.message
					: 'L’enregistrement a échoué sur cet appareil. Réessayez.';
		return { ok: false, message: { tone: 'error', text } };
	}
}
