import { weekId } from '$lib/domain/ids';

export function weekHref(monday: string, stageId: string): string {
	return `/semaines/${encodeURIComponent(weekId(monday, stageId))}`;
}
