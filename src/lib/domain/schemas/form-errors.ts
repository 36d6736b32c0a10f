import { z } from './common.ts';

export type FieldErrors = Record<string, string>;

/**
 * `{ 'tutor.email': 'Adresse e-mail du tuteur·rice invalide.' }`: one French message per field
 * (the first one zod reports), keyed by the dotted path; errors on the whole object use `''`.
 */
export function fieldErrors(error: z.core.$ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.map(String).join('.');
		errors[key] ??= issue.message;
	}
	return errors;
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates form input without throwing; the caller keeps what the user typed either way. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
	const result = schema.safeParse(input);
	return result.success
		? { ok: true, data: result.data }
		: { ok: false, errors: fieldErrors(result.error) };
}
