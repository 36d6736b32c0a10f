/**
 * What a student typed in a form that is not valid yet (profile, stage) is kept on the device,
 * so leaving the page or a killed tab never loses it. Cleared once the form is saved.
 */
import { getSetting, setSetting } from '$lib/data/device-db';

const key = (userId: string, form: string) => `form-draft:${userId}:${form}`;

export function loadFormDraft<T>(userId: string, form: string): Promise<T | null> {
	return getSetting<T | null>(key(userId, form), null);
}

export function saveFormDraft(userId: string, form: string, values: unknown): Promise<void> {
	return setSetting(key(userId, form), values);
}

export function clearFormDraft(userId: string, form: string): Promise<void> {
	return setSetting(key(userId, form), null);
}
